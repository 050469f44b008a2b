package studyguide.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The sizes, in points, at which a PDF prints its letters, as placed on the page (the text matrix's scale,
 * which PDFBox's rounded {@code getFontSizeInPt} does not give). Diagram labels (the sheet's diagram font,
 * DejaVu Sans) are left out: a diagram wider than the page is scaled down to fit it.
 */
public final class PdfFontSizes extends PDFTextStripper {

    private final List<Float> sizes = new ArrayList<>();

    private PdfFontSizes() {
    }

    /** The smallest size of any visible letter or digit in the PDF. */
    public static float smallest(byte[] pdf) throws IOException {
        PdfFontSizes stripper = new PdfFontSizes();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            stripper.getText(document);
        }
        return (float) stripper.sizes.stream().mapToDouble(Float::doubleValue).min().orElse(0);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        String font = text.getFont().getName() == null ? "" : text.getFont().getName();
        boolean diagram = font.endsWith("+DejaVuSans") || font.endsWith("+DejaVuSans-Bold");
        if (!diagram && text.getUnicode() != null && text.getUnicode().codePoints().anyMatch(Character::isLetterOrDigit)) {
            sizes.add(Math.min(text.getXScale(), text.getYScale()));
        }
        super.processTextPosition(text);
    }
}
