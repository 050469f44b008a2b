package studyguide.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        assertTrue(SingleFile.startsIgnoringCase("x<ScRiPt>", 1, "<script"));
        assertFalse(SingleFile.startsIgnoringCase("<\u017Fcript>", 0, "<script"), "long s is no s to HTML");
        assertFalse(SingleFile.startsIgnoringCase("<scr", 0, "<script"));
        assertFalse(SingleFile.startsIgnoringCase("<script", 1, "<script"));
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
}
