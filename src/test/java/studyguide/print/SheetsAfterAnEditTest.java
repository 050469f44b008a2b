package studyguide.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.Cli;
import studyguide.build.Caches;
import studyguide.diagram.DiagramCache;
import studyguide.diagram.DiagramRenderer;
import studyguide.load.GuideLoader;
import studyguide.load.WatchedFolders;
import studyguide.markdown.MarkdownRenderer;
import studyguide.model.Guide;
import studyguide.problem.Problems;
import studyguide.view.RenderedGuide;
import studyguide.view.TemplateRenderer;
import studyguide.view.ViewBuilder;

/**
 * In {@code serve}, the sheets are rendered again only when something they print changed: an edited
 * answer (not on the sheets) leaves every sheet as it was; an edited key point renders the sheets of its
 * category and of the whole guide again, and only those.
 */
class SheetsAfterAnEditTest {

    @TempDir
    Path temp;

    Caches cache = Caches.forRebuilds(System.getenv(), WatchedFolders.NONE);

    @Test
    void anEditedAnswerRendersNoSheetAgain() throws Exception {
        Path content = Cli.copy(Cli.SMALL_GUIDE, temp.resolve("content"));
        Map<String, byte[]> before = sheets(content);
        Files.writeString(content.resolve("answers/what-is-a-partition.md"), "An **edited** answer.\n");
        Map<String, byte[]> after = sheets(content);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, page) -> assertSame(page, after.get(path), path + " was rendered again"));
    }

    @Test
    void editsInARowRenderNoSheetAgain() throws Exception {
        // The second edit's build follows one that found every sheet by what it is made from, the views.
        Path content = Cli.copy(Cli.SMALL_GUIDE, temp.resolve("content"));
        Map<String, byte[]> before = sheets(content);
        Path answer = content.resolve("answers/what-is-a-partition.md");
        for (String edit : List.of("An **edited** answer.\n", "Edited again.\n", "And again.\n")) {
            sheets(content); // a build of the guide as it is, as serve's warm-up makes
            Files.writeString(answer, edit);
            Map<String, byte[]> after = sheets(content);
            before.forEach((path, page) -> assertTrue(page == after.get(path), path + " was rendered again after: " + edit));
        }
    }

    @Test
    void anEditedKeyPointRendersTheSheetsThatShowIt() throws Exception {
        Path content = Cli.copy(Cli.SMALL_GUIDE, temp.resolve("content"));
        Map<String, byte[]> before = sheets(content);
        Path storage = content.resolve("questions/storage.yaml");
        Files.writeString(storage, Files.readString(storage).replace("- Keys are hashed", "- Keys are EDITED"));
        Map<String, byte[]> after = sheets(content);
        List<String> showIt = List.of("print/cheatsheet.html", "print/cheatsheet-storage.html");
        for (String path : before.keySet()) {
            if (showIt.contains(path)) {
                assertNotSame(before.get(path), after.get(path));
                assertTrue(new String(after.get(path), StandardCharsets.UTF_8).contains("Keys are EDITED"), path);
            } else if (path.contains("queries")) {
                assertSame(before.get(path), after.get(path), path + " was rendered again");
            }
        }
        assertFalse(before.isEmpty());
    }

    /** The sheet pages of the guide as it is now, rendered with the cache that serve keeps. */
    private Map<String, byte[]> sheets(Path content) {
        Problems problems = new Problems();
        Guide guide = new GuideLoader(problems).load(content);
        DiagramRenderer diagrams = new DiagramRenderer(problems, cache.diagrams(), DiagramCache.forUser(System.getenv()));
        RenderedGuide rendered = new ViewBuilder(new MarkdownRenderer(diagrams, problems, cache.markdown()), diagrams,
                cache.views()).build(guide, null).views();
        TemplateRenderer templates = cache.templates(Path.of("templates"), problems);
        Map<String, byte[]> pages = new LinkedHashMap<>();
        new SheetPages(templates, cache.printing().sheetViews()).render(rendered).forEach(s -> pages.put(s.page().path(), s.page().bytes()));
        problems.throwIfAny();
        cache.keepOnlyUsed();
        return pages;
    }
}
