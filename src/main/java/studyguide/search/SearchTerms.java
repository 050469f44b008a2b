package studyguide.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits text into search terms. {@code assets/search.js} splits queries the same way, so the two must
 * change together: accents dropped (NFKD), lower case, words of letters and digits, and camelCase words
 * also indexed by their parts ({@code BatchWriteItem} is found by {@code batchwrite} and by {@code write}).
 */
public final class SearchTerms {

    /** Words too common to search for; shipped in the index so the browser drops the same ones from queries. */
    public static final List<String> STOP_WORDS = List.of("a", "an", "and", "are", "as", "at", "be", "by", "can",
            "do", "does", "for", "from", "has", "have", "how", "i", "if", "in", "is", "it", "its", "of", "on", "or",
            "that", "the", "this", "to", "was", "we", "what", "when", "where", "which", "who", "why", "with", "you",
            "your");

    private static final Set<String> STOP = Set.copyOf(STOP_WORDS);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");

    private SearchTerms() {
    }

    /** The terms of a text in order, repeats included, without stop words and single letters. */
    public static List<String> of(String text) {
        List<String> terms = new ArrayList<>();
        String folded = fold(text);
        int n = folded.length();
        int i = 0;
        while (i < n) {
            int c = folded.codePointAt(i);
            if (!isWordChar(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            boolean camel = false;
            int previous = 0;
            while (i < n && isWordChar(c = folded.codePointAt(i))) {
                camel |= Character.isLowerCase(previous) && Character.isUpperCase(c);
                previous = c;
                i += Character.charCount(c);
            }
            String word = folded.substring(start, i);
            add(terms, word.toLowerCase(Locale.ROOT));
            if (camel) {
                for (String part : CAMEL.split(word)) {
                    add(terms, part.toLowerCase(Locale.ROOT));
                }
            }
        }
        return terms;
    }

    /** Letters and digits make words, as [\p{L}\p{N}] does in the browser. */
    private static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.LETTER_NUMBER
                || Character.getType(c) == Character.OTHER_NUMBER;
    }

    /** Decomposes accented letters and drops the accents, keeping case (camelCase needs it). */
    static String fold(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
            }
        }
        return text;
    }

    private static void add(List<String> terms, String term) {
        boolean singleLetter = term.length() == 1 && !Character.isDigit(term.charAt(0));
        if (!singleLetter && !STOP.contains(term)) {
            terms.add(term);
        }
    }
}
