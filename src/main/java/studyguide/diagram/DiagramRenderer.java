package studyguide.diagram;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;
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
import net.sourceforge.plantuml.security.SecurityProfile;
import net.sourceforge.plantuml.security.SecurityUtils;
import studyguide.cache.Cache;
import studyguide.cache.Memo;
import studyguide.limit.CpuTime;
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
    /**
     * PlantUML 1.2026 writes {@code lengthAdjust="spacing"} once, on the group around a diagram; SVG has it
     * on text elements only, and the HTML checker rejects it on a group. "spacing" is its default value
     * wherever a text has a {@code textLength}, so the diagram looks the same without it.
     */
    private static final Pattern GROUP_LENGTH_ADJUST = Pattern.compile("(<g\\b[^>]*?)\\s+lengthAdjust=\"[^\"]*\"");
    private static final Pattern EMPTY_XMLNS = Pattern.compile("\\sxmlns=\"\"(?=[\\s/>])");
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#(?:x([0-9a-fA-F]+)|([0-9]+));");
    private static final String SMETANA = "!pragma layout smetana";

    /** Far beyond any readable diagram; see {@link #withinLineLimit}. */
    static final int MAX_SOURCE_CHARS = 64 * 1024;
    static final int MAX_LINE_CHARS = 2_000;

    /**
     * PlantUML logs its internal failures, stack trace included, straight to the console through this
     * logger; the build reports them itself, as problems with a place. Held here so the setting stays.
     */
    private static final Logger PLANTUML_LOG = Logger.getLogger("com.plantuml");

    /**
     * PlantUML reads its security profile once per JVM, from this system property (before the environment
     * variable of the same name). SANDBOX lets it read no file, no address and no environment variable but
     * its own {@code plantuml.*} settings: includes are read by {@link DiagramIncludes} instead, under the
     * guide's own rule. The property is global but the same for every build, so nothing leaks from one
     * build to the next; it must be set before PlantUML first asks, which is why it is set when this class
     * loads, before any diagram is drawn.
     */
    private static final String SECURITY_PROFILE = "PLANTUML_SECURITY_PROFILE";

    static {
        PLANTUML_LOG.setLevel(Level.OFF);
        System.setProperty(SECURITY_PROFILE, "SANDBOX");
    }

    /** How long one diagram may take to draw; PlantUML takes tens of milliseconds for a readable one. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(5);
    /**
     * How long each later diagram may take once one diagram of this renderer (one build) ran out of time, and
     * how many may run out before the rest are not drawn at all: the build fails already, and a guide of
     * many such diagrams would otherwise take their count times the limit (and each leaves a thread running).
     */
    static final Duration LIMIT_AFTER_A_TIMEOUT = Duration.ofSeconds(1);
    static final int MAX_TIMEOUTS = 3;

    /**
     * This much extra time for drawings that start before PlantUML has finished a drawing in this JVM: the
     * first one loads and initialises PlantUML's classes on its own thread.
     */
    private static final Duration LOADING = Duration.ofSeconds(1);
    /** How often a drawing's processor time is looked at. */
    private static final Duration CHECK_EVERY = Duration.ofMillis(50);
    /**
     * A drawing may take this many times its limit on the wall clock (waiting for a core, or for another
     * drawing to load PlantUML), and at least {@link #WALL_CLOCK_LEAST}.
     */
    private static final int WALL_CLOCK_FACTOR = 20;
    private static final Duration WALL_CLOCK_LEAST = Duration.ofSeconds(60);
    /** {@link System#nanoTime()} when the JVM's first drawing ended, or 0 before. */
    private static volatile long loadedAt;

    /**
     * Kept in the in-memory cache for a source that ran out of time, so that {@code serve}'s next build
     * reports it again without starting another drawing that would not end either.
     */
    @SuppressWarnings("StringOperationCanBeSimplified") // a string of its own, told apart from any SVG by identity
    private static final String TOO_SLOW = new String("too slow");

    private final Problems problems;
    private final Cache<String, String> cache;
    private final DiagramCache saved;
    private final DiagramIncludes includes;
    private final Duration timeLimit;
    private final AtomicInteger timeouts = new AtomicInteger();
    private final LongAdder nanos = new LongAdder();

    /** A renderer that draws every diagram (no cache between builds), and refuses every include. */
    public DiagramRenderer(Problems problems) {
        this(problems, new Memo<>(), DiagramCache.none(), null);
    }

    /**
     * A renderer that reuses the pictures {@code saved} kept from earlier builds and keeps new ones there,
     * and refuses every include.
     */
    public DiagramRenderer(Problems problems, DiagramCache saved) {
        this(problems, new Memo<>(), saved, null);
    }

    /** {@link #DiagramRenderer(Problems, Cache, DiagramCache, Path)} for a guide whose diagrams include nothing. */
    public DiagramRenderer(Problems problems, Cache<String, String> cache, DiagramCache saved) {
        this(problems, cache, saved, null);
    }

    /**
     * A renderer that shares its in-memory cache with other builds of the same process (see
     * {@code studyguide.build.Caches}) and its pictures on disk with other processes ({@link DiagramCache}); diagrams
     * may include files inside {@code content} (null: none).
     */
    public DiagramRenderer(Problems problems, Cache<String, String> cache, DiagramCache saved, Path content) {
        this(problems, cache, saved, content, TIME_LIMIT);
    }

    /** {@link #DiagramRenderer(Problems, Cache, DiagramCache, Path)} with another time limit per diagram (for tests). */
    DiagramRenderer(Problems problems, Cache<String, String> cache, DiagramCache saved, Path content, Duration timeLimit) {
        this.problems = problems;
        this.cache = cache;
        this.saved = saved;
        this.includes = new DiagramIncludes(content, MAX_SOURCE_CHARS);
        this.timeLimit = timeLimit;
    }

    /**
     * The SVG for a diagram written in a Markdown fence, or null (with a problem recorded at the failing
     * line) when PlantUML cannot parse it; its relative includes are resolved in {@code diagrams/}.
     *
     * @param at where line 1 of {@code source} is written
     */
    public String plantUml(String source, Position at) {
        return timed(source, at, includes.fenceFolder());
    }

    /**
     * The SVG for the diagram file {@code name} (its path inside {@code diagrams/}), whose relative includes
     * are resolved in its own folder; see {@link #plantUml(String, Position)}.
     */
    public String plantUmlFile(String source, Position at, String name) {
        return timed(source, at, includes.fileFolder(name));
    }

    /** Whether a diagram's picture depends on files other than its own source (its includes). */
    public static boolean readsFiles(String source) {
        return DiagramIncludes.readsFiles(source);
    }

    /** Time spent in {@link #plantUml} so far, summed over threads, for {@code --timings}. */
    public long nanos() {
        return nanos.sum();
    }

    private String timed(String source, Position at, Path folder) {
        long start = System.nanoTime();
        try {
            return draw(source, at, folder);
        } finally {
            nanos.add(System.nanoTime() - start);
        }
    }

    private String draw(String source, Position at, Path folder) {
        if (!withinLineLimit(source, at)) {
            return null;
        }
        DiagramIncludes.Expanded expanded = includes.expand(source, folder, at, problems);
        if (expanded == null || !withinSizeLimit(expanded.text(), at)) {
            return null;
        }
        Prepared prepared = prepare(expanded.text());
        String svg = cache.get(prepared.text);
        if (svg == TOO_SLOW) {
            problems.add(at, tooSlow(timeLimit));
            return null;
        }
        if (svg != null) {
            return svg;
        }
        String kept = saved.get(prepared.text);
        if (kept != null) {
            // Kept as inlined: DiagramCache's key names the version of the cleaning, so a picture kept by other
            // cleaning is not found. Cleaned again, the kept pictures of a 10,000-question guide cost 1.3 % of its build.
            cache.put(prepared.text, kept);
            return kept;
        }
        if (timeouts.get() >= MAX_TIMEOUTS) {
            problems.add(at, "PlantUML: not drawn, as " + MAX_TIMEOUTS + " diagrams of this build already ran out of "
                    + "time; fix those first");
            return null;
        }
        Drawn drawn = withinTimeLimit(prepared, expanded, at);
        if (drawn.problem != null) {
            problems.add(drawn.at, drawn.problem);
            return null;
        }
        saved.put(prepared.text, drawn.svg);
        cache.put(prepared.text, drawn.svg);
        return drawn.svg;
    }

    /** A drawing's outcome: the SVG, or a problem and its place. */
    private record Drawn(String svg, Position at, String problem) {
        static Drawn failed(Position at, String problem) {
            return new Drawn(null, at, problem);
        }
    }

    /**
     * Draws on a thread of its own and lets it work at most the time limit (its processor time, see
     * {@link CpuTime}): a few lines of preprocessor
     * ({@code !while} without end, a {@code !function} that calls itself twice per call) keep PlantUML busy
     * for ever, and PlantUML has no limit of its own. A drawing that runs out of time is interrupted, but
     * PlantUML's preprocessor never looks, and no thread can be stopped safely from outside (Thread.stop
     * leaves PlantUML's shared state half-changed, and Java 20 removed it): the thread is a daemon, so it
     * never keeps the JVM alive, and {@link #TOO_SLOW} keeps a later build from starting another.
     */
    private Drawn withinTimeLimit(Prepared prepared, DiagramIncludes.Expanded expanded, Position at) {
        FutureTask<Drawn> task = new FutureTask<>(() -> plantUmlDraw(prepared, expanded, at));
        Thread thread = new Thread(task, "plantuml");
        thread.setDaemon(true);
        CpuTime.Stopwatch worked = CpuTime.of(thread);
        Duration limit = limit();
        long allowed = (loadedAt == 0 ? limit.plus(LOADING) : limit).toNanos();
        // A drawing blocked rather than working (on a lock of PlantUML's) uses no processor time; the wall
        // clock ends that wait.
        long wallDeadline = System.nanoTime() + Math.max(WALL_CLOCK_FACTOR * allowed, WALL_CLOCK_LEAST.toNanos());
        thread.start();
        try {
            while (true) {
                try {
                    return task.get(CHECK_EVERY.toNanos(), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    if (worked.elapsed() > allowed || System.nanoTime() - wallDeadline > 0) {
                        thread.interrupt();
                        timeouts.incrementAndGet();
                        cache.put(prepared.text, TOO_SLOW);
                        return Drawn.failed(at, tooSlow(limit));
                    }
                }
            }
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            return Drawn.failed(at, "PlantUML could not draw this diagram: the build was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OutOfMemoryError) {
                return Drawn.failed(at, "PlantUML could not draw this diagram: it needs more memory than the build has; simplify it");
            }
            return Drawn.failed(at, "PlantUML could not draw this diagram" + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        }
    }

    /** The time limit of the next drawing: shorter once a drawing of this build ran out of time. */
    private Duration limit() {
        return timeouts.get() == 0 || timeLimit.compareTo(LIMIT_AFTER_A_TIMEOUT) < 0 ? timeLimit : LIMIT_AFTER_A_TIMEOUT;
    }

    private static String tooSlow(Duration limit) {
        return "PlantUML: the diagram took longer than " + limit.toSeconds() + " s to draw; simplify it";
    }

    private static Drawn plantUmlDraw(Prepared prepared, DiagramIncludes.Expanded expanded, Position at) {
        try {
            if (SecurityUtils.getSecurityProfile() != SecurityProfile.SANDBOX) {
                // Another part of the JVM asked PlantUML first, with another profile: it could read files.
                return Drawn.failed(at, "PlantUML could not draw this diagram: its security profile is "
                        + SecurityUtils.getSecurityProfile() + ", not SANDBOX");
            }
            SourceStringReader reader = new SourceStringReader(prepared.text);
            List<BlockUml> blocks = reader.getBlocks();
            if (blocks.isEmpty()) {
                return Drawn.failed(at, "no diagram found: PlantUML source must sit between @startuml and @enduml");
            }
            Diagram diagram = blocks.get(0).getDiagram();
            if (diagram instanceof PSystemError error) {
                int line = error.getLineLocation() == null ? 0
                        : expanded.authorLine(prepared.sourceLine(error.getLineLocation().getPosition()));
                ErrorUml first = error.getFirstError();
                String why = first == null ? "syntax error" : first.getError();
                return Drawn.failed(line > 0 ? new Position(at.file(), at.line() + line - 1, 0) : at, "PlantUML: " + why);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageData image = diagram.exportDiagram(out, 0, new FileFormatOption(FileFormat.SVG));
            if (image != null && image.getStatus() >= 400) {
                // PlantUML draws a picture of its own crash report instead of failing; that is no diagram.
                return Drawn.failed(at, "PlantUML could not draw this diagram: its layout engine failed (shorten long "
                        + "labels, or choose another layout with '!pragma layout')");
            }
            return new Drawn(clean(sameInEveryEnvironment(out.toString(StandardCharsets.UTF_8))), at, null);
        } catch (IOException | RuntimeException e) {
            return Drawn.failed(at, "PlantUML could not draw this diagram" + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (StackOverflowError e) {
            return Drawn.failed(at, "PlantUML could not draw this diagram: it is nested too deeply");
        } finally {
            if (loadedAt == 0) {
                loadedAt = System.nanoTime();
            }
        }
    }

    /**
     * Whether the source is small enough to draw in reasonable time; PlantUML's time grows faster than
     * the length of a label (a label of a million characters takes minutes), so an oversized diagram
     * is reported at its first long line instead of stalling the build.
     */
    private boolean withinLineLimit(String source, Position at) {
        List<String> lines = source.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).length() > MAX_LINE_CHARS) {
                problems.add(new Position(at.file(), at.line() + i, 0), "a line of " + lines.get(i).length()
                        + " characters; a diagram's lines can be at most " + MAX_LINE_CHARS + " characters long");
                return false;
            }
        }
        return true;
    }

    /** Whether the source, its includes written in, is small enough to draw; see {@link #withinLineLimit}. */
    private boolean withinSizeLimit(String text, Position at) {
        if (text.length() > MAX_SOURCE_CHARS) {
            problems.add(at, "this diagram is " + text.length() / 1024 + " KB of PlantUML; at most "
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
        text = GROUP_LENGTH_ADJUST.matcher(text).replaceAll("$1");
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
