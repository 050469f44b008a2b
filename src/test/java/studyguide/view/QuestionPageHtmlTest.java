package studyguide.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import studyguide.RandomPieces;
import studyguide.view.Views.ChoiceView;
import studyguide.view.Views.DiagramView;
import studyguide.view.Views.QuestionView;

/** The category page's HTML of a question, moved one folder down onto the question's own page. */
class QuestionPageHtmlTest {

    private static String moved(String address) {
        return QuestionPageHtml.address(address, "q", "q--", "storage.html");
    }

    @Test
    void relativeAddressesGoUpAFolder() {
        assertEquals("../media/a-1234.png", moved("media/a-1234.png"));
        assertEquals("../queries.html#scan", moved("queries.html#scan"));
        assertEquals("../how-to-prepare.html", moved("how-to-prepare.html"));
    }

    @Test
    void addressesWithASchemeOrFromTheRootStayAsTheyAre() {
        assertEquals("https://example.com/a.png", moved("https://example.com/a.png"));
        assertEquals("mailto:a@b.org", moved("mailto:a@b.org"));
        assertEquals("/absolute.html", moved("/absolute.html"));
        assertEquals("//cdn.example.com/x.js", moved("//cdn.example.com/x.js"));
        assertEquals("", moved(""));
    }

    @Test
    void anAnchorOfTheQuestionStaysAndAnyOtherGoesToTheCategoryPage() {
        assertEquals("#q--fn-1", moved("#q--fn-1"));
        assertEquals("#q", moved("#q"));
        assertEquals("../storage.html#other-question", moved("#other-question"));
        assertEquals("../storage.html#qa", moved("#qa"), "another question whose id starts like this one's");
    }

    @Test
    void everyPieceOfHtmlIsMovedAndTheAnswersHeadingsGoUpTwoLevels() {
        QuestionView q = new QuestionView("q", "Q?", "Q?", "<p><img src=\"media/p.png\" alt=\"p\"></p>", null, null,
                "storage", "Storage", "storage.html#q", "storage/q.html", List.of(),
                List.of("<a href='media/k.pdf'>k</a>"),
                "<h5 id=\"q--h\">H</h5><h6>Deeper</h6><p><a href=\"#q--h\">up</a> <a href=\"#r\">r</a></p>",
                List.of(new ChoiceView("A", "<img src=\"media/c.png\" alt=\"c\">", true, "<a href=\"x.html\">x</a>")),
                "<a href=\"y.html\">y</a>", null, List.of(),
                List.of(new DiagramView("D", "<svg><a xlink:href=\"z.html\"><text>z</text></a></svg>", false, 480)),
                List.of(), List.of(), List.of(), null);
        QuestionView page = QuestionPageHtml.of(q);
        assertEquals("<p><img src=\"../media/p.png\" alt=\"p\"></p>", page.promptHtml());
        assertEquals(List.of("<a href='../media/k.pdf'>k</a>"), page.keyPointsHtml());
        assertEquals("<h3 id=\"q--h\">H</h3><h4>Deeper</h4><p><a href=\"#q--h\">up</a> <a href=\"../storage.html#r\">r</a></p>",
                page.answerHtml());
        assertEquals("<img src=\"../media/c.png\" alt=\"c\">", page.choices().get(0).html());
        assertEquals("<a href=\"../x.html\">x</a>", page.choices().get(0).explanationHtml());
        assertEquals("<a href=\"../y.html\">y</a>", page.intentHtml());
        assertEquals("<svg><a xlink:href=\"../z.html\"><text>z</text></a></svg>", page.diagrams().get(0).svg());
        assertEquals(480, page.diagrams().get(0).readableWidth(), "the diagram keeps its readable width");
        assertSame(q.questionHtml(), page.questionHtml(), "HTML without an address or a heading is the same string");
    }

    /** The same addresses moved as a regular expression tried at every position moves them. */
    @Test
    void addressesAreFoundWhereverTheExpressionWouldFindThem() {
        Pattern everywhere = Pattern.compile("(\\s(?:href|src|xlink:href)\\s*=\\s*)(?:\"([^\"]*)\"|'([^']*)')");
        List<String> pieces = List.of(" href=\"a.html\"", " src='m.png'", "\nhref = \"#q--x\"", "\txlink:href=\"z.html\"",
                " href=\"#other\"", "<a", "<img", ">", "text ", "href", "src", " srcset=\"x.png\"", "data-src=\"y.png\"",
                ":href=\"c.html\"", " href=", "\"", "'", " ", "\u000B", "\f", "\r", "x", " src=\"https://e.org/i.png\"",
                " href=''", "xlink:", "\u00a0href=\"nb.html\"");
        Random random = new Random(22);
        for (int round = 0; round < 5_000; round++) {
            String text = RandomPieces.joined(random, pieces, 14);
            String expected = everywhere.matcher(text).replaceAll(m -> {
                String value = m.group(2) != null ? m.group(2) : m.group(3);
                String quote = m.group(2) != null ? "\"" : "'";
                return Matcher.quoteReplacement(m.group(1) + quote + moved(value) + quote);
            });
            assertEquals(expected, QuestionPageHtml.moveAddresses(text, "q", "q--", "storage.html"), text);
        }
    }

    @Test
    void aDescriptionIsCutAtAWordAndTextWithoutSpacesAnywhere() {
        String words = "word ".repeat(40).strip();
        String cut = QuestionPages.shorten(words);
        assertEquals("word ".repeat(32).strip() + "…", cut);
        assertEquals(160, cut.length());
        String cjk = "語".repeat(200);
        assertEquals("語".repeat(159) + "…", QuestionPages.shorten(cjk));
        String emoji = "語".repeat(158) + "😀".repeat(10);
        assertEquals("語".repeat(158) + "…", QuestionPages.shorten(emoji), "never half a surrogate pair");
        assertEquals("short", QuestionPages.shorten("short"));
    }
}
