package studyguide.social;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A card's title broken into lines: whole words, a word too long for a line cut, an ellipsis after the last line. */
class LinesTest {

    /** One unit a character, so that the widths below are counts of characters. */
    private static final Lines.Width CHARACTERS = String::length;

    @Test
    void aShortTitleIsOneLine() {
        assertEquals(List.of("What is a GSI?"), Lines.wrap("What is a GSI?", CHARACTERS, 20, 4));
    }

    @Test
    void linesBreakBetweenWordsAndSpacesCollapse() {
        assertEquals(List.of("How do you choose a", "partition key?"),
                Lines.wrap("  How do you choose a\n  partition   key? ", CHARACTERS, 20, 4));
    }

    @Test
    void aWordWiderThanALineIsCutBetweenItsCharacters() {
        assertEquals(List.of("abcdefghij", "klmno"), Lines.wrap("abcdefghijklmno", CHARACTERS, 10, 4));
    }

    @Test
    void textBeyondTheLastLineEndsInAnEllipsisAfterAWholeWord() {
        assertEquals(List.of("one two three", "four five six…"),
                Lines.wrap("one two three four five six seven eight", CHARACTERS, 14, 2));
    }

    @Test
    void aCommaBeforeTheEllipsisIsDropped() {
        assertEquals(List.of("orders, customers…"), Lines.wrap("orders, customers, products", CHARACTERS, 20, 1));
    }

    @Test
    void theEllipsisCutsALongWordWhenNoSpaceIsNearTheEnd() {
        assertEquals(List.of("abcdefghi…"), Lines.wrap("abcdefghijklmnopqrst", CHARACTERS, 10, 1));
    }

    @Test
    void blankTextHasNoLines() {
        assertEquals(List.of(), Lines.wrap(" \n ", CHARACTERS, 10, 4));
    }
}
