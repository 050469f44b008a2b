package studyguide.render;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.regex.Pattern;

/**
 * Turns HTML that the build rendered into one line of readable text, for places that take text only
 * (structured data for search engines, link previews). Diagrams and code blocks are left out: they
 * read as noise in a sentence.
 */
public final class PlainText {

    private static final Pattern DROPPED = Pattern.compile(
            "<(svg|pre|script|style|template)\\b.*?</\\1\\s*>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK_END = Pattern.compile(
            "</(p|li|h[1-6]|td|th|tr|div|blockquote|figcaption)\\s*>|<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private PlainText() {
    }

    /** The text of an HTML fragment, whitespace collapsed, entities decoded; "" for null. */
    public static String of(String html) {
        if (html == null) {
            return "";
        }
        String text = DROPPED.matcher(html).replaceAll(" ");
        text = BLOCK_END.matcher(text).replaceAll(" ");
        text = TAG.matcher(text).replaceAll("");
        return SPACE.matcher(Escaping.unescapeHtml(text)).replaceAll(" ").strip();
    }
}
