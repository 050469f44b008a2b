package studyguide.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Splits text into search terms. {@code assets/search.js} splits queries the same way ({@code words()}), so
 * the two must change together. The rules, each with a test in {@code SearchTermsTest}:
 *
 * <ul>
 *   <li>accents dropped (NFKD), lower case, words of letters and digits;</li>
 *   <li>a camelCase word also by its parts ({@code BatchWriteItem}: {@code batchwrite}, {@code write});</li>
 *   <li>an acronym's plural also as the acronym ({@code GSIs}: {@code gsi});</li>
 *   <li>digits glued to a unit also apart ({@code 400KB}: {@code 400}, {@code kb}), and a number a space
 *       before a short unit also glued ({@code 400 KB}: {@code 400kb});</li>
 *   <li>two words joined by a hyphen also glued ({@code on-demand}: {@code ondemand}), stop words included;</li>
 *   <li>Chinese, Japanese and Korean text, written without spaces, as overlapping pairs of characters
 *       ({@code 数据库}: {@code 数据}, {@code 据库}), so a word inside a sentence is found without a dictionary
 *       of the language; a character standing alone is a term of its own;</li>
 *   <li>stop words and single letters left out.</li>
 * </ul>
 *
 * <p>Stemming and British spellings are the browser's (search.js stems the index's terms and the query's
 * words with the same function), so they are not here.
 */
public final class SearchTerms {

    /** Words too common to search for; shipped in the index so the browser drops the same ones from queries. */
    public static final List<String> STOP_WORDS = List.of("a", "an", "and", "are", "as", "at", "be", "between", "by",
            "can", "do", "does", "for", "from", "has", "have", "how", "i", "if", "in", "is", "it", "its", "me", "my",
            "of", "on", "or", "our", "that", "the", "this", "to", "versus", "vs", "was", "we", "were", "what", "whats",
            "when", "where", "which", "who", "why", "with", "would", "you", "your");

    /** The longest unit glued to a number before it ({@code 400 KB}, {@code 10 ms}, {@code 25 req}). */
    private static final int UNIT_LENGTH = 3;

    private static final Set<String> STOP = Set.copyOf(STOP_WORDS);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    private static final Pattern ACRONYM_PLURAL = Pattern.compile("\\p{Lu}{2,}s");
    private static final Pattern DIGITS_THEN_LETTERS = Pattern.compile("(\\p{N}+)(\\p{L}+)");

    private SearchTerms() {
    }

    /** The terms of a text in order, repeats included, without stop words and single letters. */
    public static List<String> of(String text) {
        List<String> terms = new ArrayList<>();
        String folded = fold(text);
        int n = folded.length();
        int i = 0;
        // The word before, where it ended, and whether it was of CJK characters: for gluing to the next.
        String previous = null;
        int previousEnd = -2;
        while (i < n) {
            int c = codePointAt(folded, i);
            if (!isWordChar(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            boolean cjk = isCjk(c);
            while (i < n && isWordChar(c = codePointAt(folded, i)) && isCjk(c) == cjk) {
                i += Character.charCount(c);
            }
            String word = folded.substring(start, i);
            if (cjk) {
                addCjk(terms, word);
                previous = null;
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            add(terms, lower);
            // Each expression only where its match is possible: most words are lower-case letters, and
            // a matcher for every word of every answer was most of the time spent making the index's entries.
            if (mayBeCamelCase(word) && CAMEL.matcher(word).find()) {
                for (String part : CAMEL.split(word)) {
                    add(terms, part.toLowerCase(Locale.ROOT));
                }
            }
            if (word.length() > 2 && word.charAt(word.length() - 1) == 's' && !isAsciiLower(word.charAt(0))
                    && ACRONYM_PLURAL.matcher(word).matches()) {
                add(terms, lower.substring(0, lower.length() - 1));
            }
            char first = lower.charAt(0);
            if (first >= '0' && first <= '9' || first > 127) {
                var split = DIGITS_THEN_LETTERS.matcher(lower);
                if (split.matches()) {
                    add(terms, split.group(1));
                    add(terms, split.group(2));
                }
            }
            if (previous != null && start == previousEnd + 1) {
                char between = folded.charAt(previousEnd);
                boolean hyphen = between == '-' || between == '\u2010' || between == '\u2011';
                boolean unit = between == ' ' && lower.length() <= UNIT_LENGTH && all(previous, SearchTerms::isNumber)
                        && all(lower, Character::isLetter);
                if (hyphen || unit) {
                    terms.add(previous + lower);
                }
            }
            previous = lower;
            previousEnd = i;
        }
        return terms;
    }

    /**
     * Whether a word may have a lower-case letter followed by a capital: only if a character after its first
     * is neither an ASCII lower-case letter nor a digit.
     */
    private static boolean mayBeCamelCase(String word) {
        for (int k = 1; k < word.length(); k++) {
            if (!isAsciiLower(word.charAt(k)) && !(word.charAt(k) >= '0' && word.charAt(k) <= '9')) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    /**
     * Whether every character of a word is one {@code kind} accepts: what {@code \p{N}+} or {@code \p{L}+} match,
     * without a matcher for each pair of words of every answer (most of what making the index's entries allocated).
     */
    private static boolean all(String word, IntPredicate kind) {
        for (int k = 0; k < word.length(); ) {
            int c = word.codePointAt(k);
            if (!kind.test(c)) {
                return false;
            }
            k += Character.charCount(c);
        }
        return !word.isEmpty();
    }

    /** A number of any script, as {@code \p{N}}: a digit, a letter-like number (Ⅻ) or another number (½). */
    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** The character at {@code i}: most of a guide's text is ASCII, which needs no test for a surrogate pair. */
    private static int codePointAt(String text, int i) {
        char c = text.charAt(i);
        return c < 128 ? c : text.codePointAt(i);
    }

    /**
     * Letters and digits make words, as [\p{L}\p{N}] does in the browser. ASCII is answered without the
     * character database, which was a fifth of the time spent making the index's entries.
     */
    private static boolean isWordChar(int c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.LETTER_NUMBER
                || Character.getType(c) == Character.OTHER_NUMBER;
    }

    /**
     * Characters of scripts written without spaces between words, as search.js's CJK expression; the
     * prolonged sound mark (ー) and the iteration mark (々) belong to the scripts around them.
     */
    static boolean isCjk(int c) {
        if (c == '\u30fc' || c == '\u3005') {
            return true;
        }
        if (c < '\u1100') {
            return false; // the first of these scripts' characters is Hangul's, U+1100
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /** A run of CJK characters: each overlapping pair, or the character alone. */
    private static void addCjk(List<String> terms, String run) {
        int[] chars = run.codePoints().toArray();
        if (chars.length == 1) {
            terms.add(run);
            return;
        }
        for (int k = 0; k + 1 < chars.length; k++) {
            terms.add(new String(chars, k, 2));
        }
    }

    /**
     * Decomposes accented letters and drops the accents, keeping case (camelCase needs it). A text whose only
     * characters beyond ASCII are punctuation such as a dash or a curly quote (most answers in English) is
     * already decomposed and has no marks: it is asked so, without a decomposed copy and an expression over it.
     */
    static String fold(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                String decomposed = Normalizer.isNormalized(text, Normalizer.Form.NFKD)
                        ? text : Normalizer.normalize(text, Normalizer.Form.NFKD);
                return hasMark(decomposed, i) ? MARKS.matcher(decomposed).replaceAll("") : decomposed;
            }
        }
        return text;
    }

    /** Whether a text has a mark ({@code \p{M}}) from {@code from} on, before which it is ASCII. */
    private static boolean hasMark(String text, int from) {
        for (int i = from; i < text.length(); ) {
            int c = text.codePointAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    private static void add(List<String> terms, String term) {
        boolean singleLetter = term.length() == 1 && !Character.isDigit(term.charAt(0));
        if (!singleLetter && !STOP.contains(term)) {
            terms.add(term);
        }
    }
}
