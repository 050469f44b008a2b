package studyguide.validate;

import java.util.HashMap;
import java.util.Map;
import studyguide.model.Guide;
import studyguide.model.Located;
import studyguide.model.Question;
import studyguide.problem.Position;
import studyguide.problem.Problems;
import studyguide.problem.Suggestions;

/** Checks across files: question ids are unique in the guide and every {@code related} id exists. */
public final class GuideValidator {

    private final Problems problems;

    public GuideValidator(Problems problems) {
        this.problems = problems;
    }

    public void validate(Guide guide) {
        Map<String, Position> ids = new HashMap<>();
        guide.questions().forEach(q -> {
            Position first = ids.putIfAbsent(q.id(), q.position());
            if (first != null) {
                problems.add(q.position(), "duplicate question id '" + q.id() + "' (also used at " + first + ")");
            }
        });
        guide.questions().forEach(q -> checkRelated(q, ids));
    }

    private void checkRelated(Question question, Map<String, Position> ids) {
        for (Located<String> related : question.related()) {
            if (related.value().equals(question.id())) {
                problems.add(related.position(), "a question cannot be related to itself");
            } else if (!ids.containsKey(related.value())) {
                String hint = Suggestions.didYouMean(related.value(), ids.keySet());
                problems.add(related.position(), "related question '" + related.value() + "' does not exist" + hint);
            }
        }
    }

}
