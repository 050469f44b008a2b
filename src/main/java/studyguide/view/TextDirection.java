package studyguide.view;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a language is written right to left, from its BCP 47 tag: by the script the tag names
 * ({@code az-Arab}, {@code pa-Arab}), else by the language's usual script. Java knows no language's usual
 * script (it has no likely-subtags data), so the languages are listed: those whose usual script is Arabic,
 * Hebrew, Thaana or Syriac.
 */
final class TextDirection {

    /** Scripts written right to left, as ISO 15924 codes. */
    private static final Set<String> RTL_SCRIPTS = Set.of("Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg",
            "Mand", "Samr", "Yezi");

    /** Languages whose usual script is written right to left (he, yi and their old codes iw, ji included). */
    private static final Set<String> RTL_LANGUAGES = Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji", "ks",
            "lrc", "mzn", "ps", "sd", "syr", "ug", "ur", "yi");

    private TextDirection() {
    }

    /** Whether text in the language of {@code tag} runs right to left. */
    static boolean rightToLeft(String tag) {
        if (tag == null || tag.isBlank()) {
            return false;
        }
        Locale locale = Locale.forLanguageTag(tag);
        String script = locale.getScript();
        if (!script.isEmpty()) {
            return RTL_SCRIPTS.contains(script);
        }
        // Locale turns he, yi into iw, ji on older JDKs and keeps them on newer ones: the list has both.
        return RTL_LANGUAGES.contains(locale.getLanguage());
    }
}
