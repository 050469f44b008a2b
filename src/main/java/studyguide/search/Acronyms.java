package studyguide.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern AFTER = Pattern.compile("\\((\\p{Lu}[\\p{Lu}\\p{N}]{1,7})s?\\)");
    private static final Pattern BEFORE = Pattern.compile("\\b(\\p{Lu}[\\p{Lu}\\p{N}]{1,7})s?\\s*\\(([^()]{3,120})\\)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private Acronyms() {
    }

    /** Every definition in a text, in order, repeats included. */
    static List<Definition> in(String text) {
        List<Definition> found = new ArrayList<>();
        if (text.indexOf('(') < 0) {
            return found; // both ways of defining one need parentheses
        }
        Matcher after = AFTER.matcher(text);
        while (after.find()) {
            List<String> before = words(text.substring(Math.max(0, after.start() - 200), after.start()));
            spelled(after.group(1), before, true).ifPresent(found::add);
        }
        Matcher before = BEFORE.matcher(text);
        while (before.find()) {
            spelled(before.group(1), words(before.group(2)), false).ifPresent(found::add);
        }
        return found;
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
