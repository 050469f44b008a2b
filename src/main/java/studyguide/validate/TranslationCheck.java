package studyguide.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
                List<String> circle = circle(id, guides);
                if (circle != null) {
                    problems.add(of.position(), circle(circle));
                    return;
                }
                String first = target.site().translationOf().value();
                String root = original(original, guides);
                problems.add(of.position(), "'translation_of' must name the original guide, and '" + original
                        + "' is itself a translation of '" + first + "'" + (root == null ? "" : "; write '" + root + "'"));
            } else if (target != null && target.site().lang().equals(guide.site().lang())) {
                problems.add(of.position(), "this guide translates '" + original + "' but is in its language ("
                        + guide.site().lang() + "); set 'lang' to the language it is written in");
            }
        });
    }

    /**
     * The guides from {@code id} on, each the translation of the next, when the last names {@code id} again; else
     * null. Every guide of such a circle is a translation, so none is the original its family needs, and telling
     * each to name the next one's original would only name itself.
     */
    private static List<String> circle(String id, Map<String, Guide> guides) {
        List<String> path = new ArrayList<>(List.of(id));
        String next = translationOf(id, guides);
        while (next != null && !path.contains(next)) {
            path.add(next);
            next = translationOf(next, guides);
        }
        return id.equals(next) ? path : null;
    }

    private static String circle(List<String> ids) {
        String names = ids.stream().map(i -> "'" + i + "'").collect(Collectors.joining(", "));
        int last = names.lastIndexOf(", ");
        names = names.substring(0, last) + " and " + names.substring(last + 2);
        String how = ids.size() == 2 ? " name each other as their original"
                : " each name the next as their original (" + String.join(" → ", ids) + " → " + ids.get(0) + ")";
        return names + how + "; the original guide has no translation_of, so remove it from the site.yaml of the "
                + "one that is the original";
    }

    /** The guide at the end of {@code id}'s translations, which names none; null where they go round or stop short. */
    private static String original(String id, Map<String, Guide> guides) {
        Set<String> seen = new HashSet<>();
        String current = id;
        while (seen.add(current)) {
            if (!guides.containsKey(current)) {
                return null;
            }
            String next = translationOf(current, guides);
            if (next == null) {
                return current;
            }
            current = next;
        }
        return null;
    }

    /** What the loaded guide {@code id} names as its original; null for none, or for a guide not loaded. */
    private static String translationOf(String id, Map<String, Guide> guides) {
        Guide guide = guides.get(id);
        Located<String> of = guide == null ? null : guide.site().translationOf();
        return of == null ? null : of.value();
    }
}
