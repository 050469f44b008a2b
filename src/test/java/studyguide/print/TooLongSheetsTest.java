package studyguide.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a large bank's build says about its sheets too long to print: few lines, each with advice that can be taken. */
class TooLongSheetsTest {

    private static final int KB = 1024;

    @Test
    void theWholeGuidesSheetsPointToTheCategoriesWhileTheirsFit() {
        Map<Sheet, Integer> tooLong = new LinkedHashMap<>();
        tooLong.put(new Sheet(Sheet.Kind.CHEATSHEET, null, "Guide"), 300 * KB);
        tooLong.put(new Sheet(Sheet.Kind.CARDS, null, "Guide"), 2_500 * KB);
        tooLong.put(new Sheet(Sheet.Kind.INTERVIEWER, "storage", "Storage"), 130 * KB);

        List<String> warnings = TooLongSheets.warnings(tooLong);

        assertEquals(List.of("the whole guide's cheat sheet and flashcard sheet (print/cheatsheet.html, print/cards.html) are too "
                + "long to print (300 and 2,500 KB of page, more than the 120 KB laid out as PDF pages): their PDFs only say so, "
                + "and their pages print from a browser; print a category's sheet instead",
                "the interviewer kit of category 'storage' (questions/storage.yaml) is too long to print (130 KB of page, more "
                + "than the 120 KB laid out as PDF pages): its PDFs only say so, and its page prints from a browser; split the "
                + "category into smaller ones, or shorten its key points"), warnings);
    }

    @Test
    void aWholeGuideSheetWhoseCategorySheetsAreTooLongToo() {
        Map<Sheet, Integer> tooLong = new LinkedHashMap<>();
        tooLong.put(new Sheet(Sheet.Kind.QUIZ, null, "Guide"), 900 * KB);
        tooLong.put(new Sheet(Sheet.Kind.QUIZ, "queries", "Queries"), 450 * KB);

        List<String> warnings = TooLongSheets.warnings(tooLong);

        assertEquals(2, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).endsWith("print a category's sheet where it fits, or shorten the key points"), warnings.get(0));
        // A quiz sheet prints no key points: only smaller categories make it shorter.
        assertTrue(warnings.get(1).startsWith("the quiz sheet of category 'queries' (questions/queries.yaml) is too long"),
                warnings.get(1));
        assertTrue(warnings.get(1).endsWith("split the category into smaller ones"), warnings.get(1));
    }

    @Test
    void aBankOfManyLongCategoriesGetsAFewLinesNotOneASheet() {
        Map<Sheet, Integer> tooLong = new LinkedHashMap<>();
        for (int c = 1; c <= 9; c++) {
            for (Sheet.Kind kind : Sheet.Kind.values()) {
                tooLong.put(new Sheet(kind, "c" + c, "C" + c), (200 + c) * KB);
            }
        }

        List<String> warnings = TooLongSheets.warnings(tooLong);

        assertEquals(TooLongSheets.CATEGORIES_APART + 1, warnings.size(), warnings::toString);
        for (int c = 1; c <= TooLongSheets.CATEGORIES_APART; c++) {
            String w = warnings.get(c - 1);
            assertTrue(w.startsWith("the cheat sheet, quiz sheet, interviewer kit and flashcard sheet of category 'c" + c
                    + "' (questions/c" + c + ".yaml) are too long to print (" + (200 + c) + ", " + (200 + c) + ", " + (200 + c)
                    + " and " + (200 + c) + " KB of page"), w);
        }
        assertEquals("the sheets of 4 more categories are too long to print as well, with the same stand-in PDFs: "
                + "'c6', 'c7', 'c8', 'c9' (questions/<category>.yaml)", warnings.get(warnings.size() - 1));
    }

    @Test
    void noSheetTooLongNoWarning() {
        assertEquals(List.of(), TooLongSheets.warnings(Map.of()));
    }

    @Test
    void theStandInSendsACategorysReaderToTheBrowserNotToACategorysSheet() {
        String category = TooLongSheets.standInText(new Sheet(Sheet.Kind.CARDS, "storage", "Storage"));
        String whole = TooLongSheets.standInText(new Sheet(Sheet.Kind.CARDS, null, "Guide"));
        assertFalse(category.contains("category"), category);
        assertTrue(category.contains("Open the page in a browser"), category);
        assertTrue(whole.contains("Print the sheet of one category instead"), whole);
    }
}
