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
import java.util.regex.Pattern;
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
            doc.replace(new SourceDocument.Replacement(image.getStartOffset(), image.getEndOffset(),
                    image.getText().toString(), null, notCopied(url, source)));
        }
    }

    /** {@code <img src>} in raw HTML: jsoup finds the attribute's place in the tag, so only the address changes. */
    private static void htmlImages(SourceDocument doc, BankFolder root, Node html) {
        int base = html.getStartOffset();
        // Positions count from the start of the node's text, which jsoup reads as a document of its own.
        for (Element img : Parser.htmlParser().setTrackPosition(true).parseInput(html.getChars().toString(), "")
                .select("img[src]")) {
            String url = img.attr("src");
            if (url.isEmpty() || ADDRESS.matcher(url).find()) {
                continue;
            }
            Path source = local(doc.file(), root, url);
            if (source != null && root.holds(source)) {
                var range = img.attribute("src").sourceRange().valueRange();
                doc.replace(new SourceDocument.Replacement(base + range.start().pos(), base + range.end().pos(),
                        "../" + target(source, root), new Copy(source, target(source, root)), null));
            } else {
                doc.replace(new SourceDocument.Replacement(base + img.sourceRange().start().pos(),
                        base + img.sourceRange().end().pos(), img.attr("alt"), null, notCopied(url, source)));
            }
        }
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
