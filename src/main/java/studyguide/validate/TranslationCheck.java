package studyguide.validate;

import java.util.Map;
import java.util.Set;
import studyguide.model.Guide;
import studyguide.model.Located;
import studyguide.problem.Problems;
import studyguide.problem.Suggestions;

/**
 * Checks the {@code translation_of} of a library's guides: each names another guide of the library, the
 * original (so that a guide and its translations are one family with one original), in another language.
 */
public final class TranslationCheck {

    private TranslationCheck() {
    }

    /**
     * @param guides the guides that could be loaded, by id
     * @param ids every guide id of the library, loaded or not
     */
    public static void check(Map<String, Guide> guides, Set<String> ids, Problems problems) {
        guides.forEach((id, guide) -> {
            Located<String> of = guide.site().translationOf();
            if (of == null) {
                return;
            }
            String original = of.value();
            Guide target = guides.get(original);
            if (original.equals(id)) {
                problems.add(of.position(), "a guide cannot be a translation of itself; 'translation_of' names the "
                        + "guide this one translates");
            } else if (!ids.contains(original)) {
                problems.add(of.position(), "'translation_of' names no guide of this library: '" + original + "'"
                        + Suggestions.didYouMean(original, ids));
            } else if (target != null && target.site().translationOf() != null) {
                String first = target.site().translationOf().value();
                problems.add(of.position(), "'translation_of' must name the original guide, and '" + original
                        + "' is itself a translation of '" + first + "'; write '" + first + "'");
            } else if (target != null && target.site().lang().equals(guide.site().lang())) {
                problems.add(of.position(), "this guide translates '" + original + "' but is in its language ("
                        + guide.site().lang() + "); set 'lang' to the language it is written in");
            }
        });
    }
}
