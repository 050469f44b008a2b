package studyguide.load;

import java.util.Arrays;

/**
 * Where each line of a text starts, so that a line and column turn into an offset without scanning the
 * text from its top: a category file of thousands of questions asks this for every Markdown value.
 */
final class LineStarts {

    private final int[] starts;
    private final int length;

    private LineStarts(int[] starts, int length) {
        this.starts = starts;
        this.length = length;
    }

    static LineStarts of(String text) {
        int[] starts = new int[64];
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        return new LineStarts(Arrays.copyOf(starts, count), text.length());
    }

    /**
     * The offset of a 1-based line and column; past the last line, the text's end plus the column. A
     * column of 0 (unknown) counts as the line's first character.
     */
    int offset(int line, int column) {
        int start = line < 1 ? 0 : line <= starts.length ? starts[line - 1] : length;
        return start + Math.max(column - 1, 0);
    }
}
