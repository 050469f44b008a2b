package studyguide.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.cache.Cache;
import studyguide.cache.Memo;
import studyguide.output.OutputFile;
import studyguide.output.OutputSink;
import studyguide.problem.Problems;

/**
 * A theme's {@code <@kept key=...>} block: kept from build to build in {@code serve} while its key is the same (an
 * object of the model as the same object), kept as long as a page that shows it is, and rendered every time in a
 * one-off build.
 */
class RenderedKeptTest {

    /** What the test templates read: an object, a value the key holds, and one the block shows but its key leaves out. */
    public record Model(Object item, String key, String shown) {
    }

    @TempDir
    Path theme;

    private final Problems problems = new Problems();
    private final Memo<List<Object>, byte[]> blocks = new Memo<>();
    private final Memo<List<Object>, Object> pages = new Memo<>();

    /** A build's renderer, over the caches serve keeps. */
    private TemplateRenderer build(String template) throws IOException {
        Files.writeString(theme.resolve("t.ftlh"), template);
        return new TemplateRenderer(theme, problems, TemplateRenderer.configuration(theme), new Memo<>(), pages, blocks);
    }

    @Test
    void aBlockIsKeptFromBuildToBuildWhileItsKeyIsTheSame() throws IOException {
        Object item = new Object();
        assertEquals("[first]", build("[<@kept key=[item, key]>${shown}</@kept>]").render("t.ftlh", new Model(item, "a", "first")));
        blocks.keepOnlyUsed();
        // The key is the theme's promise: the block shows what it showed, whatever else changed.
        assertEquals("[first]", build("[<@kept key=[item, key]>${shown}</@kept>]").render("t.ftlh", new Model(item, "a", "second")));
        blocks.keepOnlyUsed();
        assertEquals("[third]", build("[<@kept key=[item, key]>${shown}</@kept>]").render("t.ftlh", new Model(item, "b", "third")));
        // An equal object is not the same object: serve hands back the same view while it is equal.
        assertEquals("[fourth]", build("[<@kept key=[item, key]>${shown}</@kept>]").render("t.ftlh",
                new Model(new Object(), "b", "fourth")));
        assertTrue(problems.isEmpty(), problems.sorted().toString());
    }

    @Test
    void aOneOffBuildRendersTheBlockEveryTime() throws IOException {
        Files.writeString(theme.resolve("t.ftlh"), "[<@kept key=key>${shown}</@kept>]");
        TemplateRenderer oneOff = new TemplateRenderer(theme, problems, TemplateRenderer.configuration(theme), Cache.none(),
                Cache.none(), Cache.none());
        assertEquals("[first]", oneOff.render("t.ftlh", new Model(null, "a", "first")));
        assertEquals("[second]", oneOff.render("t.ftlh", new Model(null, "a", "second")));
    }

    @Test
    void theBlocksOfAPageKeptWithoutRenderingStayKept() throws IOException {
        Map<String, Object> inPlace = new ConcurrentHashMap<>();
        OutputSink sink = new OutputSink() {
            @Override
            public void add(OutputFile file) {
            }

            @Override
            public OutputStream create(String path) {
                throw new AssertionError(path);
            }

            @Override
            public Object addKeepable(OutputFile file) {
                Object written = new Object();
                inPlace.put(file.path(), written);
                return written;
            }

            @Override
            public boolean keep(String path, Object written) {
                return inPlace.get(path) == written;
            }
        };
        String template = "<@kept key=key>${shown}</@kept>";
        Model page = new Model(null, "a", "first");
        assertTrue(build(template).render("t.ftlh", "page", () -> page, sink, "p.html"));
        blocks.keepOnlyUsed();
        pages.keepOnlyUsed();
        for (int build = 0; build < 3; build++) {
            // The page is kept: its block is not rendered, and must not be forgotten for it.
            assertTrue(build(template).render("t.ftlh", "page", () -> page, sink, "p.html"));
            blocks.keepOnlyUsed();
            pages.keepOnlyUsed();
        }
        assertEquals("first", build(template).render("t.ftlh", new Model(null, "a", "second")),
                "still kept after three builds that kept its page");
    }

    @Test
    void aBlockWithoutAKeyIsATemplateErrorAtItsLine() throws IOException {
        assertNull(build("<p>\n<@kept>${shown}</@kept>").render("t.ftlh", new Model(null, "a", "x")));
        String message = problems.sorted().get(0).toString();
        assertTrue(message.startsWith(theme.resolve("t.ftlh") + ":2:"), message);
        assertTrue(message.contains("@kept takes one parameter, key: everything the block reads"), message);
    }
}
