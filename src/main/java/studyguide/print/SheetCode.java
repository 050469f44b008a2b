package studyguide.print;

import java.util.Locale;
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
        HtmlTags.Pre pre = HtmlTags.pre(html, 0);
        if (pre == null) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 64);
        int done = 0;
        for (; pre != null; pre = HtmlTags.pre(html, pre.end())) {
            out.append(html, done, pre.contentStart()).append(breakable(html.substring(pre.contentStart(), pre.contentEnd())));
            done = pre.contentEnd();
        }
        return out.append(html, done, html.length()).toString();
    }

    /**
     * HTML with break opportunities after token-ending punctuation in its text (never inside a tag): after
     * {@code ( [ { , = :} followed, in the same text, by anything but a space or a closing bracket. A {@code <}
     * that no {@code >} closes is left out, as no tag can start there.
     */
    static String breakable(String html) {
        StringBuilder out = new StringBuilder(html.length() + 32);
        int n = html.length();
        int i = 0;
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                int close = html.indexOf('>', i + 1);
                if (close >= 0) {
                    out.append(html, i, close + 1);
                    i = close + 1;
                } else {
                    i++;
                }
                continue;
            }
            out.append(c);
            if (i + 1 < n && breaksAfter(c) && breaksBefore(html.charAt(i + 1))) {
                out.append("<wbr>");
            }
            i++;
        }
        return out.toString();
    }

    private static boolean breaksAfter(char c) {
        return c == '(' || c == '[' || c == '{' || c == ',' || c == '=' || c == ':';
    }

    /** Not the end of the text ({@code <}), a space or a closing bracket. */
    private static boolean breaksBefore(char c) {
        return !(c == '<' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                || c == ')' || c == ']' || c == '}');
    }
}
