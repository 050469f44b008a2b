package studyguide.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import studyguide.RandomPieces;

/**
 * {@link PlainText#of(String)} gives, for any HTML, what the regular expressions it replaced give: dropped
 * elements, block ends and tags removed in three passes, entities decoded and spaces collapsed.
 */
class PlainTextHtmlTest {

    private static final Pattern DROPPED = Pattern.compile("<(svg|pre|script|style|template)\\b.*?</\\1\\s*>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK_END = Pattern.compile(
            "</(p|li|h[1-6]|td|th|tr|div|blockquote|figcaption)\\s*>|<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    /** Pieces that make or nearly make every construct the passes look for, in both cases and broken. */
    private static final List<String> PIECES = List.of("<", ">", "</", "/", "<pre>", "</pre>", "pre", "PRE", "Pre",
            "svg", "SVG", "script", "ſcript", "style", "template", "templates", "pre_", "pré", "pre\u0301", "pre1",
            "pre-", "p", "P", "li", "LI", "h1", "h6", "h7", "td", "th", "tr", "div", "blockquote", "figcaption", "br",
            "BR", "br/", "<br>", "<br/>", "<br />", "</p>", "</p >", "</li\n>", " ", "  ", "\n", "\t", "\r", "\u000B",
            "\f", "\u2003", "\u00A0", "&amp;", "&lt;", "&#x41;", "&#65;", "&bogus;", "&", ";", "x", "word", "é", "😀",
            "K", "<a href=\"x\">", "</a>", "<!-- c -->", "\"", "'", "=");

    @Test
    void givesWhatTheRegularExpressionsGiveForGeneratedHtml() {
        Random random = new Random(20261125);
        for (int n = 0; n < 40_000; n++) {
            String s = RandomPieces.joined(random, PIECES, n < 20_000 ? 8 : 40);
            assertEquals(asExpressions(s), PlainText.of(s), () -> "for " + s.replace("\n", "\\n"));
        }
    }

    @Test
    void handlesRealAnswers() {
        for (String s : List.of(
                "<p>A <strong>hot</strong> partition&nbsp;&amp; more</p>\n<pre><code class=\"language-js\">if (a < b) {}</code></pre>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>",
                "<figure><svg viewBox=\"0 0 1 1\"><text>Label</text></svg><figcaption>Caption</figcaption></figure>",
                "<table><tr><th>Key</th><td>Value</td></tr></table><p>After<br>break</p>",
                "<PRE>unterminated", "<svg><svg></svg>tail</svg>", "text < 5 and > 3", "")) {
            assertEquals(asExpressions(s), PlainText.of(s), s);
        }
        assertEquals("A hot partition\u00A0& more one two", PlainText.of(
                "<p>A <strong>hot</strong> partition&nbsp;&amp; more</p>\n<pre><code>x</code></pre>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>"));
        assertEquals("", PlainText.of(null));
    }

    /** What {@link PlainText#of(String)} did before, with regular expressions. */
    private static String asExpressions(String html) {
        String text = DROPPED.matcher(html).replaceAll(" ");
        text = BLOCK_END.matcher(text).replaceAll(" ");
        text = TAG.matcher(text).replaceAll("");
        return SPACE.matcher(Escaping.unescapeHtml(text)).replaceAll(" ").strip();
    }

    /**
     * Key points, prompt lines and titles are made one line as the patterns made them, white space of every kind
     * around.
     */
    @Test
    void oneLineGivesWhatThePatternGives() {
        List<String> pieces = List.of(" ", "  ", "\t", "\n", "\u000B", "\f", "\r", "\r\n", "\u00A0", "\u2003", "\u3000",
                "\u0085", "\u001C", "a", "word", "é", "\u2014", "x y");
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            String text = RandomPieces.joined(random, pieces, 10);
            assertEquals(text.replaceAll("\\s+", " ").strip(), PlainText.oneLine(text), text);
            // Stripped first, as titles and social cards' lines were, the collapse gives the same text.
            assertEquals(text.strip().replaceAll("\\s+", " "), PlainText.oneLine(text), text);
        }
    }
}
