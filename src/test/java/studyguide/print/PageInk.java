package studyguide.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * How far down each page of a PDF the ink reaches, as PDFBox draws it: a blank page, or one left half
 * empty because the next block did not fit, shows as a low figure. The bottom band of the page (the
 * footer's margin) is left out, so that a page holding only its footer counts as blank.
 */
public final class PageInk {

    /** Pages are drawn at this resolution: enough to see a line of 7 pt type, cheap to scan. */
    private static final float DPI = 30;
    /** Lighter than this grey is paper: small grey type drawn at this resolution is light. */
    private static final int PAPER = 240;
    /** The band at the foot of every page that holds the footer (sheets) or the margin (Ctrl+P). */
    private static final double FOOTER_MM = 10;

    private PageInk() {
    }

    /**
     * For every page, the lowest inked row above the footer band as a share of that band's top: 0 for a
     * blank page, near 1 for a full one.
     */
    public static List<Double> filled(byte[] pdf) throws IOException {
        List<Double> filled = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, DPI, ImageType.GRAY);
                int body = image.getHeight() - (int) Math.round(FOOTER_MM / 25.4 * DPI);
                int last = -1;
                for (int y = body - 1; y >= 0 && last < 0; y--) {
                    for (int x = 0; x < image.getWidth(); x++) {
                        if ((image.getRGB(x, y) & 0xff) < PAPER) {
                            last = y;
                            break;
                        }
                    }
                }
                filled.add((last + 1) / (double) body);
            }
        }
        return filled;
    }

    /**
     * The pages, numbered from 1, that ink less than half of, and a last page with no ink at all: only the
     * last page may be short, and those that {@code endsPart} says end a part of the document that the
     * next page starts afresh (a quiz sheet's questions before its answer key).
     */
    public static List<String> mostlyEmpty(byte[] pdf, IntPredicate endsPart) throws IOException {
        List<Double> filled = filled(pdf);
        List<String> empty = new ArrayList<>();
        for (int i = 0; i < filled.size(); i++) {
            boolean last = i == filled.size() - 1;
            double least = last || endsPart.test(i + 1) ? 0.01 : 0.5;
            if (filled.get(i) < least) {
                empty.add(String.format(Locale.ROOT, "page %d of %d (%.0f%% inked)", i + 1, filled.size(),
                        filled.get(i) * 100));
            }
        }
        return empty;
    }
}
