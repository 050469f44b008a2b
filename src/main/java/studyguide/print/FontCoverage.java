package studyguide.print;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The characters the sheets' text font, DejaVu Sans Condensed, has glyphs for, as the JDK's font reader (the one the
 * social cards draw with) reads its character map: PDFBox's font parser, which a build whose fonts come from the
 * cache never loads, is not needed for it. The font is read once per process, and only for sheets with a character
 * beyond Latin-1.
 */
final class FontCoverage {

    private static final String FONT = "net/sf/jasperreports/fonts/dejavu/DejaVuSansCondensed.ttf";

    /** The font, read on first use. */
    private static final class Loaded {
        static final Font TEXT = read();
    }

    private FontCoverage() {
    }

    /**
     * Whether the PDFs can draw {@code codePoint}: the font maps it to a glyph, and it is in the Basic
     * Multilingual Plane, the only one PDFBox's subsetter keeps (DejaVu has next to nothing beyond it).
     */
    static boolean covers(int codePoint) {
        if (codePoint <= 0xFF) {
            return true; // ASCII and Latin-1, which DejaVu has whole: no need to read the font
        }
        return codePoint <= 0xFFFF && Loaded.TEXT.canDisplay(codePoint);
    }

    private static Font read() {
        try (InputStream in = FontCoverage.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("the font " + FONT + " is missing from the classpath "
                        + "(it comes from net.sf.jasperreports:jasperreports-fonts)");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the font " + FONT + " cannot be read", e);
        }
    }
}
