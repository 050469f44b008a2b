package studyguide.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
import studyguide.output.OutputFile;
import studyguide.output.OutputSink;
import studyguide.problem.Problems;

/**
 * In {@code serve}, a page is rendered again only when what it is made from changed: an edited answer renders
 * its category's page and its question's page again, an edited title also the pages before and after it, and
 * every other page is kept as the sink wrote it in the build before ({@link OutputSink#keep}).
 */
class PagesAfterAnEditTest {

    @TempDir
    Path temp;

    Caches cache = Caches.forRebuilds(System.getenv(), WatchedFolders.NONE);
    /** What the sink gave for each page it wrote last, as a writer records the files in place. */
    Map<String, Object> inPlace = new ConcurrentHashMap<>();

    @Test
    void anEditedAnswerRendersOnlyThePagesThatShowIt() throws Exception {
        Path content = Cli.copy(Cli.SMALL_GUIDE, temp.resolve("content"));
        Map<String, byte[]> before = pages(content);
        Files.writeString(content.resolve("answers/what-is-a-partition.md"), "An **edited** answer.\n");
        Map<String, byte[]> after = pages(content);

        assertEquals(before.keySet(), after.keySet());
        assertEquals(before.keySet(), pages(content).keySet(), "and again with nothing changed");
        assertRenderedAgain(before, after, "<strong>edited</strong>", "storage.html", "storage/what-is-a-partition.html");
        assertKept(before, after, "index.html", "queries.html", "flashcards.html", "interview.html", "404.html");
    }

    @Test
    void anEditedAnswerLeavesTheQuestionPagesThatDoNotShowIt() throws Exception {
        // The category page lists the questions without a level first: tell-me-about-a-time,
        // what-is-a-partition, script-in-question; each question page links to the one before and after it.
        Path content = Cli.copy(Cli.SMALL_GUIDE, temp.resolve("content"));
        Map<String, byte[]> before = pages(content);
        edit(content.resolve("questions/storage.yaml"), "Yes. Here is a table:", "Edited. Here is a table:");
        Map<String, byte[]> after = pages(content);

        assertRenderedAgain(before, after, "Edited. Here is a table:", "storage.html", "storage/script-in-question.html");
        assertKept(before, after, "storage/tell-me-about-a-time.html", "queries/query-vs-scan.html");
    }

    @Test
    void anEditedTitleRendersItsNeighboursPagesAgain() throws Exception {
        Path content = Cli.copy(Cli.SMALL_GUIDE, temp.resolve("content"));
        Map<String, byte[]> before = pages(content);
        edit(content.resolve("questions/storage.yaml"), "question: Tell me about a time you were wrong.",
                "question: Tell me about a *mistake*.");
        Map<String, byte[]> after = pages(content);

        assertRenderedAgain(before, after, "Tell me about a <em>mistake</em>.", "storage.html",
                "storage/tell-me-about-a-time.html", "storage/what-is-a-partition.html");
        // Two questions away: its page links to neither.
        assertKept(before, after, "storage/script-in-question.html");
    }

    @Test
    void editsInARowKeepTheViewsOfTheOtherQuestionsOfTheEditedCategory() throws Exception {
        // Read as serve reads: an unchanged category file gives the same questions, found by reference; an edited
        // answer's category is read again into new, equal questions, found by value.
        Path content = Cli.copy(Cli.SMALL_GUIDE, temp.resolve("content"));
        RenderedGuide first = views(content);
        views(content);
        views(content);
        Files.writeString(content.resolve("answers/what-is-a-partition.md"), "An **edited** answer.\n");
        RenderedGuide edited = views(content);
        assertSame(question(first, "tell-me-about-a-time"), question(edited, "tell-me-about-a-time"));
        assertSame(question(first, "query-vs-scan"), question(edited, "query-vs-scan"));
        assertTrue(question(edited, "what-is-a-partition").answerHtml().contains("<strong>edited</strong>"));
    }

    /** The views of the guide as it is now, read and rendered with the caches that serve keeps. */
    private RenderedGuide views(Path content) {
        Problems problems = new Problems();
        Guide guide = new GuideLoader(problems, cache.files()).load(content);
        DiagramRenderer diagrams = new DiagramRenderer(problems, cache.diagrams(), DiagramCache.forUser(System.getenv()));
        RenderedGuide rendered = new ViewBuilder(new MarkdownRenderer(diagrams, problems, cache.markdown()), diagrams,
                cache.views()).build(guide, null).views();
        problems.throwIfAny();
        cache.keepOnlyUsed();
        return rendered;
    }

    private static Views.QuestionView question(RenderedGuide guide, String id) {
        return guide.categories().stream().flatMap(c -> c.groups().stream()).flatMap(g -> g.questions().stream())
                .filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    private static void edit(Path file, String text, String replacement) throws IOException {
        Files.writeString(file, Files.readString(file).replace(text, replacement));
    }

    private static void assertRenderedAgain(Map<String, byte[]> before, Map<String, byte[]> after, String shown,
            String... paths) {
        for (String path : paths) {
            assertTrue(after.get(path) != KEPT, path + " was not rendered again");
            assertTrue(new String(after.get(path), StandardCharsets.UTF_8).contains(shown), path);
        }
    }

    private static void assertKept(Map<String, byte[]> before, Map<String, byte[]> after, String... paths) {
        for (String path : paths) {
            assertTrue(after.get(path) == KEPT, path + " was rendered again");
        }
    }

    /** Stands for a page the sink kept from the build before. */
    private static final byte[] KEPT = new byte[0];

    /**
     * The pages of the guide as it is now, rendered with the cache that serve keeps, into a sink that keeps a
     * page written in the build before as its writer does: each page's bytes, or {@link #KEPT}.
     */
    private Map<String, byte[]> pages(Path content) throws Exception {
        Problems problems = new Problems();
        Guide guide = new GuideLoader(problems).load(content);
        DiagramRenderer diagrams = new DiagramRenderer(problems, cache.diagrams(), DiagramCache.forUser(System.getenv()));
        RenderedGuide rendered = new ViewBuilder(new MarkdownRenderer(diagrams, problems, cache.markdown()), diagrams,
                cache.views()).build(guide, null).views();
        Map<String, byte[]> pages = new ConcurrentHashMap<>();
        new PageRenderer(cache.templates(Path.of("templates"), problems), cache.pageParts(), cache.categoryTexts(),
                cache.cardScripts())
                .render(rendered, new OutputSink() {
                    @Override
                    public void add(OutputFile file) {
                        pages.put(file.path(), file.bytes());
                    }

                    @Override
                    public Object addKeepable(OutputFile file) {
                        add(file);
                        Object written = new Object();
                        inPlace.put(file.path(), written);
                        return written;
                    }

                    @Override
                    public boolean keep(String path, Object written) {
                        if (inPlace.get(path) != written) {
                            return false;
                        }
                        pages.put(path, KEPT);
                        return true;
                    }

                    @Override
                    public OutputStream create(String path) {
                        throw new AssertionError("serve renders pages in memory, not into files: " + path);
                    }
                });
        problems.throwIfAny();
        cache.keepOnlyUsed();
        return pages;
    }
}
