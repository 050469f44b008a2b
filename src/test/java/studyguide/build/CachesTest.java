package studyguide.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.cache.UserCache;
import studyguide.load.WatchedFolders;
import studyguide.markdown.MarkdownRenderer;

/**
 * A one-off build keeps in memory nothing it will not reuse itself (at 10,000 questions that would be tens
 * of megabytes held to its end); serve keeps what its last build used; both keep on disk where the
 * environment says.
 */
class CachesTest {

    @TempDir
    Path temp;

    private static final MarkdownRenderer.Key ANSWER = new MarkdownRenderer.Key("An *answer*.", true, "q-", 3, false);
    private static final MarkdownRenderer.Rendered HTML = new MarkdownRenderer.Rendered("<p>An <em>answer</em>.</p>",
            List.of("An answer."), List.of(), List.of());

    @Test
    void aOneOffBuildKeepsRenderingsOnlyForItself() {
        Caches caches = Caches.forOneBuild(environment());
        caches.markdown().put(ANSWER, HTML);
        assertNull(caches.markdown().get(ANSWER));
        assertFalse(caches.searchEntries().keeps());
        assertFalse(caches.pageParts().keeps());
        caches.diagrams().put("Alice -> Bob", "<svg/>");
        assertEquals("<svg/>", caches.diagrams().get("Alice -> Bob"), "a diagram drawn twice in one build is drawn once");
    }

    @Test
    void serveKeepsWhatItsLastBuildUsed() {
        Caches caches = Caches.forRebuilds(environment(), WatchedFolders.NONE);
        caches.markdown().put(ANSWER, HTML);
        caches.keepOnlyUsed();
        assertEquals(HTML, caches.markdown().get(ANSWER));
        caches.keepOnlyUsed();
        caches.keepOnlyUsed(); // a build that did not render it: the answer was edited or deleted
        assertNull(caches.markdown().get(ANSWER));
    }

    @Test
    void aBuildFindsWhatTheGuidesLastBuildRenderedAndServeKeepsItInMemory() throws Exception {
        Path guide = Files.createDirectories(temp.resolve("guide"));
        Caches first = Caches.forOneBuild(environment());
        first.markdown(guide).put(ANSWER, HTML);
        first.markdownRendered();
        first.keepOnlyUsed();

        Caches next = Caches.forOneBuild(environment());
        assertEquals(HTML, next.markdown(guide).get(ANSWER));
        // Ended as a build ends: what it found starts a writer of the next file, which would otherwise still be
        // creating it in the folder this test deletes below.
        next.markdownRendered();
        next.keepOnlyUsed();
        Caches serve = Caches.forRebuilds(environment(), WatchedFolders.NONE);
        assertEquals(HTML, serve.markdown(guide).get(ANSWER), "serve's first build");
        serve.markdownRendered();
        serve.keepOnlyUsed();
        deleteRecursively(temp.resolve("markdown"));
        assertEquals(HTML, serve.markdown(guide).get(ANSWER), "its rebuilds, from memory");
        assertNull(Caches.forOneBuild(environment()).markdown(guide).get(ANSWER));
    }

    private static void deleteRecursively(Path folder) throws Exception {
        try (var files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void bothKeepFontsAndPdfsInTheUsersCacheFolder() {
        byte[] font = "font".getBytes(StandardCharsets.UTF_8);
        Caches.forOneBuild(environment()).printing().fonts().put("subset", font);
        assertTrue(Files.isRegularFile(UserCache.file(temp.resolve("fonts"), "subset", ".ttf")));
        Caches.forRebuilds(environment(), WatchedFolders.NONE).printing().pdfs().put("sheet", font);
        assertTrue(Files.isRegularFile(UserCache.file(temp.resolve("pdf"), "sheet", ".pdf")));
    }

    private Map<String, String> environment() {
        return Map.of(UserCache.FOLDER_VARIABLE, temp.toString());
    }
}
