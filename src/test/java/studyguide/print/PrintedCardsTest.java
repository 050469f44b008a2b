package studyguide.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.Cli;

/**
 * The printable flashcards line up when printed double-sided with a long-edge flip: on every front page,
 * the card in cell i carries a question, and the next page's cell mirror(i) (the same row, the other
 * column) carries that question's key points; on A4 and US Letter, for a category and the whole guide.
 */
class PrintedCardsTest {

    private static final double PT_PER_MM = 72 / 25.4;
    /** The grid of cards.ftlh and sheet.css: 2 x 4 cards of 95 x 63 mm, centred, 9 mm from the top. */
    private static final int COLUMNS = 2;
    private static final int ROWS = 4;
    private static final double CARD_WIDTH_MM = 95;
    private static final double CARD_HEIGHT_MM = 63;
    private static final double TOP_MM = 9;

    @TempDir
    static Path temp;

    static Path site;
    static SheetFixture fixture = new SheetFixture();

    @BeforeAll
    static void build() throws IOException {
        // 11 questions: a full sheet of eight, then a sheet with three and five empty cells.
        Path content = fixture.write(temp.resolve("content"), 11, 3);
        site = temp.resolve("site");
        Cli.Run run = Cli.build(content, site);
        assertEquals(0, run.exitCode(), run::toString);
    }

    @Test
    void eachFrontMeetsItsBackOnBothPapers() throws IOException {
        for (String scope : List.of("-cat0", "")) {
            List<SheetFixture.Question> questions = scope.isEmpty() ? fixture.questions() : fixture.questions("cat0");
            for (String paper : List.of("a4", "letter")) {
                String name = "cards" + scope + "-" + paper + ".pdf";
                List<List<String>> pages = cells(Files.readAllBytes(site.resolve("print/" + name)));
                int sheets = (questions.size() + COLUMNS * ROWS - 1) / (COLUMNS * ROWS);
                assertEquals(2 * sheets, pages.size(), name + ": a front and a back per sheet of cards");
                List<String> printed = new ArrayList<>();
                for (int p = 0; p < pages.size(); p += 2) {
                    for (int i = 0; i < COLUMNS * ROWS; i++) {
                        String front = pages.get(p).get(i);
                        String back = pages.get(p + 1).get(mirror(i));
                        Optional<SheetFixture.Question> q = questions.stream()
                                .filter(x -> front.contains(PdfText.squeeze(x.text()))).findFirst();
                        if (q.isEmpty()) {
                            assertEquals("", back, name + " page " + (p + 2) + ": the back of an empty card is empty");
                            continue;
                        }
                        printed.add(q.get().id());
                        String where = name + " page " + (p + 2) + " cell " + mirror(i) + ", behind " + q.get().id();
                        assertTrue(back.contains(PdfText.squeeze(q.get().keyPoints().get(0))), where + ": " + back);
                        questions.stream().filter(other -> other != q.get())
                                .forEach(other -> assertTrue(!back.contains(PdfText.squeeze(other.keyPoints().get(0)))
                                        || other.keyPoints().get(0).equals(q.get().keyPoints().get(0)), where));
                    }
                }
                assertEquals(questions.size(), printed.size(), name + ": every question on a card");
            }
        }
    }

    /** The cell of the back that a long-edge flip puts behind cell i of the front: same row, other column. */
    static int mirror(int i) {
        return i / COLUMNS * COLUMNS + (COLUMNS - 1 - i % COLUMNS);
    }

    /** Each page's text per card cell, row by row, squeezed. */
    private static List<List<String>> cells(byte[] pdf) throws IOException {
        List<List<String>> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                double width = page.getMediaBox().getWidth();
                double left = (width - COLUMNS * CARD_WIDTH_MM * PT_PER_MM) / 2;
                PDFTextStripperByArea areas = new PDFTextStripperByArea();
                areas.setSortByPosition(true);
                for (int i = 0; i < COLUMNS * ROWS; i++) {
                    // A millimetre inside the cut lines, so that a card's neighbour never counts.
                    areas.addRegion("c" + i, new Rectangle2D.Double(left + ((i % COLUMNS) * CARD_WIDTH_MM + 1) * PT_PER_MM,
                            (TOP_MM + (i / COLUMNS) * CARD_HEIGHT_MM + 1) * PT_PER_MM,
                            (CARD_WIDTH_MM - 2) * PT_PER_MM, (CARD_HEIGHT_MM - 2) * PT_PER_MM));
                }
                areas.extractRegions(page);
                List<String> texts = new ArrayList<>();
                for (int i = 0; i < COLUMNS * ROWS; i++) {
                    texts.add(PdfText.squeeze(areas.getTextForRegion("c" + i)));
                }
                pages.add(texts);
            }
        }
        return pages;
    }
}
