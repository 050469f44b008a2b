package studyguide.importer;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The blocks of a file that are in no question, in the file's order. What only leads around the bank
 * (see {@link #furniture}) and headings, which title the file and its sections, are left behind without a
 * word; each run of other blocks is one warning at its first line, so nothing the author wrote is lost
 * unseen and a long introduction is one line, not one per paragraph.
 */
final class LeftOut {

    private final SourceDocument doc;
    private final List<Node> run = new ArrayList<>();

    LeftOut(SourceDocument doc) {
        this.doc = doc;
    }

    /** A block that no question takes. */
    void add(Node block) {
        if (block instanceof Heading) {
            end();
        } else if (furniture(block)) {
            // "List of available languages:" introduces the links after it and goes with them.
            Node last = run.isEmpty() ? null : run.get(run.size() - 1);
            boolean links = block instanceof ListBlock || block instanceof TableBlock || block instanceof Paragraph;
            if (links && last != null && last.getNext() == block && leadIn(last)) {
                run.remove(run.size() - 1);
            }
            end();
        } else {
            run.add(block);
        }
    }

    /** Ends the run so far with its warning: a question or a heading comes between it and the next. */
    void end() {
        if (!run.isEmpty()) {
            int first = doc.position(run.get(0)).line();
            int last = doc.line(run.get(run.size() - 1).getEndOffset() - 1);
            doc.note(run.get(0), "text that is in no question is left out"
                    + (last > first ? " (lines " + first + " to " + last + ")" : ""));
            run.clear();
        }
    }

    /**
     * Whether a block only leads around the bank or decorates it: a rule, an HTML comment, a link
     * definition, a "Back to top" link; a list or table whose links all lead within the bank (a table of
     * contents, links to the bank's translations); a paragraph of such links or of images only (badges, a
     * logo), with nothing else but punctuation; a block of HTML with no text but in headings, a
     * {@code <summary>}, images and links within the bank (a centred title and logo, a {@code <details>}
     * wrapper, an anchor).
     */
    static boolean furniture(Node block) {
        if (block instanceof ThematicBreak || block instanceof HtmlCommentBlock || block instanceof Reference
                || Blocks.backToTop(block)) {
            return true;
        }
        if (block instanceof HtmlBlock html) {
            return htmlWithoutText(html.getChars().toString());
        }
        List<Link> links = new ArrayList<>();
        for (Node n : block.getDescendants()) {
            if (n instanceof Link l) {
                links.add(l);
            }
        }
        boolean navigation = !links.isEmpty() && links.stream().allMatch(l -> withinBank(l.getUrl().toString()));
        if (block instanceof ListBlock || block instanceof TableBlock) {
            return navigation;
        }
        return block instanceof Paragraph && (navigation || onlyImages(block)) && !wordsOutsideLinksAndImages(block);
    }

    /** An address in the same file ({@code #...}) or another file of the bank: no scheme, no host. */
    private static boolean withinBank(String url) {
        return !url.matches("(?is)[a-z][a-z0-9+.-]*:.*") && !url.startsWith("//");
    }

    private static boolean onlyImages(Node block) {
        for (Node n : block.getDescendants()) {
            if (n instanceof Image || n instanceof ImageRef || n instanceof HtmlInline h
                    && h.getChars().toString().regionMatches(true, 0, "<img", 0, 4)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a paragraph holds a letter or a digit that is not a link's text or an image's description. */
    private static boolean wordsOutsideLinksAndImages(Node block) {
        for (Node n : block.getDescendants()) {
            if (n instanceof Text && !inside(n, block) && n.getChars().toString().codePoints().anyMatch(Character::isLetterOrDigit)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(Node text, Node block) {
        for (Node p = text.getParent(); p != null && p != block; p = p.getParent()) {
            if (p instanceof Link || p instanceof Image || p instanceof ImageRef) {
                return true;
            }
        }
        return false;
    }

    private static boolean htmlWithoutText(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select("h1, h2, h3, h4, h5, h6, summary, img").remove();
        for (Element a : body.select("a[href]")) {
            if (withinBank(a.attr("href"))) {
                a.remove();
            }
        }
        return body.text().replace('\u00a0', ' ').isBlank();
    }

    /** A paragraph of one line that ends with a colon. */
    private static boolean leadIn(Node block) {
        return block instanceof Paragraph && block.getChars().toString().strip().indexOf('\n') < 0
                && SourceDocument.plain(block).endsWith(":");
    }
}
