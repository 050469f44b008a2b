package studyguide.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's autolink extension (bare URLs, {@code www.} addresses and e-mail addresses become links),
 * with flexmark's own post-processor skipped for text that cannot hold a link.
 *
 * <p>The autolink post-processor runs a regular expression with word boundaries and a link scanner
 * over every text node: 15% of a 10,000-question build. Every link it can find needs a {@code ://}
 * (URLs; a {@code :} followed by anything else, as in most prose, is no link), an {@code @} (e-mail) or
 * {@code www} in the text, and backslash escapes cannot create these (letters are not escapable; an escaped
 * {@code :} or {@code @} is still in the source; an escaped {@code /} leaves a backslash after the colon,
 * which counts as a slash here). Text followed
 * by an HTML entity or typographic node, which the processor joins to the text, always goes through it.
 * Everything else is flexmark's {@link AutolinkNodePostProcessor} unchanged.
 */
final class QuickAutolinkExtension implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /** Whether flexmark's processor could find a link in this text node. */
    static boolean mayHoldLink(Node node) {
        Node next = node.getNext();
        if (next instanceof TypographicText || next instanceof HtmlEntity) {
            return true;
        }
        BasedSequence text = node.getChars();
        // One pass over the document's own string: flexmark's indexOf goes through its sequence classes.
        CharSequence base = text.getBase() instanceof CharSequence s ? s : text;
        int start = base == text ? 0 : text.getStartOffset();
        int end = base == text ? text.length() : text.getEndOffset();
        for (int i = start; i < end; i++) {
            char c = base.charAt(i);
            if (c == '@'
                    || c == ':' && i + 1 < end && (base.charAt(i + 1) == '/' || base.charAt(i + 1) == '\\')
                    || c == 'w' && i + 1 < end && base.charAt(i + 1) == 'w') {
                return true;
            }
        }
        return false;
    }

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            AutolinkNodePostProcessor autolink = new AutolinkNodePostProcessor(document);
            return new NodePostProcessor() {
                @Override
                public void process(NodeTracker state, Node node) {
                    if (mayHoldLink(node)) {
                        autolink.process(state, node);
                    }
                }
            };
        }
    }
}
