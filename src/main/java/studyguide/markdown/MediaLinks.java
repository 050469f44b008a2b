package studyguide.markdown;

import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import studyguide.media.Media;
import studyguide.media.MediaFile;
import studyguide.model.LinkSchemes;
import studyguide.model.Markdown;
import studyguide.problem.Position;

/**
 * Points every relative image, and every relative link to a file that is not a page (a PDF, a picture),
 * at the site's copy of that file ({@link Media}): the path is read from the folder of the file the
 * Markdown is written in, as an editor's preview reads it. Images get their {@code width} and
 * {@code height}, so the page does not move while they load. A query is dropped (the copy's name
 * changes with its bytes, so nothing needs busting) and a fragment kept (a PDF's {@code #page=3}).
 * Runs after {@link LinkPolicy}, which has refused what no page may link to.
 */
final class MediaLinks extends IndependentLinkResolverFactory {

    /** Links to these are pages, not files: the site's own ({@code other.html}) or Markdown, which has none. */
    private static final Set<String> PAGES = Set.of("html", "htm", "md", "markdown");

    private final Media media;

    MediaLinks(Media media) {
        this.media = media;
    }

    @Override
    public LinkResolver apply(LinkResolverBasicContext context) {
        return this::resolve;
    }

    private ResolvedLink resolve(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        LinkPolicy.Source source = LinkPolicy.SOURCE.get(context.getDocument());
        String url = link.getUrl();
        if (source == null || url.isEmpty() || url.startsWith("#")) {
            return link;
        }
        boolean image = link.getLinkType() == LinkType.IMAGE || link.getLinkType() == LinkType.IMAGE_REF;
        String scheme = LinkSchemes.scheme(url);
        if (scheme != null) {
            if (image && (scheme.equals("http") || scheme.equals("https"))) {
                media.external(url.strip(), at(node, source.markdown()));
                uses(context);
            }
            return link;
        }
        int end = endOfPath(url);
        String path = url.substring(0, end);
        if (!image && !isFile(path)) {
            return link;
        }
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? "" : url.substring(hash);
        uses(context);
        Path file = source.markdown().position().file();
        Path folder = file.getParent() == null ? Path.of("") : file.getParent();
        MediaFile found = media.link(folder, path, image ? "image" : "linked file", at(node, source.markdown()),
                source.markdown().rawHtml());
        if (found == null || found.script() != null) {
            // Not kept either way: the build reports the file again until it changes.
            source.broken().set(true);
            if (found == null) {
                return link;
            }
        }
        ResolvedLink resolved = new ResolvedLink(link.getLinkType(), found.path() + fragment, link.getAttributes(),
                LinkStatus.VALID).withTitle(link.getTitle());
        if (image) {
            MutableAttributes attributes = resolved.getMutableAttributes();
            if (found.size() != null) {
                attributes.addValue("width", Integer.toString(found.size().width()));
                attributes.addValue("height", Integer.toString(found.size().height()));
            }
            // Figures further down the page load as the reader comes to them.
            attributes.addValue("loading", "lazy");
            attributes.addValue("decoding", "async");
        }
        return resolved;
    }

    /** Where the path of a URL ends: at its query or fragment. */
    private static int endOfPath(String url) {
        int end = url.length();
        int query = url.indexOf('?');
        int hash = url.indexOf('#');
        if (query >= 0) {
            end = query;
        }
        if (hash >= 0 && hash < end) {
            end = hash;
        }
        return end;
    }

    /** Whether a link's relative path names a file to copy: one with an extension that is not a page's. */
    private static boolean isFile(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.endsWith("/")) {
            return false;
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 && dot < name.length() - 1 && !PAGES.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The render reads files whose bytes are not in its cache key, so it is made again each build. */
    private static void uses(LinkResolverBasicContext context) {
        AtomicBoolean readsFiles = MarkdownRenderer.READS_FILES.get(context.getDocument());
        if (readsFiles != null) {
            readsFiles.set(true);
        }
    }

    /**
     * The place of a link: its line, and in a Markdown file its column (Markdown inside YAML has lost the
     * value's indentation, so there only the line is known).
     */
    private static Position at(Node node, Markdown markdown) {
        Position start = markdown.position().plusLines(node.getStartLineNumber());
        if (!markdown.rawHtml() || start.column() != 0 || start.line() <= 0) {
            return start;
        }
        String text = markdown.text();
        int offset = Math.min(node.getStartOffset(), text.length());
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        return new Position(start.file(), start.line(), offset - lineStart + 1);
    }
}
