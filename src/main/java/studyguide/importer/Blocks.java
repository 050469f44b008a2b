package studyguide.importer;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/** What the three shapes read alike: a heading's text, reference lines and "Back to top" links. */
final class Blocks {

    /** Words a reference line may carry besides its links ("Reference:", "Source -"). */
    private static final Pattern REFERENCE_WORDS = Pattern.compile(
            "(?i)[\\s*_:\\-–|,.()\\[\\]]*(references?|sources?|see( also)?|read more|docs?|documentation|more)?[\\s*_:\\-–|,.()\\[\\]]*");
    /** Link texts that name no page, for which the address's host is a better title. */
    private static final Pattern GENERIC = Pattern.compile("(?i)(references?|sources?|link|here|docs?|documentation|read more|more|\\d+)");

    private Blocks() {
    }

    /**
     * The title of a file's front matter, else the text of its first {@code #} heading or HTML {@code <h1>}
     * (a centred title block), or null.
     */
    static String fileTitle(SourceDocument doc) {
        if (doc.frontMatterTitle() != null) {
            return doc.frontMatterTitle();
        }
        for (Node node = doc.document().getFirstChild(); node != null; node = node.getNext()) {
            String title = node instanceof Heading h && h.getLevel() == 1 ? SourceDocument.plain(h)
                    : node instanceof HtmlBlock ? Jsoup.parseBodyFragment(node.getChars().toString()).select("h1").text() : "";
            if (!title.isBlank()) {
                return title.strip();
            }
        }
        return null;
    }

    /**
     * A heading's inline Markdown, without raw HTML such as {@code <a name>} anchors and with the document's
     * replacements made (a refused link's text, an image's copy); null when it does not match. Whether it
     * matches is told from the text as written, so a heading that is no question adds no warning of them.
     */
    static Matcher title(SourceDocument doc, Heading heading, Pattern pattern) {
        Matcher written = pattern.matcher(inline(heading, null));
        if (!written.matches()) {
            return null;
        }
        Matcher m = pattern.matcher(inline(heading, doc));
        return m.matches() ? m : written;
    }

    /** Whether a heading's text as written matches, without using the document's replacements (the shape is being told). */
    static boolean matches(Heading heading, Pattern pattern) {
        return pattern.matcher(inline(heading, null)).matches();
    }

    private static String inline(Heading heading, SourceDocument doc) {
        StringBuilder text = new StringBuilder();
        for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof HtmlInline)) {
                text.append(doc == null ? child.getChars() : doc.inline(child));
            }
        }
        return text.toString().strip();
    }

    /** Whether a paragraph is only a link back to the table of contents ("⬆ Back to Top"). */
    static boolean backToTop(Node block) {
        return block instanceof Paragraph && SourceDocument.plain(block).toLowerCase(Locale.ROOT).contains("back to top")
                && links(block).stream().allMatch(l -> l.getUrl().startsWith("#"));
    }

    /** The references of a paragraph that holds only links and a word such as "Reference:"; null for any other block. */
    static List<Bank.Reference> references(Node block) {
        if (!(block instanceof Paragraph)) {
            return null;
        }
        List<Link> links = links(block);
        if (links.isEmpty() || links.stream().anyMatch(l -> !l.getUrl().toString().matches("(?i)https?://\\S+"))) {
            return null;
        }
        StringBuilder rest = new StringBuilder();
        collectOutsideLinks(block, rest);
        if (!REFERENCE_WORDS.matcher(rest).matches()) {
            return null;
        }
        List<Bank.Reference> references = new ArrayList<>();
        for (Link link : links) {
            String title = SourceDocument.plain(link);
            String url = link.getUrl().toString();
            references.add(new Bank.Reference(title.isEmpty() || GENERIC.matcher(title).matches() ? host(url) : title, url));
        }
        return references;
    }

    private static String host(String url) {
        try {
            URI uri = new URI(url);
            String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
            return uri.getHost() == null ? url : uri.getHost().replaceFirst("^www\\.", "") + path;
        } catch (URISyntaxException e) {
            return url;
        }
    }

    private static List<Link> links(Node block) {
        List<Link> links = new ArrayList<>();
        for (Node n : block.getDescendants()) {
            if (n instanceof Link link) {
                links.add(link);
            }
        }
        return links;
    }

    private static void collectOutsideLinks(Node node, StringBuilder into) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Link) {
                continue;
            }
            if (child instanceof Text) {
                into.append(child.getChars());
            } else if (child.hasChildren()) {
                collectOutsideLinks(child, into);
            } else {
                into.append(child.getChars().toString().isBlank() ? " " : child.getChars());
            }
        }
    }
}
