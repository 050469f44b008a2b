package studyguide.social;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The cards' typeface: DejaVu Sans and DejaVu Sans Bold, loaded from the jar the printable sheets take them
 * from (net.sf.jasperreports:jasperreports-fonts ships the DejaVu files unchanged, under DejaVu's free
 * licence), so a card is drawn with the same glyphs on every machine, whatever fonts it has installed. Java2D
 * does not fall back to another font for a glyph a created font lacks: it draws a box, which
 * {@link #canDraw} lets a caller avoid.
 */
final class CardFont {

    /** The typeface's name, for messages. */
    static final String NAME = "DejaVu Sans";

    private static final String FOLDER = "net/sf/jasperreports/fonts/dejavu/";

    /** The fonts, loaded on first use, once per process: loading parses each file. */
    private static final class Loaded {
        static final Font REGULAR = load("DejaVuSans.ttf");
        static final Font BOLD = load("DejaVuSans-Bold.ttf");
    }

    private CardFont() {
    }

    static Font regular(float size) {
        return Loaded.REGULAR.deriveFont(size);
    }

    static Font bold(float size) {
        return Loaded.BOLD.deriveFont(size);
    }

    /** The first character of {@code text} the fonts have no glyph for, or -1 when they draw all of it. */
    static int missing(String text) {
        int at = Loaded.BOLD.canDisplayUpTo(text);
        int regular = Loaded.REGULAR.canDisplayUpTo(text);
        int first = at < 0 ? regular : regular < 0 ? at : Math.min(at, regular);
        return first < 0 ? -1 : text.codePointAt(first);
    }

    /** The address of the font files, which names the jar and so DejaVu's version: part of a card's cache key. */
    static String identity() {
        return String.valueOf(CardFont.class.getClassLoader().getResource(FOLDER + "DejaVuSans.ttf"));
    }

    private static Font load(String name) {
        try (InputStream in = CardFont.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the font " + FOLDER + name + " is missing from the classpath "
                        + "(it comes from net.sf.jasperreports:jasperreports-fonts)");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the font " + name + " cannot be read", e);
        }
    }
}
