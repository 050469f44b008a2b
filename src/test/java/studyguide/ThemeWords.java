package studyguide;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studyguide.view.Labels;

/**
 * The English words of the theme a page in another language must not show: each word of three letters or
 * more that the English bundle has and that language's bundle has not ("Check", "answer", "level"; not
 * "JSON", "PDF" or "studyguide", which every language writes so). Placeholders ({right}) are no words.
 */
public final class ThemeWords {

    private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z0-9_]+}");

    private ThemeWords() {
    }

    /** The theme's English words that the bundle of {@code lang} does not use. */
    public static Set<String> englishOnly(String lang) {
        Set<String> english = in(Labels.of("en", Map.of()).words().values());
        english.removeAll(in(Labels.of(lang, Map.of()).words().values()));
        return english;
    }

    /** The theme's English words that {@code text}, shown in a page in {@code lang}, has. */
    public static Set<String> shownIn(String text, String lang) {
        Set<String> found = in(List.of(text));
        found.retainAll(englishOnly(lang));
        return found;
    }

    /** The words of three ASCII letters or more in texts, in lower case. */
    static Set<String> in(Collection<String> texts) {
        Set<String> words = new TreeSet<>();
        for (String text : texts) {
            Matcher m = WORD.matcher(PLACEHOLDER.matcher(text).replaceAll(" "));
            while (m.find()) {
                words.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }
}
