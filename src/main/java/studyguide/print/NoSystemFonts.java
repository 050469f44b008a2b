package studyguide.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Stops PDFBox from searching the machine's fonts for a font a PDF names but does not embed (openhtmltopdf
 * sets up PDF's built-in fonts such as Symbol this way). That search reads every installed font and writes a
 * cache to {@code ~/.pdfbox.cache}; the sheets embed their own fonts, so the machine's fonts must neither slow
 * the build down nor change its output. Every request gets the font PDFBox ships as its last resort.
 */
final class NoSystemFonts implements FontMapper {

    private static final String FALLBACK = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private TrueTypeFont fallback;

    private synchronized TrueTypeFont fallback() {
        if (fallback == null) {
            try (InputStream in = FontMapper.class.getResourceAsStream(FALLBACK)) {
                if (in == null) {
                    throw new IOException("PDFBox's fallback font " + FALLBACK + " is missing");
                }
                fallback = new TTFParser().parse(new RandomAccessReadBuffer(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fallback;
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(fallback(), true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(fallback(), true);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
        return new CIDFontMapping(null, fallback(), true);
    }
}
