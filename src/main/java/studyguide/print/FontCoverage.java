package studyguide.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.BitSet;

/**
 * The characters the sheets' text font, DejaVu Sans Condensed, has glyphs for, as its own character map
 * (its {@code cmap} table, the Windows Unicode subtable of format 4) says. Read here rather than with PDFBox's
 * font parser, which a build whose fonts come from the cache never loads: the table is a few kilobytes of a
 * font read once per process, and only for sheets with a character beyond Latin-1.
 */
final class FontCoverage {

    private static final String FONT = "net/sf/jasperreports/fonts/dejavu/DejaVuSansCondensed.ttf";

    /** The map, read on first use, once per process. */
    private static final class Loaded {
        static final BitSet MAPPED = read();
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
        return codePoint <= 0xFFFF && Loaded.MAPPED.get(codePoint);
    }

    private static BitSet read() {
        try (InputStream in = FontCoverage.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("the font " + FONT + " is missing from the classpath "
                        + "(it comes from net.sf.jasperreports:jasperreports-fonts)");
            }
            return mapped(ByteBuffer.wrap(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The characters a TrueType font's format 4 Unicode subtable maps to a glyph other than the missing one. */
    static BitSet mapped(ByteBuffer font) {
        int tables = font.getShort(4) & 0xFFFF;
        int cmap = -1;
        for (int t = 0; t < tables; t++) {
            int entry = 12 + 16 * t;
            if (font.getInt(entry) == 0x636D6170) { // 'cmap'
                cmap = font.getInt(entry + 8);
            }
        }
        if (cmap < 0) {
            throw new IllegalStateException("the font has no character map");
        }
        int subtables = font.getShort(cmap + 2) & 0xFFFF;
        for (int s = 0; s < subtables; s++) {
            int record = cmap + 4 + 8 * s;
            int platform = font.getShort(record) & 0xFFFF;
            int encoding = font.getShort(record + 2) & 0xFFFF;
            int at = cmap + font.getInt(record + 4);
            if ((platform == 3 && encoding == 1 || platform == 0 && encoding <= 3) && font.getShort(at) == 4) {
                return format4(font, at);
            }
        }
        throw new IllegalStateException("the font has no Unicode character map of format 4");
    }

    private static BitSet format4(ByteBuffer font, int at) {
        int segments = (font.getShort(at + 6) & 0xFFFF) / 2;
        int ends = at + 14;
        int starts = ends + 2 * segments + 2;
        int deltas = starts + 2 * segments;
        int offsets = deltas + 2 * segments;
        BitSet mapped = new BitSet(0x10000);
        for (int s = 0; s < segments; s++) {
            int end = font.getShort(ends + 2 * s) & 0xFFFF;
            int start = font.getShort(starts + 2 * s) & 0xFFFF;
            int delta = font.getShort(deltas + 2 * s);
            int offsetAt = offsets + 2 * s;
            int offset = font.getShort(offsetAt) & 0xFFFF;
            for (int c = start; c <= end && c != 0xFFFF; c++) {
                int glyph;
                if (offset == 0) {
                    glyph = (c + delta) & 0xFFFF;
                } else {
                    int index = font.getShort(offsetAt + offset + 2 * (c - start)) & 0xFFFF;
                    glyph = index == 0 ? 0 : (index + delta) & 0xFFFF;
                }
                if (glyph != 0) {
                    mapped.set(c);
                }
            }
        }
        return mapped;
    }
}
