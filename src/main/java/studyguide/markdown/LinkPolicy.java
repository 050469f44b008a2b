package studyguide.markdown;

import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import studyguide.model.LinkSchemes;
import studyguide.model.Markdown;
import studyguide.problem.Position;
import studyguide.problem.Problems;

/**
 * The one rule for the address of every link and image that Markdown writes ({@link LinkSchemes}: http,
 * https, mailto, or an address without a scheme, relative or an anchor), applied as it renders. Any other
 * address ({@code javascript:}, {@code data:}, {@code vbscript:}) is an error in Markdown from YAML,
 * which the trust model promises is safe; in Markdown files, which are the author's own, a warning, and
 * only the link's text is shown (raw HTML there still passes as written).
 */
final class LinkPolicy {

    /** The address a refused link is given while rendering; {@link #unlink} then leaves only its text. */
    private static final String REFUSED = "#studyguide-refused-link";
    private static final Pattern REFUSED_LINK = Pattern.compile(
            "<a href=\"" + REFUSED + "\"[^>]*>(.*?)</a>", Pattern.DOTALL);
    private static final Pattern REFUSED_IMAGE = Pattern.compile(
            "<img src=\"" + REFUSED + "\"[^>]*?alt=\"([^\"]*)\"[^>]*>");

    /** Where the document being rendered comes from; set on every document before it is rendered. */
    static final NullableDataKey<Source> SOURCE = new NullableDataKey<>("STUDYGUIDE_LINK_SOURCE");

    /** A rendered document's origin, and a flag set when a link broke the rule (so the render is not kept). */
    record Source(Markdown markdown, AtomicBoolean broken) {
    }

    private LinkPolicy() {
    }

    /**
     * The HTML with every refused link replaced by its text and every refused image by its alternative
     * text: a link that leads nowhere is still a link to a reader and to a link checker.
     */
    static String unlink(String html) {
        if (!html.contains(REFUSED)) {
            return html;
        }
        return REFUSED_IMAGE.matcher(REFUSED_LINK.matcher(html).replaceAll("$1")).replaceAll("$1");
    }

    /**
     * Reports an address the rule refuses, and marks its render as not to be kept, so that the next build reports
     * it again: an error in Markdown from YAML, in a Markdown file a warning that says what is shown instead.
     *
     * @param what the link, as the message names it: "a link to 'vbscript:...'"
     */
    static void refused(Problems problems, Source source, Position at, String what, String shownInstead) {
        source.broken().set(true);
        String message = what + " is not allowed: use http, https, mailto or a relative address";
        if (source.markdown().rawHtml()) {
            problems.warn(at, message + "; " + shownInstead);
        } else {
            problems.add(at, message);
        }
    }

    /** A flexmark link resolver that applies the rule to every link and image of a document. */
    static final class Factory extends IndependentLinkResolverFactory {
        private final Problems problems;

        Factory(Problems problems) {
            this.problems = problems;
        }

        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return this::resolve;
        }

        private ResolvedLink resolve(Node node, LinkResolverBasicContext context, ResolvedLink link) {
            if (LinkSchemes.allowed(link.getUrl())) {
                return link;
            }
            DataHolder document = context.getDocument();
            Source source = SOURCE.get(document);
            if (source == null) {
                return link.withUrl(REFUSED);
            }
            Position at = source.markdown().position().plusLines(node.getStartLineNumber());
            String what = link.getLinkType() == LinkType.IMAGE || link.getLinkType() == LinkType.IMAGE_REF ? "an image from" : "a link to";
            refused(problems, source, at, what + " '" + LinkSchemes.shown(link.getUrl()) + "'", "only its text is shown");
            return link.withUrl(REFUSED);
        }
    }
}
