package studyguide.diagram;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The narrowest width, in CSS pixels, at which a diagram's smallest text is still {@value #SMALLEST_TEXT} px
 * high. A diagram is shown no narrower: on a phone a wide one scrolls sideways instead of shrinking until its
 * labels are unreadable (PlantUML's 11 px labels in a 1,400 px timing diagram were 4.5 px at 390 px).
 *
 * <p>It reads PlantUML's SVG with two regular expressions rather than an XML parser: the root's
 * {@code width} and every {@code font-size}, in the forms PlantUML writes (an attribute, or a declaration in
 * a style), are all it needs, and a diagram can be megabytes of SVG. The pages pass it to the theme as
 * the CSS variable {@code --readable-width}, which {@code .diagram-image svg} takes as its {@code min-width}.
 */
public final class ReadableWidth {

    /** The smallest text a diagram shows, in CSS pixels. */
    public static final double SMALLEST_TEXT = 9;

    private static final Pattern ROOT_WIDTH = Pattern.compile("<svg\\b[^>]*?\\swidth=\"([0-9.]+)(?:px)?\"");
    private static final Pattern FONT_SIZE = Pattern.compile("font-size(?:=\"|:\\s*)([0-9.]+)");

    private ReadableWidth() {
    }

    /** The width in whole pixels, rounded up; 0 when the SVG says neither its width nor a font size. */
    public static int of(String svg) {
        Matcher root = ROOT_WIDTH.matcher(svg);
        if (!root.find()) {
            return 0;
        }
        double width = Double.parseDouble(root.group(1));
        double smallest = Double.MAX_VALUE;
        Matcher font = FONT_SIZE.matcher(svg);
        while (font.find()) {
            double size = Double.parseDouble(font.group(1));
            if (size > 0) {
                smallest = Math.min(smallest, size);
            }
        }
        if (smallest == Double.MAX_VALUE || width <= 0) {
            return 0;
        }
        return (int) Math.ceil(width * SMALLEST_TEXT / smallest);
    }
}
