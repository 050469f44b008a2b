package studyguide.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.jsoup.parser.Parser;
import studyguide.output.OutputFile;
import studyguide.parallel.Parallel;

/**
 * The fonts of the printable sheets, written to {@code assets/fonts/}: DejaVu Sans Condensed for the text
 * (narrow, so that three columns fit on a page, and with the arrows and symbols answers use), DejaVu Sans
 * Mono for code, and DejaVu Sans for diagram labels (PlantUML measures its text in a font of that width).
 *
 * <p>The fonts come from a jar on Maven Central (JasperReports' font extension ships the DejaVu TrueType
 * files unchanged), so the browser print and the PDF use the very same files on any machine, with no font
 * installed; font WebJars ship WOFF files, which the PDF renderer cannot embed. Each font is cut down to the
 * characters the sheets use (with PDFBox's subsetter), which makes the files small and the PDFs fast to
 * render, and drops kerning and ligature tables, so the browser and the PDF renderer set text with the
 * same glyph widths and break lines in the same places.
 */
public final class PrintFonts {

    private static final String JAR_FOLDER = "net/sf/jasperreports/fonts/dejavu/";

    /** The font files, as named in the jar and in {@code assets/fonts/}. */
    static final List<String> FILES = List.of("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf",
            "DejaVuSansCondensed-Oblique.ttf", "DejaVuSansMono.ttf", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf");

    /** The tables a font needs to be drawn by a browser and embedded in a PDF; no kerning or ligatures. */
    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cmap", "glyf", "hmtx", "name",
            "OS/2", "post");

    private PrintFonts() {
    }

    /**
     * The font files, cut down to {@code codePoints} and the printable ASCII and Latin-1 characters, and
     * their licence, under {@code assets/fonts/}; each subset taken from {@code cache} when it has it.
     */
    static List<OutputFile> collect(Set<Integer> codePoints, FontCache cache) throws IOException {
        // The subsetter takes only the Basic Multilingual Plane (an emoji would throw), and DejaVu has next to
        // nothing beyond it: such characters print as '#', which uncovered() names.
        SortedSet<Integer> keep = new TreeSet<>(codePoints.stream().filter(c -> c <= 0xFFFF).toList());
        for (int c = 0x20; c <= 0xFF; c++) {
            if (c < 0x7F || c >= 0xA0) {
                keep.add(c);
            }
        }
        keep.add(0x2022); // the bullet some browsers draw list markers with
        // The subsetter's class file, not the class: naming it must not load PDFBox, which a cached build never needs.
        URL subsetter = resource("org/apache/fontbox/ttf/TTFSubsetter.class");
        List<OutputFile> files;
        try {
            files = new ArrayList<>(Parallel.map(FILES, name -> {
                try {
                    byte[] bytes = cache.subset(resource(JAR_FOLDER + name), subsetter, TABLES, keep,
                            () -> subset(read(name), keep));
                    return new OutputFile("assets/fonts/" + name, bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        files.add(new OutputFile("assets/fonts/DejaVu-LICENSE.txt", read("LICENSE")));
        return files;
    }

    /** The address of a file on the class path; the font files' message when it is missing. */
    private static URL resource(String path) throws IOException {
        URL url = PrintFonts.class.getClassLoader().getResource(path);
        if (url == null) {
            throw new IOException("the file " + path + " is missing from the classpath (the fonts come from "
                    + "net.sf.jasperreports:jasperreports-fonts, the subsetter from org.apache.pdfbox:fontbox)");
        }
        return url;
    }

    /**
     * Marks in {@code used} (indexed by character) the characters of one sheet's page: in its text, its markup
     * or as character references.
     */
    static void addUsedBy(byte[] page, UsedCharacters used) {
        // Read as the UTF-8 it is: the sheets of 10,000 questions are tens of megabytes, and decoding each
        // into a String and a copy of its characters first cost more than this scan.
        // Only character references need decoding, and one never spans an '&': each '&' starts a piece
        // whose head is decoded and whose rest is literal text. Decoding the whole page costs much more.
        int start = 0;
        for (int amp = indexOf(page, '&', 0); amp >= 0; amp = indexOf(page, '&', amp + 1)) {
            addCodePoints(page, start, amp, used);
            int known = knownReference(page, amp, used);
            if (known == 0) {
                known = numericReference(page, amp, used);
            }
            if (known > 0) {
                start = amp + known;
                continue;
            }
            int end = indexOf(page, '&', amp + 1);
            int head = Math.min(end < 0 ? page.length : end, amp + LONGEST_REFERENCE);
            while (head < page.length && (page[head] & 0xC0) == 0x80) {
                head--; // not inside a character: back to its first byte, which an ASCII '&' is before
            }
            String decoded = Parser.unescapeEntities(new String(page, amp, head - amp, StandardCharsets.UTF_8), false);
            addCodePoints(decoded.toCharArray(), 0, decoded.length(), used);
            start = head;
        }
        addCodePoints(page, start, page.length, used);
    }

    /** The scripts of Chinese, Japanese and Korean, which DejaVu has no glyphs for. */
    private static final Set<Character.UnicodeScript> CJK_SCRIPTS = Set.of(Character.UnicodeScript.HAN,
            Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL,
            Character.UnicodeScript.BOPOMOFO);

    /**
     * The characters of {@code codePoints} that the PDFs cannot draw, as the text font's own character map
     * says ({@link FontCoverage}): Chinese, Japanese and Korean, emoji and everything else beyond the Basic
     * Multilingual Plane, and the scripts DejaVu lacks. Each prints as '#', and the build says so. Controls
     * and spaces are left out: they draw nothing either way.
     */
    public static SortedSet<Integer> uncovered(Set<Integer> codePoints) {
        SortedSet<Integer> missing = new TreeSet<>();
        for (int c : codePoints) {
            if (!FontCoverage.covers(c) && !Character.isISOControl(c) && !Character.isWhitespace(c)) {
                missing.add(c);
            }
        }
        return missing;
    }

    /**
     * Whether {@code c} is Chinese, Japanese or Korean, or their punctuation (the CJK symbols and full-width
     * forms): no font of those with a licence for redistribution is on Maven Central as TrueType (only as web
     * fonts, which the PDF renderer cannot embed), which the build's warning says.
     */
    public static boolean isCjk(int c) {
        return CJK_SCRIPTS.contains(Character.UnicodeScript.of(c)) || c >= 0x3000 && c <= 0x303F
                || c >= 0xFF01 && c <= 0xFF60;
    }

    /**
     * Longer than any character reference but numeric ones padded with dozens of zeros: the longest named
     * one, {@code &CounterClockwiseContourIntegral;}, has 33 characters. (A padded one would only lose its
     * glyph from the sheets' fonts.)
     */
    private static final int LONGEST_REFERENCE = 40;

    /** Marks the characters of {@code text}, a pair of surrogates as the one code point it stands for. */
    private static void addCodePoints(char[] text, int from, int to, UsedCharacters used) {
        // A loop over an array, not a stream of code points over a copy: the sheets of 10,000 questions
        // are tens of megabytes, and this was half of printing's time.
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text[i + 1])) {
                used.mark(Character.toCodePoint(c, text[++i]));
            } else {
                used.markInPlane(c);
            }
        }
    }

    /**
     * The characters of UTF-8 bytes, as {@link #addCodePoints(char[], int, int, UsedCharacters)} takes them
     * from text. A sequence cut short, which the build's own UTF-8 never has, is the replacement character, as
     * decoding would make it.
     */
    private static void addCodePoints(byte[] utf8, int from, int to, UsedCharacters used) {
        for (int i = from; i < to; i++) {
            int b = utf8[i];
            if (b >= 0) {
                used.markInPlane(b);
            } else if ((b & 0xE0) == 0xC0 && i + 1 < to) {
                used.markInPlane((b & 0x1F) << 6 | utf8[++i] & 0x3F);
            } else if ((b & 0xF0) == 0xE0 && i + 2 < to) {
                used.markInPlane((b & 0x0F) << 12 | (utf8[i + 1] & 0x3F) << 6 | utf8[i + 2] & 0x3F);
                i += 2;
            } else if ((b & 0xF8) == 0xF0 && i + 3 < to) {
                used.mark((b & 0x07) << 18 | (utf8[i + 1] & 0x3F) << 12 | (utf8[i + 2] & 0x3F) << 6 | utf8[i + 3] & 0x3F);
                i += 3;
            } else {
                used.markInPlane(0xFFFD);
            }
        }
    }

    /** The references the templates and Markdown escape with, and the character each stands for. */
    private static final String[] REFERENCES = {"&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&#x27;", "&apos;", "&nbsp;"};
    private static final char[] REFERENCED = {'&', '<', '>', '"', '\'', '\'', '\'', '\u00A0'};

    /**
     * The length of the reference at {@code amp} when it is one of {@link #REFERENCES}, with its character
     * marked used; else 0. Nearly every '&' of a sheet starts one of them, and decoding each with jsoup's
     * parser made it most of the scan's time.
     */
    private static int knownReference(byte[] page, int amp, UsedCharacters used) {
        for (int r = 0; r < REFERENCES.length; r++) {
            String reference = REFERENCES[r];
            int length = reference.length();
            if (amp + length <= page.length && startsWith(page, amp, reference)) {
                used.markInPlane(REFERENCED[r]);
                return length;
            }
        }
        return 0;
    }

    /**
     * The length of the numeric reference at {@code amp} ({@code &#9633;}, {@code &#x25A1;}) when it stands for
     * the code point it names, with that character marked used; else 0, and the
     * caller decodes it with jsoup: a reference without its ';', or a number HTML maps to another character
     * (0, the C1 controls that Windows-1252 gives other meanings, surrogates, beyond Unicode). A theme's
     * checkboxes are such references, tens of thousands in the sheets of 10,000 questions, and jsoup's parser
     * for each cost more than the rest of the scan.
     */
    private static int numericReference(byte[] page, int amp, UsedCharacters used) {
        int i = amp + 1;
        if (i >= page.length || page[i] != '#') {
            return 0;
        }
        i++;
        int radix = i < page.length && (page[i] == 'x' || page[i] == 'X') ? 16 : 10;
        if (radix == 16) {
            i++;
        }
        int start = i;
        int value = 0;
        for (; i < page.length && i - start < 7; i++) {
            int digit = Character.digit(page[i], radix);
            if (digit < 0) {
                break;
            }
            value = value * radix + digit;
        }
        if (i == start || i >= page.length || page[i] != ';'
                || value == 0 || value >= 0x80 && value <= 0x9F || value >= 0xD800 && value <= 0xDFFF || value > 0x10FFFF) {
            return 0;
        }
        used.mark(value);
        return i + 1 - amp;
    }

    private static boolean startsWith(byte[] bytes, int at, String ascii) {
        for (int i = 1; i < ascii.length(); i++) {
            if (bytes[at + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, char ascii, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == ascii) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] subset(byte[] font, Set<Integer> codePoints) throws IOException {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            TTFSubsetter subsetter = new TTFSubsetter(ttf, TABLES);
            subsetter.addAll(codePoints);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        }
    }

    private static byte[] read(String name) throws IOException {
        try (InputStream in = PrintFonts.class.getClassLoader().getResourceAsStream(JAR_FOLDER + name)) {
            if (in == null) {
                throw new IOException("the font file " + JAR_FOLDER + name + " is missing from the classpath "
                        + "(it comes from net.sf.jasperreports:jasperreports-fonts)");
            }
            return in.readAllBytes();
        }
    }
}
