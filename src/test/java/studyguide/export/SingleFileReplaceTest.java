package studyguide.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    @Test
    void scriptTextGivesWhatThePatternGives() {
        Random random = new Random(7);
        List<String> pieces = new ArrayList<>(PIECES);
        pieces.addAll(List.of("</SCRIPT>", "</Script", "<!--", "<!-", "</scrip", "</ſcript>", "x</script"));
        for (int i = 0; i < 5_000; i++) {
            String js = RandomPieces.joined(random, pieces, 12);
            assertEquals(js.replaceAll("(?i)</script", "<\\\\/script").replace("<!--", "<\\!--"), SingleFile.scriptText(js), js);
        }
    }

    @Test
    void tagNamesMatchInAsciiOnlyAsInHtml() {
        assertEquals(9, SingleFile.lastCut("<\u017Fcript>a<b"), "an element that is no script is cut inside");
    }

    /** The inlining skips a pass for a tag the text lacks, and looks again after a pass that inlined a file. */
    @Test
    void inliningGivesWhatEveryPassGives() {
        Map<String, byte[]> files = Map.of(
                "a.js", "w('<img src=\"i.png\">', '<link rel=\"icon\" href=\"i.png\">');".getBytes(StandardCharsets.UTF_8),
                "b.js", "plain();".getBytes(StandardCharsets.UTF_8),
                "s.css", "p { background: url(i.png) } /* <img src=\"i.png\"> */".getBytes(StandardCharsets.UTF_8),
                "i.png", new byte[] {1, 2, 3});
        List<String> pieces = new ArrayList<>(PIECES);
        pieces.addAll(List.of("<script src=\"a.js\"></script>", "<script defer src=\"b.js\"></script>",
                "<link rel=\"stylesheet\" href=\"s.css\">", "<link rel=icon href=i.png>", "<ImG src='i.png'>", "<p>", "</p>"));
        Random random = new Random(11);
        int inlined = 0;
        for (int i = 0; i < 3_000; i++) {
            String html = RandomPieces.joined(random, pieces, 10);
            List<String> deferred = new ArrayList<>();
            List<String> deferredByEveryPass = new ArrayList<>();
            String byEveryPass = SingleFile.inlineImages(SingleFile.inlineLinks(
                    SingleFile.inlineScripts(html, files, deferredByEveryPass), files), files, new EmbeddedImages(true));
            assertEquals(byEveryPass, SingleFile.inline(html, files, deferred, new EmbeddedImages(true)), html);
            assertEquals(deferredByEveryPass, deferred, html);
            inlined += byEveryPass.contains("base64,AQID") ? 1 : 0;
        }
        assertTrue(inlined > 1_000, inlined + " texts with the image inlined");
    }

    /** The cut found in one walk over the tags is where a look for the body's end and then a walk found it. */
    @Test
    void cutsWhereTwoLooksCut() {
        List<String> pieces = List.of("<p>", "</p>", "<b>", "a", "<", "< b", "<script>", "</script>", "<SCRIPT>", "</Script >",
                "<style>", "</STYLE>", "<!--", "-->", "</body>", "</BODY>", "</bod", "<html>", "if (a<b)", "\u00e9");
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            String text = RandomPieces.joined(random, pieces, 14);
            assertEquals(lastCutInTwoLooks(text), SingleFile.lastCut(text), text);
        }
    }

    /** The plain way: the first {@code </body} anywhere, then each tag before it, skipping scripts, styles and comments. */
    private static int lastCutInTwoLooks(String s) {
        Matcher body = Pattern.compile("</body", Pattern.CASE_INSENSITIVE).matcher(s);
        int limit = body.find() ? body.start() : s.length();
        int last = 0;
        int at = s.indexOf('<');
        while (at >= 0 && at <= limit) {
            String rest = s.substring(at).toLowerCase(java.util.Locale.ROOT);
            String closing = rest.startsWith("<!--") ? "-->" : rest.startsWith("<script") ? "</script"
                    : rest.startsWith("<style") ? "</style" : null;
            if (closing != null || at + 1 < s.length() && Character.isLetter(s.charAt(at + 1))) {
                last = at;
            }
            if (closing == null) {
                at = s.indexOf('<', at + 1);
            } else {
                int end = s.toLowerCase(java.util.Locale.ROOT).indexOf(closing, at + 1);
                at = end < 0 ? -1 : s.indexOf('<', end + 1);
            }
        }
        return last;
    }
}
