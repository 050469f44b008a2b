package studyguide.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studyguide.markdown.AsciiText;

/**
 * Finds the acronyms a text defines, in either order: "global secondary index (GSI)" and "GSI (global
 * secondary index)". The words' first letters must spell the acronym, with or without the stop words
 * among them ("time to live (TTL)", "Dead Letter Queue (DLQ)"); a hyphenated word counts as its parts
 * ("point-in-time recovery (PITR)"). A guide then finds the one by the other.
 */
final class Acronyms {

    /** An acronym and the words it stands for, as search terms. */
    record Definition(String acronym, List<String> phrase) {
    }

    private static final int LONGEST = 8;
    static final Pattern AFTER = Pattern.compile("\\((\\p{Lu}[\\p{Lu}\\p{N}]{1,7})s?\\)");
    static final Pattern BEFORE = Pattern.compile("\\b(\\p{Lu}[\\p{Lu}\\p{N}]{1,7})s?\\s*\\(([^()]{3,120})\\)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private Acronyms() {
    }

    /** Every definition in a text, in order, repeats included. */
    static List<Definition> in(String text) {
        List<Definition> found = new ArrayList<>();
        if (text.indexOf('(') < 0) {
            return found; // both ways of defining one need parentheses
        }
        for (MatchResult after : after(text)) {
            List<String> before = words(text.substring(Math.max(0, after.start() - 200), after.start()));
            spelled(after.group(1), before, true).ifPresent(found::add);
        }
        for (MatchResult before : before(text)) {
            spelled(before.group(1), words(before.group(2)), false).ifPresent(found::add);
        }
        return found;
    }

    /**
     * The matches of {@link #AFTER} in a text, in order, as {@code find()} finds them: tried only at each
     * parenthesis, where a match starts, where {@code find()} tries every character (a sixth of the time spent
     * making the search index's entries).
     */
    static List<MatchResult> after(String text) {
        List<MatchResult> matches = new ArrayList<>();
        Matcher after = AFTER.matcher(text);
        for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
            if (after.region(open, text.length()).lookingAt()) {
                matches.add(after.toMatchResult()); // no parenthesis opens inside a match: the next is after it
            }
        }
        return matches;
    }

    /** The matches of {@link #BEFORE} in a text, in order, as {@code find()} finds them. */
    static List<MatchResult> before(String text) {
        List<MatchResult> matches = new ArrayList<>();
        // Transparent bounds: the expression's word boundary sees the character before the region it is tried at.
        Matcher before = BEFORE.matcher(text).useTransparentBounds(true);
        for (int from = 0; (from = findBefore(text, before, from)) >= 0; ) {
            matches.add(before.toMatchResult());
        }
        return matches;
    }

    /**
     * What {@code find()} would find of {@link #BEFORE} from {@code from}, tried only just before each
     * parenthesis: the expression starts with a word boundary, which {@code find()} tries at every character,
     * and most of a guide's text has no acronym before a parenthesis. A match's acronym and plural "s" are at
     * most 18 characters (two for a letter outside the Basic Multilingual Plane), then white space, then the
     * parenthesis; candidates are tried from the left, so the first match is the one {@code find()} returns.
     *
     * @return the end of the match, now {@code before}'s, or -1 when there is none
     */
    private static int findBefore(String text, Matcher before, int from) {
        for (int open = text.indexOf('(', from); open >= 0; open = text.indexOf('(', open + 1)) {
            int beforeSpace = open;
            while (beforeSpace > from && AsciiText.isSpace(text.charAt(beforeSpace - 1))) {
                beforeSpace--;
            }
            for (int start = Math.max(from, beforeSpace - 2 * (LONGEST + 1)); start < beforeSpace; start++) {
                if (!Character.isLowSurrogate(text.charAt(start))
                        && Character.getType(text.codePointAt(start)) == Character.UPPERCASE_LETTER
                        && before.region(start, text.length()).lookingAt()) {
                    return before.end();
                }
            }
        }
        return -1;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /**
     * The definition when the last words (or all of them, for the words inside the parentheses) spell the
     * acronym by their first letters, with or without their stop words.
     */
    private static Optional<Definition> spelled(String acronym, List<String> words, boolean last) {
        String letters = acronym.toLowerCase(Locale.ROOT);
        if (!letters.chars().allMatch(Character::isLetter)) {
            return Optional.empty();
        }
        for (int k = 1; k <= Math.min(LONGEST + 3, words.size()); k++) {
            if (!last && k != words.size()) {
                continue;
            }
            List<String> phrase = last ? words.subList(words.size() - k, words.size()) : words;
            if (initials(phrase, false).equals(letters) || initials(phrase, true).equals(letters)) {
                // Lower case first: a camelCase word's parts are not words of the phrase.
                List<String> terms = SearchTerms.of(String.join(" ", phrase).toLowerCase(Locale.ROOT));
                if (!terms.isEmpty() && !terms.equals(List.of(letters))) {
                    return Optional.of(new Definition(letters, terms));
                }
            }
        }
        return Optional.empty();
    }

    private static String initials(List<String> words, boolean withoutStopWords) {
        StringBuilder s = new StringBuilder();
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (!withoutStopWords || !SearchTerms.STOP_WORDS.contains(lower)) {
                s.append(lower.charAt(0));
            }
        }
        return s.toString();
    }
}
