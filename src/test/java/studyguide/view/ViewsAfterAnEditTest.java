package studyguide.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.Cli;
import studyguide.build.Caches;
import studyguide.diagram.DiagramRenderer;
import studyguide.load.GuideLoader;
import studyguide.load.WatchedFolders;
import studyguide.markdown.MarkdownRenderer;
import studyguide.media.Media;
import studyguide.problem.Problems;
import studyguide.view.Views.QuestionView;
import studyguide.view.Views.RelatedLink;

/**
 * In {@code serve} the views of a rebuild are made with what earlier builds made: the questions' addresses and
 * titles are the earlier build's while no question was added, moved or retitled. Every link to a question still
 * shows its title and address as they are now.
 */
class ViewsAfterAnEditTest {

    @TempDir
    Path temp;

    private final Caches caches = Caches.forRebuilds(System.getenv(), WatchedFolders.NONE);

    @Test
    void aRetitledQuestionIsShownByItsNewTitleWhereItIsLinked() throws Exception {
        Path content = Cli.copy(Cli.SMALL_GUIDE, temp.resolve("content"));
        assertEquals("What is a partition?", linkTo(views(content), "query-vs-scan").question());
        Path storage = content.resolve("questions/storage.yaml");
        Files.writeString(storage, Files.readString(storage).replace("What is a partition?", "What is a *partition key*?"));

        RenderedGuide after = views(content);
        RelatedLink link = linkTo(after, "query-vs-scan");
        assertEquals("What is a partition key?", link.question());
        assertEquals("What is a <em>partition key</em>?", link.questionHtml());
        assertEquals("What is a partition key?", question(after, "what-is-a-partition").question());
    }

    @Test
    void aQuestionInARenamedCategoryIsLinkedAtItsNewAddress() throws Exception {
        Path content = Cli.copy(Cli.SMALL_GUIDE, temp.resolve("content"));
        assertEquals("storage.html#what-is-a-partition", linkTo(views(content), "query-vs-scan").href());
        Files.move(content.resolve("questions/storage.yaml"), content.resolve("questions/store.yaml"));
        Path site = content.resolve("site.yaml");
        Files.writeString(site, Files.readString(site).replace("[storage, queries]", "[store, queries]"));

        RenderedGuide after = views(content);
        assertEquals("store.html#what-is-a-partition", linkTo(after, "query-vs-scan").href());
        assertEquals("store.html#what-is-a-partition", question(after, "what-is-a-partition").href());
    }

    @Test
    void anEditedAnswerLeavesTheOtherQuestionsViewsAsTheyWere() throws Exception {
        Path content = Cli.copy(Cli.SMALL_GUIDE, temp.resolve("content"));
        RenderedGuide before = views(content);
        Files.writeString(content.resolve("answers/what-is-a-partition.md"), "An **edited** answer.\n");

        RenderedGuide after = views(content);
        assertEquals("<p>An <strong>edited</strong> answer.</p>", question(after, "what-is-a-partition").answerHtml());
        assertSame(question(before, "query-vs-scan"), question(after, "query-vs-scan"));
        assertSame(question(before, "tell-me-about-a-time"), question(after, "tell-me-about-a-time"));
        assertEquals("storage.html#what-is-a-partition", linkTo(after, "query-vs-scan").href());
    }

    /** The guide's views as serve's rebuild makes them, with the caches of the builds before. */
    private RenderedGuide views(Path content) throws IOException {
        Problems problems = new Problems();
        DiagramRenderer diagrams = new DiagramRenderer(problems, caches.diagrams(), caches.diagramsOnDisk(), content);
        MarkdownRenderer markdown = new MarkdownRenderer(diagrams, problems, caches.markdown(), caches.titles(),
                Media.of(content, problems));
        RenderedGuide views = new ViewBuilder(markdown, diagrams, caches.views())
                .build(new GuideLoader(problems, caches.files()).load(content), null).views();
        problems.throwIfAny();
        caches.keepOnlyUsed();
        return views;
    }

    private static QuestionView question(RenderedGuide views, String id) {
        return views.categories().stream().flatMap(c -> c.groups().stream()).flatMap(g -> g.questions().stream())
                .filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    private static RelatedLink linkTo(RenderedGuide views, String from) {
        List<RelatedLink> related = question(views, from).related();
        assertEquals(1, related.size(), from + " links one question");
        return related.get(0);
    }
}
