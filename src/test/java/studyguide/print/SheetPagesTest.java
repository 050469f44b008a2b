package studyguide.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import studyguide.RandomPieces;

/** The small pieces of text the sheet pages are made with. */
class SheetPagesTest {

    @Test
    void aTitleBecomesACssStringThatCannotEndTheStyleElement() {
        assertEquals("\"Storage \\3c basics> — \\22 quoted\\22  \\5c \"",
                SheetPages.cssString("Storage <basics> — \"quoted\" \\"));
    }

    @Test
    void aDiagramIsPrintedAtThreeQuartersOfItsPixelSize() {
        assertEquals(203, SheetPages.printWidthMm("<svg xmlns=\"http://www.w3.org/2000/svg\" height=\"718px\" "
                + "viewBox=\"0 0 1021 718\" width=\"1021px\"><rect stroke-width=\"1\"/></svg>"));
        assertEquals(1000, SheetPages.printWidthMm("<svg viewBox=\"0 0 10 10\"><rect width=\"5\"/></svg>"),
                "no width: as wide as the page allows");
    }

    @Test
    void diagramLabelsAreSetInTheSheetsFonts() {
        assertEquals("<text font-family=\"SheetDiagram\">a</text><text font-family=\"SheetMono\">b</text>",
                SheetPages.inSheetFonts("<text font-family=\"sans-serif\">a</text><text font-family=\"monospace\">b</text>"));
    }

    @Test
    void aPromptFitsACheatSheetsColumnUpToTwelveLinesAndWithoutAPicture() {
        String code = "<pre><code class=\"language-js\">" + "x();\n".repeat(10) + "</code></pre>\n";
        assertTrue(SheetPages.fitsColumn(code + "<p>Two more lines</p>\n<p>of text.</p>\n"), "10 lines of code and 2 paragraphs");
        assertFalse(SheetPages.fitsColumn(code + "<p>Three</p><p>more</p><p>lines.</p>"), "13 lines");
        assertFalse(SheetPages.fitsColumn("<table>\n<tr><td>a</td></tr>\n".repeat(13) + "</table>"), "13 table rows");
        assertFalse(SheetPages.fitsColumn("<p><img src=\"media/a.png\" alt=\"A\"></p>"), "a picture");
        assertFalse(SheetPages.fitsColumn("<figure class=\"diagram\"><svg></svg></figure>"), "a diagram");
    }

    @Test
    void aCodeBlocksLinesAreCountedAsItsTextWithoutTagsPrints() {
        List<String> pieces = List.of("<span class=\"token keyword\">", "</span>", "x = 1;", "\n", " ", "\t", "<", ">",
                "a > b", "a < b", "<<", "\n\n", "&lt;", "<br>\n", "\u00A0", "\u2003");
        Random random = new Random(7);
        for (int round = 0; round < 5_000; round++) {
            String html = RandomPieces.joined(random, pieces, 12);
            assertEquals(html.replaceAll("<[^>]*>", "").strip().split("\n").length, SheetPages.lines(html), html);
        }
    }
}
