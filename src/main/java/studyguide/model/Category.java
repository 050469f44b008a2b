package studyguide.model;

import java.util.List;
import java.util.function.BiPredicate;
import studyguide.problem.Position;

/** One category: a {@code questions/<id>.yaml} file with its title, Markdown summary and questions. */
public record Category(String id, String title, Markdown summary, List<Question> questions, Position position) {

    public Category {
        questions = List.copyOf(questions);
    }

    /**
     * Whether {@code now} holds the categories of {@code before} in the same order, each the same object or of the
     * same id with the same number of questions, each the same object or {@code alike} the one at its place. A
     * category whose file was not read again is the same object, and so is each unchanged question of one that was
     * ({@code serve}): the pass compares references, and only an edited question by what {@code alike} looks at.
     */
    public static boolean sameQuestions(List<Category> now, List<Category> before,
            BiPredicate<Question, Question> alike) {
        if (now.size() != before.size()) {
            return false;
        }
        for (int c = 0; c < now.size(); c++) {
            Category category = now.get(c);
            Category earlier = before.get(c);
            if (category == earlier) {
                continue;
            }
            if (!category.id().equals(earlier.id()) || category.questions().size() != earlier.questions().size()) {
                return false;
            }
            for (int i = 0; i < category.questions().size(); i++) {
                Question q = category.questions().get(i);
                Question b = earlier.questions().get(i);
                if (q != b && !alike.test(q, b)) {
                    return false;
                }
            }
        }
        return true;
    }
}
