package studyguide.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.cache.Cache;
import studyguide.problem.Problems;

/** A theme's {@code <@once key=...>} block: made once per key and build, and only for that key and place. */
public class RenderedOnceTest {

    /** What the test templates read: the key's value and a value the block shows but leaves out of its key. */
    public record Model(String key, String shown) {
    }

    @TempDir
    Path theme;

    private final Problems problems = new Problems();

    private TemplateRenderer renderer(String template) throws IOException {
        Files.writeString(theme.resolve("t.ftlh"), template);
        return new TemplateRenderer(theme, problems, TemplateRenderer.configuration(theme), Cache.none(), Cache.none(), Cache.none());
    }

    @Test
    void aBlockIsRenderedOnceForEachKeyAndCopiedForTheSameKey() throws IOException {
        TemplateRenderer templates = renderer("[<@once key=[key]>${shown}</@once>]");
        assertEquals("[first]", templates.render("t.ftlh", new Model("a", "first")));
        // The block shows what it showed for its key, whatever else the page holds: the key is the theme's promise.
        assertEquals("[first]", templates.render("t.ftlh", new Model("a", "second")));
        assertEquals("[third]", templates.render("t.ftlh", new Model("b", "third")));
        assertTrue(problems.isEmpty(), problems.sorted().toString());
    }

    @Test
    void eachBuildStartsWithNothingKept() throws IOException {
        assertEquals("[first]", renderer("[<@once key=key>${shown}</@once>]").render("t.ftlh", new Model("a", "first")));
        // A build makes a renderer of its own (build/Caches.templates): nothing of the last build's blocks is in it.
        assertEquals("[second]", renderer("[<@once key=key>${shown}</@once>]").render("t.ftlh", new Model("a", "second")));
    }

    @Test
    void twoBlocksWithEqualKeysAreStillTwoBlocks() throws IOException {
        TemplateRenderer templates = renderer("<@once key=key>${shown}</@once>|<@once key=key>${shown?upper_case}</@once>");
        assertEquals("x|X", templates.render("t.ftlh", new Model("a", "x")));
    }

    @Test
    void aStringTrueAndTheBooleanTrueAreDifferentKeys() throws IOException {
        TemplateRenderer templates = renderer("<@once key=[(key == 'flag')?then(true, 'true')]>${shown}</@once>");
        assertEquals("one", templates.render("t.ftlh", new Model("flag", "one")));
        assertEquals("two", templates.render("t.ftlh", new Model("text", "two")));
    }

    @Test
    void aKeyOfAnythingButStringsNumbersAndBooleansIsATemplateErrorAtItsLine() throws IOException {
        TemplateRenderer templates = renderer("<p>\n<@once key={'a': key}>${shown}</@once>");
        assertNull(templates.render("t.ftlh", new Model("a", "x")));
        assertEquals(1, problems.sorted().size(), problems.sorted().toString());
        String message = problems.sorted().get(0).toString();
        assertTrue(message.startsWith(theme.resolve("t.ftlh") + ":2:"), message);
        assertTrue(message.contains("@once's key holds only strings, numbers and booleans"), message);
    }

    @Test
    void aBlockWithoutAKeyIsATemplateError() throws IOException {
        assertNull(renderer("<@once>${shown}</@once>").render("t.ftlh", new Model("a", "x")));
        assertTrue(problems.sorted().get(0).toString().contains("@once takes one parameter, key"),
                problems.sorted().get(0).toString());
    }
}
