package studyguide;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.build.Build;
import studyguide.cache.UserCache;

/**
 * A build takes the Markdown its guide's last build rendered from the user's cache folder: the site and the
 * warnings are what rendering everything again gives, and an edited answer or image reaches its page.
 */
class MarkdownKeptBetweenBuildsTest {

    @TempDir
    Path temp;

    Path content;

    @BeforeEach
    void guideWithAWarningAndAnImage() throws Exception {
        content = Cli.copy(Cli.SMALL_GUIDE, temp.resolve("content"));
        Path answer = content.resolve("answers/query-vs-scan.md");
        Files.writeString(answer, Files.readString(answer) + "\n\nAn <blink>old</blink> element.\n\n"
                + "A figure: ![Queue](figures/queue.png)\n");
        Files.createDirectories(content.resolve("answers/figures"));
        Files.copy(Path.of("src/test/resources/guides/figures/figures/queue.png"), content.resolve("answers/figures/queue.png"));
    }

    @Test
    void theSecondBuildGivesTheSiteAndWarningsOfAFreshOne() throws Exception {
        Build.Result first = build("site", "cache");
        assertTrue(first.warnings().stream().anyMatch(w -> w.contains("query-vs-scan.md") && w.contains("blink")),
                () -> "the raw HTML warning: " + first.warnings());
        try (Stream<Path> kept = Files.list(temp.resolve("cache/markdown"))) {
            assertEquals(1, kept.count(), "the guide's renderings are kept");
        }
        Build.Result second = build("site-2", "cache");
        Build.Result fresh = build("site-fresh", "empty-cache");
        assertEquals(fresh.warnings(), second.warnings(), "warnings are reported again, at their places");
        assertEquals(first.warnings(), second.warnings());
        assertSameSite(temp.resolve("site-fresh"), temp.resolve("site-2"));
    }

    @Test
    void anEditedAnswerAndAnEditedImageReachTheirPage() throws Exception {
        build("site", "cache");
        String page = Files.readString(temp.resolve("site/queries/query-vs-scan.html"));
        Path answer = content.resolve("answers/query-vs-scan.md");
        Files.writeString(answer, Files.readString(answer).replace("An <blink>old</blink> element.", "A *new* sentence."));
        Path textOnly = content.resolve("answers/what-is-a-partition.md"); // no image: kept on disk
        Files.writeString(textOnly, Files.readString(textOnly).replace("unit of storage", "unit of *storage*"));
        byte[] other = Files.readAllBytes(Path.of("src/test/resources/guides/figures/figures/hit.png"));
        Files.write(content.resolve("answers/figures/queue.png"), other);

        Build.Result edited = build("site", "cache");
        String now = Files.readString(temp.resolve("site/queries/query-vs-scan.html"));
        assertTrue(now.contains("A <em>new</em> sentence."));
        assertTrue(Files.readString(temp.resolve("site/storage/what-is-a-partition.html")).contains("unit of <em>storage</em>"));
        assertFalse(edited.warnings().stream().anyMatch(w -> w.contains("blink")), "the fixed warning is gone");
        String image = imageIn(now);
        assertFalse(page.contains(image), "the edited image has a name of its own: " + image);
        assertArrayEquals(other, Files.readAllBytes(temp.resolve("site").resolve(image)));
        build("site-fresh", "empty-cache");
        assertSameSite(temp.resolve("site-fresh"), temp.resolve("site"));
    }

    private Build.Result build(String site, String cache) throws Exception {
        Map<String, String> environment = Map.of(UserCache.FOLDER_VARIABLE, temp.resolve(cache).toString());
        return new Build(new Build.Options(content, temp.resolve("no-theme"), temp.resolve(site), null, environment)).run(true);
    }

    private static String imageIn(String page) {
        int src = page.indexOf("src=\"", page.indexOf("alt=\"Queue\"") - 200) + 5;
        String path = page.substring(src, page.indexOf('"', src));
        return path.replace("../", "");
    }

    private static void assertSameSite(Path expected, Path actual) throws Exception {
        Map<String, byte[]> want = Cli.snapshot(expected);
        Map<String, byte[]> got = Cli.snapshot(actual);
        assertEquals(want.keySet(), got.keySet());
        List<String> differ = want.keySet().stream().filter(p -> !Arrays.equals(want.get(p), got.get(p))).toList();
        assertEquals(List.of(), differ, () -> differ.isEmpty() ? "" : new String(got.get(differ.get(0)), StandardCharsets.UTF_8));
    }
}
