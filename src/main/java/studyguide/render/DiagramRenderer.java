package studyguide.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sourceforge.plantuml.BlockUml;
import net.sourceforge.plantuml.ErrorUml;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.core.Diagram;
import net.sourceforge.plantuml.core.ImageData;
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
    private static final Pattern EMPTY_XMLNS = Pattern.compile("\\sxmlns=\"\"(?=[\\s/>])");
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#(?:x([0-9a-fA-F]+)|([0-9]+));");
    private static final String SMETANA = "!pragma layout smetana";

    /** Far beyond any readable diagram; see {@link #withinLimits}. */
    static final int MAX_SOURCE_CHARS = 64 * 1024;
    static final int MAX_LINE_CHARS = 2_000;

    /**
     * PlantUML logs its internal failures, stack trace included, straight to the console through this
     * logger; the build reports them itself, as problems with a place. Held here so the setting stays.
     */
    private static final Logger PLANTUML_LOG = Logger.getLogger("com.plantuml");

    static {
        PLANTUML_LOG.setLevel(Level.OFF);
    }

    private final Problems problems;
    private final Memo<String, String> cache;
    private final DiagramCache saved;
    private final LongAdder nanos = new LongAdder();

    /** A renderer that draws every diagram (no cache between builds). */
    public DiagramRenderer(Problems problems) {
        this(problems, new Memo<>(), DiagramCache.none());
    }

    /** A renderer that reuses the pictures {@code saved} kept from earlier builds and keeps new ones there. */
    public DiagramRenderer(Problems problems, DiagramCache saved) {
        this(problems, new Memo<>(), saved);
    }

    /**
     * A renderer that shares its in-memory cache with other builds of the same process (see
     * {@link RenderCache}) and its pictures on disk with other processes ({@link DiagramCache}).
     */
    public DiagramRenderer(Problems problems, Memo<String, String> cache, DiagramCache saved) {
        this.problems = problems;
        this.cache = cache;
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
        if (!withinLimits(source, at)) {
            return null;
        }
        Prepared prepared = prepare(source);
        String svg = cache.get(prepared.text);
        if (svg != null) {
            return svg;
        }
        String kept = saved.get(prepared.text);
        if (kept != null) {
            // Kept pictures are stored ready to inline; cleaning again is cheap and covers older ones.
            svg = clean(sameInEveryEnvironment(kept));
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
            ImageData image = diagram.exportDiagram(out, 0, new FileFormatOption(FileFormat.SVG));
            if (image != null && image.getStatus() >= 400) {
                // PlantUML draws a picture of its own crash report instead of failing; that is no diagram.
                problems.add(at, "PlantUML could not draw this diagram: its layout engine failed (shorten long "
                        + "labels, or choose another layout with '!pragma layout')");
                return null;
            }
            svg = clean(sameInEveryEnvironment(out.toString(StandardCharsets.UTF_8)));
            saved.put(prepared.text, svg);
            cache.put(prepared.text, svg);
            return svg;
        } catch (IOException | RuntimeException e) {
            problems.add(at, "PlantUML could not draw this diagram" + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            return null;
        } catch (StackOverflowError e) {
            problems.add(at, "PlantUML could not draw this diagram: it is nested too deeply");
            return null;
        }
    }

    /**
     * Whether the source is small enough to draw in reasonable time; PlantUML's time grows faster than
     * the length of a label (a label of a million characters takes minutes), so an oversized diagram
     * is reported at its first long line instead of stalling the build.
     */
    private boolean withinLimits(String source, Position at) {
        List<String> lines = source.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).length() > MAX_LINE_CHARS) {
                problems.add(new Position(at.file(), at.line() + i, 0), "a line of " + lines.get(i).length()
                        + " characters; a diagram's lines can be at most " + MAX_LINE_CHARS + " characters long");
                return false;
            }
        }
        if (source.length() > MAX_SOURCE_CHARS) {
            problems.add(at, "this diagram is " + source.length() / 1024 + " KB of PlantUML; at most "
                    + MAX_SOURCE_CHARS / 1024 + " KB can be drawn: split it into several diagrams");
            return false;
        }
        return true;
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
     * PlantUML serializes through whichever JAXP transformer is on the class path, and they differ: Saxon
     * writes {@code &#xd7;} where the JDK writes {@code &#215;}; both become the character itself, so a
     * build gives the same bytes in any environment.
     */
    private static String sameInEveryEnvironment(String svg) {
        return CHARACTER_REFERENCE.matcher(svg).replaceAll(DiagramRenderer::character);
    }

    /**
     * Drops the XML prolog, processing instructions and comments, which cannot be inlined in HTML, the
     * empty {@code xmlns=""} that some serializers (Saxon) write on the root's children, which HTML
     * forbids, and the root element's fixed-size style and non-scaling aspect ratio, so the picture
     * scales to a phone.
     */
    private static String clean(String svg) {
        String text = PROLOG.matcher(svg).replaceAll("").strip();
        text = EMPTY_XMLNS.matcher(text).replaceAll("");
        Matcher root = ROOT.matcher(text);
        if (!root.find()) {
            return text;
        }
        String tag = ROOT_ATTRIBUTES.matcher(root.group()).replaceAll("");
        return text.substring(0, root.start()) + tag + text.substring(root.end());
    }

    /** A numeric character reference as the character itself, unless it is markup or not a printable character. */
    private static String character(java.util.regex.MatchResult reference) {
        String hex = reference.group(1);
        int codePoint;
        try {
            codePoint = hex != null ? Integer.parseInt(hex, 16) : Integer.parseInt(reference.group(2));
        } catch (NumberFormatException e) {
            return Matcher.quoteReplacement(reference.group());
        }
        boolean printable = Character.isValidCodePoint(codePoint) && !Character.isISOControl(codePoint)
                && Character.isDefined(codePoint) && Character.getType(codePoint) != Character.SURROGATE
                && "<>&\"'".indexOf(codePoint) < 0;
        return Matcher.quoteReplacement(printable ? Character.toString(codePoint) : "&#" + codePoint + ";");
    }
}
