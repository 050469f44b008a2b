package studyguide.print;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Code as a cheat sheet's column prints it. A column holds some 37 characters of code, fewer than most
 * lines, and both engines otherwise break an over-long line wherever the column ends, in the middle of a
 * name. So a line may break after punctuation that ends a token ({@code ( [ { , = :}), and only a single
 * token longer than the whole column is broken inside; a wrapped line continues two characters further in
 * than its own indentation, so that it reads as the same line.
 *
 * <p>Hand-written because it is a few lines on text this build escapes itself: the break opportunities are
 * {@code <wbr>} elements, which Chromium and openhtmltopdf both honour and which copying text leaves out.
 */
final class SheetCode {

    /** After these a line may break: the end of an argument, an opening bracket, an assignment. */
    private static final Pattern BREAK_AFTER = Pattern.compile("([(\\[{,=:])(?=[^\\s)\\]}])");
    private static final Pattern PRE = Pattern.compile("(<pre\\b[^>]*>)(.*?)(</pre>)", Pattern.DOTALL);
    private static final Pattern TAG_OR_TEXT = Pattern.compile("(<[^>]*>)|([^<]+)");
    /** The width of one character of the monospaced font, in em (DejaVu Sans Mono: 1233 of 2048 units). */
    private static final double CHAR_EM = 0.602;
    private static final int HANG = 2;

    private SheetCode() {
    }

    /** A snippet's source as the HTML inside its {@code <pre><code>}: one block per line, with break opportunities. */
    static String lines(String code) {
        StringBuilder html = new StringBuilder();
        for (String line : code.stripTrailing().split("\n", -1)) {
            String text = line.stripTrailing();
            int indent = 0;
            int i = 0;
            for (; i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t'); i++) {
                indent += text.charAt(i) == '\t' ? 4 : 1;
            }
            html.append(String.format(Locale.ROOT,
                    "<span class=\"sheet-code-line\" style=\"padding-left: %.2fem; text-indent: -%.2fem\">",
                    (indent + HANG) * CHAR_EM, HANG * CHAR_EM));
            // An empty line keeps its height with a space, as in the source.
            html.append(i == text.length() ? " " : breakable(Entities.escape(text.substring(i))));
            html.append("</span>");
        }
        return html.toString();
    }

    /** Rendered Markdown with break opportunities in its code blocks (a prompt's code). */
    static String inCodeBlocks(String html) {
        if (!html.contains("<pre")) {
            return html;
        }
        return PRE.matcher(html).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + breakable(m.group(2)) + m.group(3)));
    }

    /** HTML with break opportunities after token-ending punctuation in its text (never inside a tag). */
    static String breakable(String html) {
        Matcher m = TAG_OR_TEXT.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 32);
        while (m.find()) {
            if (m.group(1) != null) {
                out.append(m.group(1));
            } else {
                out.append(BREAK_AFTER.matcher(m.group(2)).replaceAll("$1<wbr>"));
            }
        }
        return out.toString();
    }
}
