package studyguide.view;

import java.util.Locale;

/**
 * Which form of a counted phrase a language uses for a whole number: CLDR's plural category ("one" or
 * "other") for the languages the theme's words come in, so that the pages choose the form the browser's
 * {@code Intl.PluralRules} chooses in the scripts.
 *
 * <p>Written here rather than taken from ICU4J, whose 14 MB would serve these few lines. Only whole
 * numbers are counted, and the bundled languages have at most these two forms for them (French and
 * Portuguese count 0 as singular; Chinese and Japanese have one form); any other language follows English.
 */
final class PluralRule {

    private PluralRule() {
    }

    /** "one" or "other", the suffix of the label key for {@code count} in {@code lang} (a BCP 47 tag). */
    static String category(String lang, long count) {
        String language = Locale.forLanguageTag(lang).getLanguage();
        return switch (language) {
            case "zh", "ja" -> "other";
            case "fr", "pt" -> count == 0 || count == 1 ? "one" : "other";
            default -> count == 1 ? "one" : "other";
        };
    }
}
