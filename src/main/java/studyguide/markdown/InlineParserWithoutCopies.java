package studyguide.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's own CommonMark inline parser, minus a copy of the whole document on every match.
 *
 * <p>flexmark's {@code match} and {@code matchWithGroups} call {@link Matcher#toMatchResult()}, which on
 * JDK 17 copies the matcher's entire input, character by character through flexmark's sequence, only to
 * read the match's start and end. They run for every code span and link in a document: in a profile of
 * 10,000 questions those copies were a tenth of the build. These overrides read the same positions from
 * the matcher itself; everything else is flexmark's parser unchanged, installed through flexmark's
 * {@link Parser.Builder#customInlineParserFactory} extension point.
 */
final class InlineParserWithoutCopies extends CommonmarkInlineParser {

    InlineParserWithoutCopies(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions);
    }

    /**
     * Installs this parser. flexmark adds its link-reference-definition pre-processor only for its default
     * inline parser, so it is added here the same way (after the extensions' pre-processors, as flexmark does).
     */
    static Parser.Builder install(Parser.Builder builder, DataHolder options) {
        builder.customInlineParserFactory(InlineParserWithoutCopies::new);
        if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(options)) {
            builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        }
        return builder;
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = next(re);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = next(re);
        if (matcher == null) {
            return null;
        }
        BasedSequence[] results = new BasedSequence[matcher.groupCount() + 1];
        results[0] = input.subSequence(matcher.start(), matcher.end());
        for (int i = 1; i < results.length; i++) {
            // A group that did not take part in the match has start -1 (and a null group()).
            results[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
        }
        return results;
    }

    /** The next match of {@code re} from the parser's position, which moves past it; null when there is none. */
    private Matcher next(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.find()) {
            return null;
        }
        index = matcher.end();
        return matcher;
    }
}
