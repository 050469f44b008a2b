package studyguide.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import studyguide.RandomPieces;

/** The single file's fast rewriting gives what the regular expressions' own replaceAll gives. */
class SingleFileReplaceTest {

    private static final List<String> PIECES = List.of("<script src=\"a.js\"></script>", "<SCRIPT defer src='b.js'>x</SCRIPT >",
            "<script>if (a < b) {}</script>", "<scripts>", "<script", "</script>", " href=\"storage.html#q\"", "\thref = 'x.html'",
            "xhref=\"no\"", "href=\"start\"", "<a\nhref=\"index.html\">", "<link rel=\"stylesheet\" href=\"s.css\">", "<LINK href=x>",
            "<lınk href=\"dotless.css\">", "<ſcript>long s</ſcript>", "<img src=\"i.png\">", "<IMG SRC=i.png alt=''>", "<imgs>",
            "<", "<<", "h", "ref", "text with an em dash \u2014 ", "\n", "é", "<!-- <img src=c.png> -->");

    private static final Function<MatchResult, String> MARK = m -> "[" + m.group().length() + ":" + m.group().replace("$", "") + "]";

    @Test
    void givesWhatTheRegularExpressionGives() {
        Random random = new Random(42);
        record Case(String name, Pattern pattern, String literal, int offset, boolean ignoreCase) {
        }
        List<Case> cases = List.of(
                new Case("href", Pattern.compile("(\\shref\\s*=\\s*)(?:\"([^\"]*)\"|'([^']*)')"), "href", 1, false),
                new Case("script", Pattern.compile("<script\\b([^>]*)>(.*?)</script\\s*>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE),
                        "<script", 0, true),
                new Case("link", Pattern.compile("<link\\b([^>]*)>", Pattern.CASE_INSENSITIVE), "<link", 0, true),
                new Case("img", Pattern.compile("<img\\b([^>]*)>", Pattern.CASE_INSENSITIVE), "<img", 0, true));
        for (int i = 0; i < 3_000; i++) {
            String text = RandomPieces.joined(random, PIECES, 12);
            for (Case c : cases) {
                String expected = c.pattern().matcher(text).replaceAll(m -> Matcher.quoteReplacement(MARK.apply(m)));
                assertEquals(expected, SingleFile.replaceAll(text, c.pattern(), c.literal(), c.offset(), c.ignoreCase(), MARK),
                        c.name() + " in " + text);
            }
        }
    }
}
