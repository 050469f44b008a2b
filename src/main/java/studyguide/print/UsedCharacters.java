package studyguide.print;

import java.util.Set;
import java.util.TreeSet;

/**
 * The characters of the sheets, as {@link PrintFonts#addUsedBy} finds them: those of the Basic Multilingual
 * Plane in an array indexed by character, where the scan of tens of megabytes of sheets marks them with no
 * boxing or hashing, and the few beyond it (emoji, mathematical letters) in a set, so that the build can warn
 * about them though the fonts cannot hold them.
 */
final class UsedCharacters {

    private final boolean[] plane = new boolean[0x10000];
    private final Set<Integer> beyond = new TreeSet<>();

    /** Marks a character of the Basic Multilingual Plane: the scan's fast path. */
    void markInPlane(int c) {
        plane[c] = true;
    }

    /** Marks any code point. */
    void mark(int codePoint) {
        if (codePoint <= 0xFFFF) {
            plane[codePoint] = true;
        } else {
            beyond.add(codePoint);
        }
    }

    /** Adds the characters of {@code other}. */
    void addAll(UsedCharacters other) {
        for (int c = 0; c < plane.length; c++) {
            plane[c] |= other.plane[c];
        }
        beyond.addAll(other.beyond);
    }

    /** The characters marked, in order. */
    Set<Integer> codePoints() {
        Set<Integer> codePoints = new TreeSet<>();
        for (int c = 0; c < plane.length; c++) {
            if (plane[c]) {
                codePoints.add(c);
            }
        }
        codePoints.addAll(beyond);
        return codePoints;
    }
}
