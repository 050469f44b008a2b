package studyguide.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Acronyms defined in either order, and the searches for "ACRONYM (words)" and "words (ACRONYM)" that look only at parentheses. */
class AcronymsTest {

    @Test
    void findsDefinitionsInEitherOrder() {
        assertEquals(List.of(new Acronyms.Definition("gsi", List.of("global", "secondary", "index")),
                        new Acronyms.Definition("ttl", List.of("time", "live"))),
                Acronyms.in("A global secondary index (GSI) and TTL (time to live) expire items."));
        assertEquals(List.of(new Acronyms.Definition("pitr", List.of("point", "time", "recovery"))),
                Acronyms.in("Point-in-time recovery (PITR) restores a table."));
        assertEquals(List.of(), Acronyms.in("No parentheses, no definition: GSI global secondary index."));
    }

    /**
     * The search before parentheses finds what the expression's own {@code find()} finds, match for match, in
     * texts made of the pieces a definition has and the ones that break it: words, capitals, digits, a plural
     * "s", white space, parentheses, an accented capital and one outside the Basic Multilingual Plane.
     */
    @Test
    void findsWhatTheExpressionFindsAnywhere() {
        String[] pieces = {"GSI", "DLQs", "A", "B2", "Ab", "s", " ", "  ", "\t", "\n", "(", ")", "global ",
            "secondary index", "x", "\u00c9T", "\ud835\udc00\ud835\udc01", "1", "ABCDEFGHI", "-", "(a (b) c)",
            "GSI (", "LSIs\t(", "TTL(", "(global secondary index)", "time to live)", "ab)", "EU2 ("};
        assertFindsWhatFindFinds(Acronyms.BEFORE, Acronyms::before, pieces, 42);
    }

    /** The search at each parenthesis for "words (ACRONYM)" finds what the expression's {@code find()} finds. */
    @Test
    void findsAfterWordsWhatTheExpressionFindsAnywhere() {
        String[] pieces = {"GSI", "DLQs", "A", "B2", "s", " ", "(", ")", "((", "(GSI)", "(DLQs)", "(A)", "(ABCDEFGHI)",
            "(\u00c9T)", "(\ud835\udc00\ud835\udc01)", "global ", "x", "(TTL", "s)", "(EU2)", "\u00c9"};
        assertFindsWhatFindFinds(Acronyms.AFTER, Acronyms::after, pieces, 43);
    }

    /** Over 20,000 texts of the pieces joined at random, {@code search} finds the matches {@code find()} finds. */
    private static void assertFindsWhatFindFinds(Pattern pattern, Function<String, List<MatchResult>> search,
            String[] pieces, long seed) {
        Random random = new Random(seed);
        int matches = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            List<String> expected = new ArrayList<>();
            Matcher find = pattern.matcher(text);
            while (find.find()) {
                expected.add(described(find));
            }
            List<String> actual = search.apply(text.toString()).stream().map(AcronymsTest::described).toList();
            assertEquals(expected, actual, text.toString());
            matches += expected.size();
        }
        assertTrue(matches > 1_000, "the texts have definitions to find: " + matches);
    }

    /** A match as its place and every group. */
    private static String described(MatchResult match) {
        StringBuilder s = new StringBuilder(match.start() + "-" + match.end());
        for (int g = 1; g <= match.groupCount(); g++) {
            s.append(' ').append(match.group(g));
        }
        return s.toString();
    }
}
