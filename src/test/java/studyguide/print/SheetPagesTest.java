package studyguide.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

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
}
