package studyguide.validate;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import studyguide.model.Guide;
import studyguide.model.Located;
import studyguide.model.Question;
import studyguide.model.Site;
import studyguide.problem.Position;
import studyguide.problem.Problems;
import studyguide.problem.Suggestions;

/**
 * Checks across files: question ids are unique in the guide, none is an id the theme's pages use for their
 * own elements, and every {@code related} id exists; and that every label {@code site.yaml} gives words for
 * is one the theme has.
 */
public final class GuideValidator {

    private final Problems problems;

    public GuideValidator(Problems problems) {
        this.problems = problems;
    }

    /** Validates {@code guide}; {@code themeIds} tells whether an id is one the theme's own elements have. */
    public void validate(Guide guide, Predicate<String> themeIds) {
        Map<String, Position> ids = new HashMap<>();
        guide.questions().forEach(q -> {
            Position first = ids.putIfAbsent(q.id(), q.position());
            if (first != null) {
                problems.add(q.position(), "duplicate question id '" + q.id() + "' (also used at " + first + ")");
            }
            if (themeIds.test(q.id())) {
                problems.add(q.position(), "the question id '" + q.id() + "' is also the id of an element of the "
                        + "theme's pages, and a question's id is its anchor on the page; rename the question");
            }
        });
        guide.questions().forEach(q -> checkRelated(q, ids));
    }

    /** Every label key in {@code site.yaml} must be one of the theme's {@code keys}, or the words would be lost. */
    public void validateLabels(Site site, Set<String> keys) {
        site.labels().forEach((key, words) -> {
            if (!keys.contains(key)) {
                problems.add(words.position(), "unknown label '" + key + "'" + Suggestions.didYouMean(key, keys)
                        + " (docs/languages.md lists every label)");
            }
        });
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
