package studyguide.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.Cli;
import studyguide.cache.Cache;
import studyguide.cache.Memo;
import studyguide.diagram.DiagramRenderer;
import studyguide.load.GuideLoader;
import studyguide.markdown.MarkdownRenderer;
import studyguide.problem.Problems;
import studyguide.view.Views.CategoryView;
import studyguide.view.Views.QuestionView;

/**
 * In {@code serve} a category's answers as text and FAQ entries are kept by the category: a build that keeps
 * the category's page keeps them too, and an edited answer makes only its own text again, while the FAQ data
 * joined from the kept entries stays the one a fresh build writes. A one-off build keeps nothing, and holds an
 * answer's text only until the second of the two pages that show it has taken it.
 */
class CategoryTextsTest {

    @TempDir
    Path temp;

    /** The views cache of serve: an unchanged question's view is handed back as the same object. */
    private final Memo<Object, Object> views = new Memo<>();
    private final Memo<String, CategoryTexts> kept = new Memo<>();

    @Test
    void anEditedAnswerMakesOnlyItsOwnTextAgain() throws Exception {
        Path content = Cli.copy(Cli.SMALL_GUIDE, temp.resolve("content"));
        CategoryView before = category(content, "storage");
        CategoryTexts textsBefore = CategoryTexts.of(before, null, kept, true);
        Map<String, String> answers = new HashMap<>();
        questions(before).forEach(q -> answers.put(q.id(), textsBefore.answer(q)));
        StructuredData.faqPage(textsBefore, "Site");
        kept.keepOnlyUsed();

        Files.writeString(content.resolve("answers/what-is-a-partition.md"), "An **edited** answer.\n");
        CategoryView after = category(content, "storage");
        assertNotSame(before, after);
        CategoryTexts textsAfter = CategoryTexts.of(after, null, kept, true);
        assertNotSame(textsBefore, textsAfter);
        for (QuestionView q : questions(after)) {
            if (q.id().equals("what-is-a-partition")) {
                assertEquals("An edited answer.", textsAfter.answer(q));
            } else {
                assertSame(answers.get(q.id()), textsAfter.answer(q), q.id() + " made again");
            }
        }
        // Joined from the kept entries and the edited one, the FAQ data is what a build without serve's caches writes.
        assertEquals(StructuredData.faqPage(CategoryTexts.of(after, null, Cache.none(), true), "Site"),
                StructuredData.faqPage(textsAfter, "Site"));
        assertTrue(StructuredData.faqPage(textsAfter, "Site").contains("An edited answer."));
    }

    @Test
    void aBuildThatKeptTheCategoryPageKeepsItsTexts() throws Exception {
        CategoryView category = category(Cli.SMALL_GUIDE, "storage");
        CategoryTexts first = CategoryTexts.of(category, null, kept, true);
        kept.keepOnlyUsed();
        assertSame(first, CategoryTexts.of(category, null, kept, true), "asked for by a build whose category page was kept");
        kept.keepOnlyUsed();
        kept.sweep();
        assertSame(first, CategoryTexts.of(category, null, kept, true), "still kept after the sweep between builds");
    }

    @Test
    void anotherAddressMakesTheFaqEntriesAgain() throws Exception {
        CategoryView category = category(Cli.SMALL_GUIDE, "storage");
        String withoutAddress = StructuredData.faqPage(CategoryTexts.of(category, null, kept, true), "Site");
        String address = "https://user.github.io/repo/storage.html";
        String withAddress = StructuredData.faqPage(CategoryTexts.of(category, address, kept, true), "Site");
        assertNotEquals(withoutAddress, withAddress);
        assertEquals(StructuredData.faqPage(CategoryTexts.of(category, address, Cache.none(), true), "Site"), withAddress);
        assertTrue(withAddress.contains(address + "#what-is-a-partition"), withAddress);
    }

    @Test
    void aOneOffBuildHoldsAnAnswerFromTheFirstPageThatAsksToTheSecond() throws Exception {
        CategoryView category = category(Cli.SMALL_GUIDE, "storage");
        CategoryTexts texts = CategoryTexts.of(category, null, Cache.none(), true);
        List<QuestionView> answered = questions(category).stream().filter(q -> q.answerHtml() != null).toList();
        assertTrue(answered.size() >= 2, "the fixture's category has answers");
        for (QuestionView q : answered) {
            String first = texts.answer(q);
            assertSame(first, texts.answer(q), q.id() + ": the second page made the text again");
            String third = texts.answer(q);
            assertEquals(first, third);
            assertNotSame(first, third, q.id() + ": still held after the second page took it");
        }
    }

    @Test
    void withoutQuestionPagesAOneOffBuildHoldsNoAnswer() throws Exception {
        CategoryView category = category(Cli.SMALL_GUIDE, "storage");
        CategoryTexts texts = CategoryTexts.of(category, null, Cache.none(), false);
        QuestionView q = questions(category).stream().filter(v -> v.answerHtml() != null).findFirst().orElseThrow();
        String first = texts.answer(q);
        String second = texts.answer(q);
        assertEquals(first, second);
        assertNotSame(first, second, "held for a question page the theme does not have");
    }

    private CategoryView category(Path content, String id) {
        Problems problems = new Problems();
        DiagramRenderer diagrams = new DiagramRenderer(problems);
        RenderedGuide rendered = new ViewBuilder(new MarkdownRenderer(diagrams, problems), diagrams, views)
                .build(new GuideLoader(problems).load(content), null).views();
        problems.throwIfAny();
        views.keepOnlyUsed();
        return rendered.categories().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<QuestionView> questions(CategoryView category) {
        return category.groups().stream().flatMap(g -> g.questions().stream()).toList();
    }
}
