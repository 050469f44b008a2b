package studyguide.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The character tests match what the patterns they stand in for match. */
class AsciiTextTest {

    @Test
    void spaceIsWhatTheSpacePatternMatches() {
        Pattern space = Pattern.compile("\\s");
        for (char c = 0; c < 0x3100; c++) {
            assertEquals(space.matcher(String.valueOf(c)).matches(), AsciiText.isSpace(c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void tagNamesMatchInAsciiOnlyAsInHtml() {
        assertTrue(AsciiText.startsIgnoringCase("x<ScRiPt>", 1, "<script"));
        assertFalse(AsciiText.startsIgnoringCase("<\u017Fcript>", 0, "<script"), "long s is no s to HTML");
        assertFalse(AsciiText.startsIgnoringCase("<scr", 0, "<script"));
        assertFalse(AsciiText.startsIgnoringCase("<script", 1, "<script"));
        assertFalse(AsciiText.startsIgnoringCase("<script", -1, "<script"));
    }
}
