package studyguide.social;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import studyguide.markdown.PlainText;

/**
 * Text broken into lines no wider than a width, at most a number of lines, the last one ending in an ellipsis
 * when the text does not fit. Written here because Java2D's {@code LineBreakMeasurer} wraps but cannot stop
 * after a number of lines with an ellipsis; the places where a line may break are {@link BreakIterator}'s,
 * so words stay whole and a word wider than a line is cut between its characters.
 */
final class Lines {

    static final String ELLIPSIS = "\u2026";

    /** How wide a piece of text is drawn, in the unit of the width it must fit. */
    interface Width {
        double of(String text);
    }

    private Lines() {
    }

    /** The text's lines, each within {@code width}, at most {@code maxLines}; empty for blank text. */
    static List<String> wrap(String text, Width measure, double width, int maxLines) {
        String rest = PlainText.oneLine(text);
        List<String> lines = new ArrayList<>();
        while (!rest.isEmpty() && lines.size() < maxLines) {
            int end = fits(rest, measure, width);
            lines.add(rest.substring(0, end).stripTrailing());
            rest = rest.substring(end).stripLeading();
        }
        if (!rest.isEmpty()) {
            lines.set(lines.size() - 1, ellipsis(lines.get(lines.size() - 1), measure, width));
        }
        return lines;
    }

    /** The longest start of {@code text} that fits in a line: up to a break, else as many characters as fit (at least one). */
    private static int fits(String text, Width measure, double width) {
        if (measure.of(text) <= width) {
            return text.length();
        }
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.ROOT);
        breaks.setText(text);
        int best = 0;
        for (int b = breaks.next(); b != BreakIterator.DONE && measure.of(text.substring(0, b).stripTrailing()) <= width;
                b = breaks.next()) {
            best = b;
        }
        if (best > 0) {
            return best;
        }
        int end = text.offsetByCodePoints(0, 1);
        while (end < text.length() && measure.of(text.substring(0, text.offsetByCodePoints(end, 1))) <= width) {
            end = text.offsetByCodePoints(end, 1);
        }
        return end;
    }

    /**
     * The line shortened until it fits with an ellipsis after it; back to the end of a word when that cut a
     * word in two and the line keeps at least half its length.
     */
    private static String ellipsis(String line, Width measure, double width) {
        String cut = line;
        while (!cut.isEmpty() && measure.of(cut + ELLIPSIS) > width) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        int space = cut.lastIndexOf(' ');
        if (cut.length() < line.length() && line.charAt(cut.length()) != ' ' && space > cut.length() / 2) {
            cut = cut.substring(0, space);
        }
        // "products,…" reads as a list cut short; "products…" as the text cut short, which it is.
        return cut.stripTrailing().replaceAll("[,;:]+$", "") + ELLIPSIS;
    }
}
