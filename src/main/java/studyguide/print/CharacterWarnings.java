package studyguide.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;

/**
 * What the build tells the person building about the sheets' characters that the PDFs cannot print as the
 * browser does: those the fonts have no glyph for, and right-to-left text. Each is one warning for all the
 * sheets, naming the first such character as an example.
 */
final class CharacterWarnings {

    private CharacterWarnings() {
    }

    /** The warnings for the characters the sheets use; none when the PDFs print them all as the browser does. */
    static List<String> of(Set<Integer> codePoints) {
        List<String> warnings = new ArrayList<>(2);
        SortedSet<Integer> uncovered = PrintFonts.uncovered(codePoints);
        if (!uncovered.isEmpty()) {
            warnings.add(uncovered(uncovered));
        }
        int rtl = firstRightToLeft(codePoints);
        if (rtl >= 0) {
            warnings.add(rightToLeft(rtl));
        }
        return warnings;
    }

    /**
     * The warning for the characters the PDFs print as '#', with the first as an example: the first Chinese,
     * Japanese or Korean one when there is one, with the advice that applies to whole scripts.
     */
    static String uncovered(SortedSet<Integer> uncovered) {
        int cjk = uncovered.stream().filter(PrintFonts::isCjk).findFirst().orElse(-1);
        int example = cjk >= 0 ? cjk : uncovered.first();
        return String.format(Locale.ROOT, "%s: the PDFs cannot show %d %s of the sheets, such as '%s' (U+%04X): their "
                + "fonts (DejaVu) have no glyph for %s, so each prints as '#'; the sheets' pages print them in the "
                + "browser with the reader's fonts (docs/languages.md)", Sheet.FOLDER, uncovered.size(),
                uncovered.size() == 1 ? "character" : "different characters", Character.toString(example), example,
                cjk >= 0 ? "them, nor any Chinese, Japanese or Korean" : "them");
    }

    /**
     * The first letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana...), or -1. openhtmltopdf
     * sets text in the order it is stored, left to right, unless its bidi splitter and reorderer are given to
     * it (openhtmltopdf-rtl-support, which brings
     * ICU4J to the build): without them such text
     * prints backwards, and Arabic with its letters unjoined.
     */
    static int firstRightToLeft(Set<Integer> codePoints) {
        for (int c : codePoints) {
            byte direction = Character.getDirectionality(c);
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return c;
            }
        }
        return -1;
    }

    private static String rightToLeft(int example) {
        return String.format(Locale.ROOT, "%s: the PDFs cannot print right-to-left text in order, such as '%s' "
                + "(U+%04X): its letters print from left to right, reversed, and Arabic letters unjoined; the sheets' "
                + "pages print it correctly from the browser (docs/languages.md)", Sheet.FOLDER,
                Character.toString(example), example);
    }
}
