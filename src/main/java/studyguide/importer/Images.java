package studyguide.importer;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Finds the images of a source file, Markdown ({@code ![alt](path)}) and HTML ({@code <img src>}), and
 * arranges that every cut holding one points at a copy under the guide's {@code images/} folder: a
 * path relative to {@code questions/} or {@code answers/} alike, since both sit beside it.
 */
final class Images {

    /** An image file of the bank and where its copy goes, relative to the content folder. */
    record Copy(Path source, String target) {
    }

    /** Elements that only place an image; a block of HTML of them and images becomes the images alone. */
    private static final Set<String> WRAPPERS = Set.of("body", "p", "div", "center", "span", "a", "br", "picture", "img");

    private static final Pattern ADDRESS = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:|^//|^#");

    private Images() {
    }

    /** Registers a replacement in {@code doc} for every image whose file is local. */
    static void scan(SourceDocument doc, BankFolder root) {
        List<Node> found = new ArrayList<>();
        new NodeVisitor(new VisitHandler<>(Image.class, found::add), new VisitHandler<>(HtmlBlock.class, found::add),
                new VisitHandler<>(HtmlInline.class, found::add)).visit(doc.document());
        for (Node node : found) {
            if (node instanceof Image image) {
                markdownImage(doc, root, image);
            } else if (node.getChars().toString().toLowerCase(Locale.ROOT).contains("<img")) {
                htmlImages(doc, root, node);
            }
        }
    }

    private static void markdownImage(SourceDocument doc, BankFolder root, Image image) {
        String url = image.getUrl().toString();
        if (url.isEmpty() || ADDRESS.matcher(url).find()) {
            return;
        }
        Path source = local(doc.file(), root, url);
        if (source != null && root.holds(source)) {
            doc.replace(new SourceDocument.Replacement(image.getUrl().getStartOffset(), image.getUrl().getEndOffset(),
                    "../" + target(source, root), new Copy(source, target(source, root)), null));
        } else {
            byDescription(doc, image, notCopied(url, source));
        }
    }

    /**
     * Lets a Markdown image give way to its description: its brackets and address go, the description
     * stays with whatever its own replacements make of it (raw HTML in it, harmless in an image's
     * description, is live text once the image is gone).
     */
    static void byDescription(SourceDocument doc, Image image, String warning) {
        if (image.getText().isEmpty()) {
            doc.replace(new SourceDocument.Replacement(image.getStartOffset(), image.getEndOffset(), "", null, warning));
            return;
        }
        doc.replace(new SourceDocument.Replacement(image.getStartOffset(), image.getText().getStartOffset(), "", null, warning));
        doc.replace(new SourceDocument.Replacement(image.getText().getEndOffset(), image.getEndOffset(), "", null, null));
    }

    /**
     * {@code <img src>} in raw HTML. The build passes raw HTML as written, so an address there would have to
     * be the site's, which only the build knows: a local image becomes a Markdown image, which the build
     * copies into the site (its width and other attributes are lost). That is possible where Markdown is
     * read: an inline tag, or a block of HTML that is only images in wrappers such as {@code <p
     * align="center">}, which then gives way to the images alone. In a block with more HTML the image's
     * description stands in its place, with a warning.
     */
    private static void htmlImages(SourceDocument doc, BankFolder root, Node html) {
        int base = html.getStartOffset();
        // Positions count from the start of the node's text, which jsoup reads as a document of its own.
        Document parsed = Parser.htmlParser().setTrackPosition(true).parseInput(html.getChars().toString(), "");
        List<Element> images = parsed.select("img");
        boolean markdown = html instanceof HtmlInline || onlyImages(parsed);
        int at = base;
        for (Element img : images) {
            int start = base + img.sourceRange().start().pos();
            int end = base + img.sourceRange().end().pos();
            if (!(html instanceof HtmlInline) && markdown) {
                // The wrapper's tags before this image (or between two) go; what is left is a paragraph of images.
                doc.replace(new SourceDocument.Replacement(at, start, at == base ? "" : " ", null, null));
                at = end;
            }
            String url = img.attr("src");
            if (url.isEmpty() || ADDRESS.matcher(url).find()) {
                continue;
            }
            Path source = local(doc.file(), root, url);
            if (source == null || !root.holds(source)) {
                doc.replace(new SourceDocument.Replacement(start, end, text(img.attr("alt")), null, notCopied(url, source)));
            } else if (markdown) {
                doc.replace(new SourceDocument.Replacement(start, end, markdownImage(img, "../" + target(source, root)),
                        new Copy(source, target(source, root)), null));
            } else {
                doc.replace(new SourceDocument.Replacement(start, end, text(img.attr("alt")), null, "the image " + url
                        + " is inside a block of HTML, which the guide shows as written, where the build cannot give it "
                        + "the copy's address; its description stands in its place (write it as a Markdown image to keep it)"));
            }
        }
        if (!(html instanceof HtmlInline) && markdown && !images.isEmpty()) {
            String text = html.getChars().toString();
            doc.replace(new SourceDocument.Replacement(at, base + text.stripTrailing().length(), "", null, null));
        }
    }

    /** Whether a block of HTML is only images, in tags that only place them: no text, no other element. */
    private static boolean onlyImages(Document parsed) {
        return parsed.body().text().isBlank() && parsed.head().childrenSize() == 0 && parsed.body().select("*").stream()
                .allMatch(e -> WRAPPERS.contains(e.normalName()));
    }

    /** An {@code alt} (its entities decoded by jsoup) as text in HTML or Markdown, where {@code &lt;script&gt;} must stay text. */
    private static String text(String alt) {
        return alt.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** {@code img} as a Markdown image with its description and title; its other attributes (width) are lost. */
    private static String markdownImage(Element img, String address) {
        String alt = img.attr("alt").replaceAll("\\s+", " ").strip().replaceAll("([\\\\\\[\\]])", "\\\\$1");
        String title = img.attr("title").replaceAll("\\s+", " ").strip().replaceAll("([\\\\\"])", "\\\\$1");
        return "![" + alt + "](" + address + (title.isEmpty() ? "" : " \"" + title + "\"") + ")";
    }

    /** Why an image is not copied: it is not there, or (found, but not held by the bank) it is a link leading out. */
    private static String notCopied(String url, Path found) {
        return "the image " + url + (found == null ? " is not there"
                : " is a link to a file outside the bank, which is never copied") + "; its description stands in its place";
    }

    /** The image's file when it is a file whose path lies inside the bank's folder (its links not yet followed), or null. */
    private static Path local(Path file, BankFolder root, String url) {
        try {
            String path = URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
            int query = path.indexOf('?');
            path = query >= 0 ? path.substring(0, query) : path;
            Path base = path.startsWith("/") ? root.folder() : file.toAbsolutePath().getParent();
            Path source = base.resolve(path.replaceFirst("^/+", "")).normalize();
            return Files.isRegularFile(source) && source.startsWith(root.folder()) ? source : null;
        } catch (IllegalArgumentException e) { // a malformed %-escape, or InvalidPathException
            return null;
        }
    }

    /** Where the copy goes: {@code images/} and the image's path in the bank, in characters every file system takes. */
    private static String target(Path source, BankFolder root) {
        Path relative = root.folder().relativize(source);
        List<String> parts = new ArrayList<>();
        relative.forEach(p -> parts.add(p.toString().replaceAll("[^A-Za-z0-9._-]", "-")));
        if (parts.size() > 1 && parts.get(0).matches("(?i)images?|img|assets")) {
            parts.remove(0);
        }
        return "images/" + String.join("/", parts);
    }
}
