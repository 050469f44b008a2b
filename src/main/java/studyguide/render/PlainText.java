package studyguide.render;

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
import java.util.regex.Pattern;

/**
 * Readable text for places that take text only: the search index (from a Markdown tree) and
 * structured data or link previews (from rendered HTML, with diagrams and code left out).
 */
public final class PlainText {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern DROPPED = Pattern.compile(
            "<(svg|pre|script|style|template)\\b.*?</\\1\\s*>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK_END = Pattern.compile(
            "</(p|li|h[1-6]|td|th|tr|div|blockquote|figcaption)\\s*>|<br\\s*/?>", Pattern.CASE_INSENSITIVE);
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

    /** The text of a parsed Markdown document, code included and PlantUML source left out. */
    static String of(Node document, boolean rawHtml) {
        StringBuilder out = new StringBuilder();
        collect(document, rawHtml, out);
        return out.toString();
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
