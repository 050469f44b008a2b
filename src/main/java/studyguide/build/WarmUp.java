package studyguide.build;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import studyguide.diagram.DiagramRenderer;
import studyguide.markdown.MarkdownRenderer;
import studyguide.model.Markdown;
import studyguide.problem.Position;
import studyguide.problem.Problems;

/**
 * Loads and initialises flexmark's and FreeMarker's classes on a background thread while the command
 * line is parsed and the content is read, so that the build does not wait for them later.
 *
 * <p>A build of a few hundred questions spends a large part of its time on the first use of these
 * libraries (hundreds of classes to load, link and initialise, regular expressions to compile), all of
 * it on one thread; the machine's other core is idle then. Class initialisation happens once per JVM, so
 * whatever this thread has done the build's own renderers find done, and if both reach a class at once
 * the JVM lets one initialise it while the other waits. It renders only its own sample text, touches no
 * file and records no problem anywhere.
 */
public final class WarmUp {

    private static final String SAMPLE = """
            # Heading

            Text with **bold**, _emphasis_, `code`, ~~struck~~, a [link](https://example.com) and https://example.com.

            - a list item
            - [x] a task

            1. ordered

            > a quote

            | a | b |
            |---|---|
            | c | d |

            ```python
            print("code")
            ```

            A footnote.[^1]

            [^1]: The note.
            """;

    private WarmUp() {
    }

    /** Starts the warm-up on a daemon thread and returns at once. */
    public static void start() {
        Thread thread = new Thread(WarmUp::run, "studyguide-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void run() {
        try {
            MarkdownRenderer markdown = new MarkdownRenderer(new DiagramRenderer(new Problems()), new Problems());
            Position at = new Position(Path.of("warm-up.md"), 1, 0);
            markdown.render(Markdown.inFile(SAMPLE, at), "w--", 5);
            markdown.renderInlineAll(List.of("one **key** point", "another `one`"), at);

            Configuration configuration = new Configuration(Configuration.VERSION_2_3_35);
            configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
            Template template = new Template("warm-up.ftlh", "<#macro m x>${x}</#macro><#list xs as x>"
                    + "<#if x?has_content><@m x=x/>${x?no_esc}</#if><#sep> </#sep></#list>", configuration);
            template.process(Map.of("xs", List.of("a", "<b>")), new StringWriter());
        } catch (Exception | LinkageError e) {
            // Only a head start: the build does the same work itself and reports what goes wrong there.
        }
    }
}
