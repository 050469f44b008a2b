package studyguide.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import studyguide.cache.Cache;
import studyguide.model.Category;
import studyguide.model.Guide;
import studyguide.model.Located;
import studyguide.model.Placeholders;
import studyguide.model.Question;
import studyguide.model.Site;
import studyguide.problem.Position;
import studyguide.problem.Problems;
import studyguide.problem.Suggestions;

/**
 * Checks across files: question ids are unique in the guide, none is an id the theme's pages use for their
 * own elements, and every {@code related} id exists; and that every label {@code site.yaml} gives words for
 * is one the theme has, with the placeholders the theme fills in.
 */
public final class GuideValidator {

    /** The key of the guide that last passed, in the cache of {@link #validate(Guide, Predicate, Cache)}. */
    private static final String PASSED = "passed";

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

    /**
     * A guide that passed the checks, as far as they look at it: its categories' questions, and the theme's ids
     * (compared with {@code equals}) it was checked against.
     */
    public record Passed(List<Category> categories, Predicate<String> themeIds) {

        /**
         * Whether the checks would pass these categories too: the same questions in the same categories and order,
         * each the same object (its category file was not read again) or of the same id and related ids.
         */
        boolean holds(List<Category> others, Predicate<String> theme) {
            return theme.equals(themeIds) && Category.sameQuestions(others, categories,
                    (q, b) -> q.id().equals(b.id()) && relatedIds(q).equals(relatedIds(b)));
        }

        private static List<String> relatedIds(Question q) {
            return q.related().stream().map(Located::value).toList();
        }
    }

    /**
     * {@link #validate(Guide, Predicate)} in a process that builds again and again ({@code serve}), with the guide
     * that last passed the checks in {@code kept}: a guide whose questions' ids and related ids are those of the
     * guide that passed, against the same theme, passes again without the checks, which look at every question (at
     * 10,000 questions a rebuild's largest step on one thread after an edited answer).
     */
    public void validate(Guide guide, Predicate<String> themeIds, Cache<String, Passed> kept) {
        if (!kept.keeps()) {
            validate(guide, themeIds);
            return;
        }
        Passed passed = kept.get(PASSED);
        if (passed != null && passed.holds(guide.categories(), themeIds)) {
            kept.put(PASSED, new Passed(guide.categories(), themeIds));
            return;
        }
        Problems found = new Problems();
        new GuideValidator(found).validate(guide, themeIds);
        if (found.isEmpty()) {
            kept.put(PASSED, new Passed(guide.categories(), themeIds));
        }
        problems.addAll(found.sorted());
    }

    /**
     * Every label key in {@code site.yaml} must be one of the theme's, or the words would be lost, and its words
     * must have the placeholders of the theme's word they replace, or the page would lose what a placeholder
     * stands for (a count, a link) or show one the theme does not fill as written.
     *
     * @param theme the theme's words in the guide's language, by label key
     */
    public void validateLabels(Site site, Map<String, String> theme) {
        site.labels().forEach((key, words) -> {
            String builtIn = theme.get(key);
            if (builtIn == null) {
                problems.add(words.position(), "unknown label '" + key + "'" + Suggestions.didYouMean(key, theme.keySet())
                        + " (docs/languages.md lists every label)");
                return;
            }
            String mismatch = Placeholders.in(builtIn).mismatch(words.value());
            if (mismatch != null) {
                problems.add(words.position(), "the label '" + key + "' " + mismatch);
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
