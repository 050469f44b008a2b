package studyguide.print;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * The text of a PDF page by page and, for the cheat sheet's three columns, column by column, compared with
 * all white space removed (so that line wrapping does not matter). Built with PDFBox's text extraction, so
 * only real, selectable text counts.
 */
public final class PdfText {

    /** The sheet stylesheet's left and right page margins and column gap, in mm. */
    private static final double MARGIN_MM = 8;
    private static final double GAP_MM = 5;
    private static final double PT_PER_MM = 72 / 25.4;

    /** One page's text, whole (in the order it was drawn) and per column (in reading order). */
    public record Page(int number, String text, List<String> columns) {
    }

    private final List<Page> pages = new ArrayList<>();
    private final List<String> fonts = new ArrayList<>();
    private final List<String> unembeddedFonts = new ArrayList<>();
    private final float widthPt;
    private final float heightPt;

    public PdfText(byte[] pdf, int columns) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage first = document.getPage(0);
            widthPt = first.getMediaBox().getWidth();
            heightPt = first.getMediaBox().getHeight();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                PDPage page = document.getPage(i);
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                String text = stripper.getText(document);
                PDFTextStripperByArea areas = new PDFTextStripperByArea();
                // Columns in reading order: openhtmltopdf draws a line's code spans after its other words.
                areas.setSortByPosition(true);
                double width = page.getMediaBox().getWidth();
                double column = (width - (2 * MARGIN_MM + (columns - 1) * GAP_MM) * PT_PER_MM) / columns;
                for (int c = 0; c < columns; c++) {
                    // Each strip takes its column and half of the gaps beside it.
                    double left = c == 0 ? 0 : (MARGIN_MM + GAP_MM / 2) * PT_PER_MM + c * column + (c - 1) * GAP_MM * PT_PER_MM;
                    double right = c == columns - 1 ? width : (MARGIN_MM + GAP_MM / 2) * PT_PER_MM + (c + 1) * column + c * GAP_MM * PT_PER_MM;
                    areas.addRegion("c" + c, new Rectangle2D.Double(left, 0, right - left, page.getMediaBox().getHeight()));
                }
                areas.extractRegions(page);
                List<String> columnTexts = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    columnTexts.add(squeeze(areas.getTextForRegion("c" + c)));
                }
                pages.add(new Page(i + 1, squeeze(text), columnTexts));
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    if (!font.isEmbedded()) {
                        unembeddedFonts.add(font.getName());
                    }
                }
            }
        }
    }

    /** Text without white space, the form every comparison uses. */
    public static String squeeze(String text) {
        return text.replaceAll("[\\s\\u00AD]+", "");
    }

    public List<Page> pages() {
        return pages;
    }

    public int pageCount() {
        return pages.size();
    }

    public float widthPt() {
        return widthPt;
    }

    public float heightPt() {
        return heightPt;
    }

    /** The names of the fonts the pages use (with their subset prefix). */
    public List<String> fonts() {
        return fonts;
    }

    public List<String> unembeddedFonts() {
        return unembeddedFonts;
    }

    /** The whole document's text, squeezed. */
    public String text() {
        return String.join("", pages.stream().map(Page::text).toList());
    }

    /** Where a text first appears as a whole: a page number and a column index (-1 when only the page has it). */
    public record Place(int page, int column) {
    }

    public Optional<Place> find(String text) {
        String wanted = squeeze(text);
        for (Page p : pages) {
            for (int c = 0; c < p.columns().size(); c++) {
                if (p.columns().get(c).contains(wanted)) {
                    return Optional.of(new Place(p.number(), c));
                }
            }
            if (p.text().contains(wanted)) {
                return Optional.of(new Place(p.number(), -1));
            }
        }
        return Optional.empty();
    }

    /** Whether the text appears whole within one column of one page. */
    public boolean inColumn(Place place, String text) {
        return place.column() >= 0
                && pages.get(place.page() - 1).columns().get(place.column()).contains(squeeze(text));
    }
}
