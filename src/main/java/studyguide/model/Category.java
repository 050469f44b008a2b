package studyguide.model;

import java.util.List;
import studyguide.problem.Position;

/** One category: a {@code questions/<id>.yaml} file with its title, Markdown summary and questions. */
public record Category(String id, String title, Markdown summary, List<Question> questions, Position position) {

    public Category {
        questions = List.copyOf(questions);
    }
}
