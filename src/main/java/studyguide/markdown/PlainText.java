package studyguide.markdown;

import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Readable text for places that take text only: the search index (from a Markdown tree) and
 * structured data or link previews (from rendered HTML, with diagrams and code left out).
 */
public final class PlainText {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    /** Elements whose content is not text; an element without its end tag is left to the tag pass. */
    private static final String[] DROPPED = {"svg", "pre", "script", "style", "template"};
    /** End tags of blocks, which {@code <br>} joins: each becomes a space, so words never run together. */
    private static final String[] BLOCK_END = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "div",
        "blockquote", "figcaption"};

    private PlainText() {
    }

    /**
     * The text of an HTML fragment, whitespace collapsed, entities decoded; "" for null. Elements that
     * hold no text (svg, pre, script, style, template) are left out, block ends become spaces, and every
     * other tag is dropped, in that order, each pass over the result of the one before.
     *
     * <p>The passes are written out rather than regular expressions: tried at every character of every
     * answer, the expressions took 1 s of CPU at 10,000 questions. {@code PlainTextHtmlTest} checks that the
     * passes give what those expressions give.
     */
    public static String of(String html) {
        if (html == null) {
            return "";
        }
        String text = withoutTags(withoutBlockEnds(withoutDropped(html)));
        if (text.indexOf('&') >= 0) {
            text = Escaping.unescapeHtml(text);
        }
        return oneLine(text);
    }

    /** Each {@code <name ...>...</name>} of a dropped element, up to the first end tag of its name, as a space. */
    private static String withoutDropped(String html) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
            for (String name : DROPPED) {
                int afterName = i + 1 + name.length();
                if (!AsciiText.startsIgnoringCase(html, i + 1, name) || !wordBoundary(html, afterName)) {
                    continue;
                }
                int end = endTag(html, afterName, name);
                if (end >= 0) {
                    out = out != null ? out : new StringBuilder(html.length());
                    out.append(html, copied, i).append(' ');
                    copied = end;
                    i = end - 1;
                }
                break; // no other name can start here followed by a word boundary
            }
        }
        return out == null ? html : out.append(html, copied, html.length()).toString();
    }

    /** Where the first {@code </name>} (spaces allowed before '>') at or after {@code from} ends, or -1. */
    private static int endTag(String html, int from, String name) {
        for (int j = html.indexOf("</", from); j >= 0; j = html.indexOf("</", j + 1)) {
            if (AsciiText.startsIgnoringCase(html, j + 2, name)) {
                int k = skipSpace(html, j + 2 + name.length());
                if (k < html.length() && html.charAt(k) == '>') {
                    return k + 1;
                }
            }
        }
        return -1;
    }

    /** Each block end tag and {@code <br>} as a space. */
    private static String withoutBlockEnds(String html) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
            int end = blockEnd(html, i);
            if (end >= 0) {
                out = out != null ? out : new StringBuilder(html.length());
                out.append(html, copied, i).append(' ');
                copied = end;
                i = end - 1;
            }
        }
        return out == null ? html : out.append(html, copied, html.length()).toString();
    }

    /** Where a block end tag or {@code <br>} that starts at {@code i} ends, or -1. */
    private static int blockEnd(String html, int i) {
        if (i + 1 < html.length() && html.charAt(i + 1) == '/') {
            for (String name : BLOCK_END) {
                if (AsciiText.startsIgnoringCase(html, i + 2, name)) {
                    int k = skipSpace(html, i + 2 + name.length());
                    if (k < html.length() && html.charAt(k) == '>') {
                        return k + 1;
                    }
                }
            }
            return -1;
        }
        if (AsciiText.startsIgnoringCase(html, i + 1, "br")) {
            int k = skipSpace(html, i + 3);
            if (k < html.length() && html.charAt(k) == '/') {
                k++;
            }
            if (k < html.length() && html.charAt(k) == '>') {
                return k + 1;
            }
        }
        return -1;
    }

    /** Every {@code <...>} dropped; a '<' with no '>' after it stays. */
    private static String withoutTags(String html) {
        int i = html.indexOf('<');
        if (i < 0) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length());
        int copied = 0;
        for (; i >= 0; i = html.indexOf('<', i)) {
            int close = html.indexOf('>', i + 1);
            if (close < 0) {
                break;
            }
            out.append(html, copied, i);
            copied = close + 1;
            i = close + 1;
        }
        return out.append(html, copied, html.length()).toString();
    }

    /**
     * {@code text.replaceAll("\\s+", " ").strip()}: each run of the characters {@code \s} matches one space, then no
     * white space at either end, which is also what stripping first and then collapsing gives. Most texts (a key
     * point, a line of a prompt, a title) have nothing to change and are not copied; the search entries made it by
     * the pattern in 8 % of their time.
     */
    public static String oneLine(String text) {
        StringBuilder out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (AsciiText.isSpace(c) && (c != ' ' || i + 1 < n && AsciiText.isSpace(text.charAt(i + 1)))) {
                if (out == null) {
                    out = new StringBuilder(n).append(text, 0, i);
                }
                while (i + 1 < n && AsciiText.isSpace(text.charAt(i + 1))) {
                    i++;
                }
                out.append(' ');
            } else if (out != null) {
                out.append(c);
            }
        }
        return (out == null ? text : out.toString()).strip();
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && AsciiText.isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A regular expression's word boundary after a letter: the end, or a character that does not continue a word. */
    private static boolean wordBoundary(String s, int at) {
        if (at >= s.length()) {
            return true;
        }
        int c = s.codePointAt(at);
        return !(Character.isLetterOrDigit(c) || c == '_' || Character.getType(c) == Character.NON_SPACING_MARK);
    }

    /** The text of a parsed Markdown document, code included and PlantUML source left out. */
    static String of(Node document, boolean rawHtml) {
        StringBuilder out = new StringBuilder();
        collect(document, rawHtml, out);
        return out.toString();
    }

    /**
     * The text of each part of a document whose top-level blocks are split by separator blocks, each as
     * {@link #of(Node, boolean)} gives it for a document of that part's blocks alone.
     */
    static List<String> ofParts(Node document, boolean rawHtml, Predicate<Node> separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder out = new StringBuilder("\n");
        for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
            if (separator.test(child)) {
                parts.add(out.append('\n').toString());
                out = new StringBuilder("\n");
            } else {
                collect(child, rawHtml, out);
            }
        }
        parts.add(out.append('\n').toString());
        return parts;
    }

    /**
     * Raw HTML is markup in the author's Markdown files, but shown as text in Markdown from YAML, so
     * there it is text to index and show, like the page does.
     */
    private static void collect(Node node, boolean rawHtml, StringBuilder out) {
        if (!rawHtml && (node instanceof HtmlInline || node instanceof HtmlBlock)) {
            out.append(node.getChars());
            return;
        }
        if (node instanceof FencedCodeBlock fence) {
            if (!"plantuml".equals(fence.getInfo().toString().strip())) {
                out.append('\n').append(fence.getContentChars()).append('\n');
            }
        } else if (node instanceof IndentedCodeBlock || node instanceof CodeBlock) {
            out.append('\n').append(node.getChars()).append('\n');
        } else if (node instanceof HtmlBlock && !(node instanceof HtmlCommentBlock)) {
            out.append('\n').append(TAG.matcher(node.getChars()).replaceAll(" ")).append('\n');
        } else if (node instanceof Text text) {
            out.append(text.getChars().unescape());
        } else if (node instanceof HtmlEntity entity) {
            out.append(entity.getChars().unescape());
        } else if (node instanceof HtmlInline || node instanceof HtmlInlineComment || node instanceof HtmlCommentBlock
                || node instanceof TableSeparator) {
            return;
        } else if (!node.hasChildren()) {
            out.append(' ');
        } else {
            boolean block = node instanceof Block || node instanceof TableCell;
            if (block) {
                out.append('\n');
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                collect(child, rawHtml, out);
            }
            if (block) {
                out.append('\n');
            }
        }
    }
}
