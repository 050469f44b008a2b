package studyguide.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import studyguide.RandomPieces;

/**
 * The sheets' fonts keep every character the sheets show: those written as they are and those written as
 * character references, within the Basic Multilingual Plane and beyond it; and the build knows which of them
 * the fonts cannot draw.
 */
class PrintFontsTest {

    private static final List<String> PIECES = List.of("plain text ", "<p class=\"x\">", "&amp;", "&lt;code&gt;",
            "&eacute;", "&#x2014;", "&#8364;", "&#x1F600;", "&CounterClockwiseContourIntegral;", "&nbsp", "& ", "&&",
            "AT&T", "é", "—", "中文", "😀", "\uD83D", "\uDE00", "x\uD83D", "&#xD83D;", "→", "\t\n", "&", "&#", "&#x;",
            "&quot;", "&#39;", "&#x27;", "&apos;", "&nbsp;", "&amp", "&ampx;", "&lt", "&gt;→", "&#8212;",
            // Numeric references as a theme writes them, and those HTML reads as another character or none.
            "&#9633;", "&#x25a1;", "&#X25A1;", "&#65;", "&#9633", "&#0000009633;", "&#128;", "&#x9F;", "&#x80;",
            "&#0;", "&#xD7FF;", "&#xE000;", "&#x10FFFF;", "&#x110000;", "&#99999999;", "&#x;", "&#-1;", "&#x1g;");

    @Test
    void everyCharacterOfTheSheetsIsKeptDecodedOrNot() {
        Random random = new Random(22);
        for (int round = 0; round < 2_000; round++) {
            // As the page's bytes say: a lone surrogate is not UTF-8, and is written as '?'.
            String html = new String(RandomPieces.joined(random, PIECES, 30).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            assertEquals(decodedWhole(html), usedBy(html), html);
        }
    }

    @Test
    void charactersOfSeveralSheetsAreTogether() {
        assertEquals(Set.of((int) 'a', (int) '&', (int) 'é', (int) '—', 0x1F600, 0x1F469),
                usedBy("a&amp;", "&eacute;&#x2014;😀", "&#x1F469;"));
    }

    @Test
    void theCharactersTheFontLacksAreThoseItsCharacterMapHasNot() {
        // Latin, Greek, Cyrillic, Hebrew, arrows and box drawing are DejaVu's; CJK, Devanagari and emoji are not.
        Set<Integer> used = usedBy("aé€αжש→─", "中、", "क", "👩😀", "\t\u00A0");
        assertEquals(List.of((int) 'क', (int) '、', (int) '中', 0x1F469, 0x1F600), List.copyOf(PrintFonts.uncovered(used)));
        assertEquals("print/: the PDFs cannot show 5 different characters of the sheets, such as '、' (U+3001): their "
                + "fonts (DejaVu) have no glyph for them, nor any Chinese, Japanese or Korean, so each prints as '#'; "
                + "the sheets' pages print them in the browser with the reader's fonts (docs/languages.md)",
                CharacterWarnings.uncovered(PrintFonts.uncovered(used)));
        assertEquals("print/: the PDFs cannot show 1 character of the sheets, such as '👩' (U+1F469): their "
                + "fonts (DejaVu) have no glyph for them, so each prints as '#'; the sheets' pages print them in the "
                + "browser with the reader's fonts (docs/languages.md)",
                CharacterWarnings.uncovered(PrintFonts.uncovered(usedBy("café 👩"))));
    }

    /** The whole page decoded at once. */
    private static Set<Integer> decodedWhole(String html) {
        Set<Integer> expected = new TreeSet<>();
        Parser.unescapeEntities(html, false).codePoints().forEach(expected::add);
        return expected;
    }

    /** The characters of the pages together, as printing collects them for the fonts. */
    private static Set<Integer> usedBy(String... pages) {
        UsedCharacters used = new UsedCharacters();
        for (String page : pages) {
            PrintFonts.addUsedBy(page.getBytes(StandardCharsets.UTF_8), used);
        }
        return used.codePoints();
    }
}
