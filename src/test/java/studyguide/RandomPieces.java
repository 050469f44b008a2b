package studyguide;

import java.util.List;
import java.util.Random;

/**
 * Texts made of random pieces, for the tests that compare a fast path with the plain way it replaces
 * (a regular expression, a library's encoder) on thousands of inputs: the pieces are the cases that path
 * must get right, in any order and next to each other.
 */
public final class RandomPieces {

    private RandomPieces() {
    }

    /** Fewer than {@code bound} pieces, as many as {@code random} says, each drawn from {@code pieces}. */
    public static String joined(Random random, List<String> pieces, int bound) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(bound); i > 0; i--) {
            text.append(pieces.get(random.nextInt(pieces.size())));
        }
        return text.toString();
    }
}
