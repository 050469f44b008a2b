package studyguide.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A line and column become the same offset as counting newlines from the top of the text would give. */
class LineStartsTest {

    @Test
    void offsetsMatchACountFromTheTop() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(80);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(4) == 0 ? '\n' : (char) ('a' + random.nextInt(3)));
            }
            String s = text.toString();
            LineStarts lines = LineStarts.of(s);
            for (int line = 0; line < 30; line++) {
                for (int column = 0; column < 5; column++) {
                    assertEquals(countFromTop(s, line, column), lines.offset(line, column),
                            "line " + line + ", column " + column + " of " + s.replace("\n", "\\n"));
                }
            }
        }
    }

    @Test
    void theFirstLineStartsAtZeroAndALineAfterANewlineStartsAfterIt() {
        LineStarts lines = LineStarts.of("ab\n\ncd\n");
        assertEquals(0, lines.offset(1, 1));
        assertEquals(1, lines.offset(1, 2));
        assertEquals(3, lines.offset(2, 1));
        assertEquals(4, lines.offset(3, 1));
        assertEquals(7, lines.offset(4, 1));
        assertEquals(7, lines.offset(9, 1));
    }

    private static int countFromTop(String source, int lineWanted, int column) {
        int line = 1;
        int i = 0;
        while (line < lineWanted && i < source.length()) {
            if (source.charAt(i++) == '\n') {
                line++;
            }
        }
        return i + Math.max(column - 1, 0);
    }
}
