package studyguide.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sourceforge.plantuml.BlockUml;
import net.sourceforge.plantuml.ErrorUml;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.core.Diagram;
import net.sourceforge.plantuml.error.PSystemError;
import studyguide.problem.Position;
import studyguide.problem.Problems;

/**
 * Renders PlantUML source to SVG markup for inlining, in pure Java: diagrams that need a graph layout
 * use PlantUML's own Smetana engine, so no Graphviz install is needed.
 */
public final class DiagramRenderer {

    private static final Pattern PROLOG = Pattern.compile("<\\?[^>]*\\?>|<!--.*?-->", Pattern.DOTALL);
    private static final Pattern ROOT = Pattern.compile("<svg\\b[^>]*>");
    private static final Pattern ROOT_ATTRIBUTES = Pattern.compile(
            "\\s(?:style|preserveAspectRatio|contentStyleType|zoomAndPan)=\"[^\"]*\"");
    private static final String SMETANA = "!pragma layout smetana";

    private final Problems problems;
    private final DiagramCache saved;
    private final Map<String, String> cache = new ConcurrentHashMap<>();
    private final LongAdder nanos = new LongAdder();

    /** A renderer that draws every diagram (no cache between builds). */
    public DiagramRenderer(Problems problems) {
        this(problems, DiagramCache.none());
    }

    /** A renderer that reuses the pictures {@code saved} kept from earlier builds and keeps new ones there. */
    public DiagramRenderer(Problems problems, DiagramCache saved) {
        this.problems = problems;
        this.saved = saved;
    }

    /**
     * The SVG for a diagram, or null (with a problem recorded at the failing line) when PlantUML cannot
     * parse it.
     *
     * @param at where line 1 of {@code source} is written
     */
    public String plantUml(String source, Position at) {
        long start = System.nanoTime();
        try {
            return draw(source, at);
        } finally {
            nanos.add(System.nanoTime() - start);
        }
    }

    /** Time spent in {@link #plantUml} so far, summed over threads, for {@code --timings}. */
    public long nanos() {
        return nanos.sum();
    }

    private String draw(String source, Position at) {
        Prepared prepared = prepare(source);
        String svg = cache.get(prepared.text);
        if (svg != null) {
            return svg;
        }
        svg = saved.get(prepared.text);
        if (svg != null) {
            cache.put(prepared.text, svg);
            return svg;
        }
        try {
            SourceStringReader reader = new SourceStringReader(prepared.text);
            List<BlockUml> blocks = reader.getBlocks();
            if (blocks.isEmpty()) {
                problems.add(at, "no diagram found: PlantUML source must sit between @startuml and @enduml");
                return null;
            }
            Diagram diagram = blocks.get(0).getDiagram();
            if (diagram instanceof PSystemError error) {
                int line = error.getLineLocation() == null ? 0 : prepared.sourceLine(error.getLineLocation().getPosition());
                ErrorUml first = error.getFirstError();
                String why = first == null ? "syntax error" : first.getError();
                problems.add(line > 0 ? new Position(at.file(), at.line() + line - 1, 0) : at, "PlantUML: " + why);
                return null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            diagram.exportDiagram(out, 0, new FileFormatOption(FileFormat.SVG));
            svg = clean(out.toString(StandardCharsets.UTF_8));
            saved.put(prepared.text, svg);
            cache.put(prepared.text, svg);
            return svg;
        } catch (IOException | RuntimeException e) {
            problems.add(at, "PlantUML could not render this diagram: " + e);
            return null;
        }
    }

    /** An SVG file's markup, ready to inline. */
    public String svgFile(String source, Position at) {
        int start = source.indexOf("<svg");
        if (start < 0) {
            problems.add(at, "this .svg file has no <svg> element");
            return null;
        }
        return clean(source.substring(start));
    }

    /** Source with @startuml/@enduml and the layout pragma added, and how to map its lines back. */
    private record Prepared(String text, int addedBeforeBody, int bodyStartLine, int blankLinesDropped) {
        /** The 1-based line of the author's source for a 0-based line of the prepared text. */
        int sourceLine(int preparedLine) {
            int line = preparedLine + 1;
            return (line > bodyStartLine ? line - addedBeforeBody : line) + blankLinesDropped;
        }
    }

    private static Prepared prepare(String source) {
        String text = source.strip();
        int dropped = (int) source.substring(0, source.indexOf(text.isEmpty() ? source : text)).chars()
                .filter(c -> c == '\n').count();
        int added = 0;
        if (!text.startsWith("@start")) {
            text = "@startuml\n" + text + "\n@enduml";
            added++;
        }
        if (!text.contains("!pragma layout")) {
            int endOfFirstLine = text.indexOf('\n');
            text = text.substring(0, endOfFirstLine + 1) + SMETANA + "\n" + text.substring(endOfFirstLine + 1);
            return new Prepared(text, added + 1, 1, dropped);
        }
        return new Prepared(text, added, added, dropped);
    }

    /**
     * Drops the XML prolog, processing instructions and comments, which cannot be inlined in HTML, and
     * the root element's fixed-size style and non-scaling aspect ratio, so the picture scales to a phone.
     */
    private static String clean(String svg) {
        String text = PROLOG.matcher(svg).replaceAll("").strip();
        Matcher root = ROOT.matcher(text);
        if (!root.find()) {
            return text;
        }
        String tag = ROOT_ATTRIBUTES.matcher(root.group()).replaceAll("");
        return text.substring(0, root.start()) + tag + text.substring(root.end());
    }
}
