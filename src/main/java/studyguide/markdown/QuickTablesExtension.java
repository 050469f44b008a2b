package studyguide.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;

/**
 * flexmark's tables extension, with its paragraph pre-processor made only for a paragraph with a pipe.
 *
 * <p>flexmark makes the tables pre-processor for every document that has a paragraph, and the
 * pre-processor compiles a regular expression for the header separator as it is made: half the time
 * of parsing a one-line key point, and a tenth of rendering a question's key points. A table's header
 * row and separator row both need a {@code |} (a separator line alone is a heading's underline or a
 * thematic break), so a paragraph without one is no table and is left as it is; any other paragraph
 * goes to flexmark's pre-processor, made once per document as before. The renderer is flexmark's.
 */
final class QuickTablesExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private final TablesExtension tables = TablesExtension.create();

    static QuickTablesExtension create() {
        return new QuickTablesExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        tables.parserOptions(options);
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        tables.rendererOptions(options);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.paragraphPreProcessorFactory(new Factory(TableParagraphPreProcessor.Factory()));
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        tables.extend(builder, rendererType);
    }

    /** flexmark's factory, with the same place among the other pre-processors; its pre-processor made when needed. */
    private record Factory(ParagraphPreProcessorFactory tables) implements ParagraphPreProcessorFactory {

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            return new ParagraphPreProcessor() {
                private ParagraphPreProcessor made;

                @Override
                public int preProcessBlock(Paragraph block, ParserState at) {
                    if (block.getChars().indexOf('|') < 0) {
                        return 0;
                    }
                    if (made == null) {
                        made = tables.apply(at);
                    }
                    return made.preProcessBlock(block, at);
                }
            };
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return tables.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return tables.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return tables.affectsGlobalScope();
        }
    }
}
