package studyguide.serve;

import java.util.ArrayList;
import java.util.List;
import studyguide.model.Category;
import studyguide.model.Guide;
import studyguide.model.Markdown;
import studyguide.model.Question;

/**
 * The edit {@code serve}'s warm-up builds and then undoes, writing and announcing neither: a sentence added to the
 * first written answer of the guide (to the first prompt when no question has an answer). An edit runs code an
 * unchanged rebuild does not: the edited text rendered, its question's view, its category's page around the kept
 * articles, its question's and neighbours' pages, the search index's changed postings, and the same again to undo
 * it. Left to the author's first save, that code ran in the interpreter and made it the slowest of them.
 */
final class RehearsedEdit {

    /** Added as an author adds a sentence: a paragraph of its own at the end. */
    static final String SENTENCE = "\n\nA sentence added while serve warms up.\n";

    private RehearsedEdit() {
    }

    /** {@code guide} with the edit made, or {@code guide} itself when it has no answer and no prompt to edit. */
    static Guide of(Guide guide) {
        Guide edited = edit(guide, true);
        return edited != null ? edited : guide;
    }

    private static Guide edit(Guide guide, boolean answer) {
        for (int c = 0; c < guide.categories().size(); c++) {
            Category category = guide.categories().get(c);
            for (int i = 0; i < category.questions().size(); i++) {
                Question q = category.questions().get(i);
                Markdown text = answer ? q.answer() : q.prompt();
                if (text == null) {
                    continue;
                }
                Markdown more = new Markdown(text.text() + SENTENCE, text.position(), text.rawHtml());
                Question edited = new Question(q.id(), q.question(), answer ? q.prompt() : more, q.level(), q.tags(),
                        q.keyPoints(), answer ? more : q.answer(), q.choices(), q.interviewerIntent(), q.yourStory(),
                        q.snippets(), q.diagrams(), q.followUps(), q.related(), q.references(), q.source(), q.position());
                List<Question> questions = new ArrayList<>(category.questions());
                questions.set(i, edited);
                List<Category> categories = new ArrayList<>(guide.categories());
                categories.set(c, new Category(category.id(), category.title(), category.summary(), questions,
                        category.position()));
                return new Guide(guide.site(), categories, guide.pages());
            }
        }
        return answer ? edit(guide, false) : null;
    }
}
