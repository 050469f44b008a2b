package studyguide.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders a one-line title as inline Markdown: code spans, emphasis, strong and strikethrough. Block
 * syntax stays text (a title that starts with "1." or "#" is not a list or a heading), raw HTML is shown
 * as written, and a link or image shows only its text: the title is itself the link to its question.
 */
final class TitleRenderer {

    /** Characters without which a title has no Markdown: the common title skips flexmark entirely. */
    private static final Pattern MARKUP = Pattern.compile("[`*_~\\[\\]<>&!\\\\]");

    private final Parser parser;
    private final HtmlRenderer renderer;

    TitleRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(StrikethroughExtension.create()));
        options.set(Parser.BLOCK_QUOTE_PARSER, false);
        options.set(Parser.FENCED_CODE_BLOCK_PARSER, false);
        options.set(Parser.HEADING_PARSER, false);
        options.set(Parser.HTML_BLOCK_PARSER, false);
        options.set(Parser.INDENTED_CODE_BLOCK_PARSER, false);
        options.set(Parser.LIST_BLOCK_PARSER, false);
        options.set(Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR, false);
        options.set(Parser.THEMATIC_BREAK_PARSER, false);
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SOFT_BREAK, " ");
        options.set(HtmlRenderer.HARD_BREAK, " ");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).nodeRendererFactory(context -> new LinksAsText()).build();
    }

    /** The title as HTML and as plain text. */
    Title render(String title) {
        String line = title.strip();
        if (!MARKUP.matcher(line).find()) {
            String text = PlainText.oneLine(line);
            return new Title(escape(text), text);
        }
        String html = renderer.render(parser.parse(line)).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>")) {
            html = html.substring(3, html.length() - 4);
        }
        html = MarkdownRenderer.withoutControlCharacters(PlainText.oneLine(html));
        return new Title(html, PlainText.of(html));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Links, autolinks and images render as their text: a title sits inside a link of its own. */
    private static final class LinksAsText implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Link.class, LinksAsText::children),
                    new NodeRenderingHandler<>(Image.class, LinksAsText::children),
                    new NodeRenderingHandler<>(ImageRef.class, LinksAsText::children),
                    new NodeRenderingHandler<>(AutoLink.class, LinksAsText::address),
                    new NodeRenderingHandler<>(MailLink.class, LinksAsText::address));
        }

        private static void children(Node node, NodeRendererContext context, HtmlWriter html) {
            context.renderChildren(node);
        }

        private static void address(DelimitedLinkNode node, NodeRendererContext context, HtmlWriter html) {
            html.text(node.getText().toString());
        }
    }
}
