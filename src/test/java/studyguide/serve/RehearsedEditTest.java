package studyguide.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import studyguide.Cli;
import studyguide.load.GuideLoader;
import studyguide.model.Category;
import studyguide.model.Guide;
import studyguide.model.Markdown;
import studyguide.model.Question;
import studyguide.problem.Problems;

/** The edit serve's warm-up builds without committing it: one text, the rest of the guide as it was. */
class RehearsedEditTest {

    private final Guide guide = load(Cli.SMALL_GUIDE);

    @Test
    void addsASentenceToTheFirstWrittenAnswerAndLeavesEverythingElseAsItWas() {
        Guide edited = RehearsedEdit.of(guide);
        Question before = question(guide, 0, 0);
        Question after = question(edited, 0, 0);
        assertEquals("what-is-a-partition", after.id(), "the first question of the first category has an answer");
        Markdown answer = after.answer();
        assertEquals(before.answer().text() + RehearsedEdit.SENTENCE, answer.text());
        assertEquals(before.answer().position(), answer.position(), "its lines are the file's");
        assertEquals(before.answer().rawHtml(), answer.rawHtml());
        assertEquals(new Question(before.id(), before.question(), before.prompt(), before.level(), before.tags(),
                before.keyPoints(), answer, before.choices(), before.interviewerIntent(), before.yourStory(),
                before.snippets(), before.diagrams(), before.followUps(), before.related(), before.references(),
                before.source(), before.position()), after, "nothing else of the question changes");
        assertUnchangedBut(guide, edited, 0, 0);
    }

    @Test
    void aGuideWithoutAnswersHasItsFirstPromptEdited() {
        Guide choices = withPromptOnlyAt(guide, 1, 0);
        Guide edited = RehearsedEdit.of(choices);
        Question before = question(choices, 1, 0);
        Question after = question(edited, 1, 0);
        assertEquals(before.prompt().text() + RehearsedEdit.SENTENCE, after.prompt().text());
        assertEquals(null, after.answer());
        assertUnchangedBut(choices, edited, 1, 0);
    }

    @Test
    void aGuideWithNothingToEditIsBuiltAsItIs() {
        Guide bare = map(guide, q -> copy(q, null, null));
        assertSame(bare, RehearsedEdit.of(bare));
    }

    /** Every category and question of {@code edited} but the one at (c, q) is the very object {@code guide} holds. */
    private static void assertUnchangedBut(Guide guide, Guide edited, int c, int q) {
        assertSame(guide.site(), edited.site());
        assertSame(guide.pages(), edited.pages());
        for (int i = 0; i < guide.categories().size(); i++) {
            Category was = guide.categories().get(i);
            Category now = edited.categories().get(i);
            if (i != c) {
                assertSame(was, now);
                continue;
            }
            assertEquals(Arrays.asList(was.id(), was.title(), was.summary(), was.position()),
                    Arrays.asList(now.id(), now.title(), now.summary(), now.position()));
            for (int j = 0; j < was.questions().size(); j++) {
                if (j != q) {
                    assertSame(was.questions().get(j), now.questions().get(j));
                }
            }
        }
    }

    /** The guide with no answers, and a prompt only on the question at (c, q). */
    private static Guide withPromptOnlyAt(Guide guide, int c, int q) {
        Question target = question(guide, c, q);
        Markdown prompt = Markdown.inYaml("Given this table:\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", target.position());
        Guide edited = map(guide, x -> copy(x, x == target ? prompt : null, null));
        assertNotNull(question(edited, c, q).prompt());
        return edited;
    }

    /** {@code guide} with every question replaced, keeping the ones {@code change} returns as they are. */
    private static Guide map(Guide guide, UnaryOperator<Question> change) {
        return new Guide(guide.site(), guide.categories().stream()
                .map(c -> new Category(c.id(), c.title(), c.summary(), c.questions().stream().map(change).toList(),
                        c.position()))
                .toList(), guide.pages());
    }

    private static Question copy(Question q, Markdown prompt, Markdown answer) {
        return new Question(q.id(), q.question(), prompt, q.level(), q.tags(), q.keyPoints(), answer, q.choices(),
                q.interviewerIntent(), q.yourStory(), q.snippets(), q.diagrams(), q.followUps(), q.related(),
                q.references(), q.source(), q.position());
    }

    private static Question question(Guide guide, int c, int q) {
        return guide.categories().get(c).questions().get(q);
    }

    private static Guide load(Path content) {
        Problems problems = new Problems();
        Guide guide = new GuideLoader(problems).load(content);
        assertEquals(List.of(), problems.sorted());
        return guide;
    }
}
