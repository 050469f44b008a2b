package studyguide.importer;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads {@link Shape#QA_LIST}: lists whose items open with a {@code ### Question} heading followed by the
 * answer, under {@code ##} sections; in such a list an item that opens with a bold paragraph or an HTML
 * heading is a question too. The table of contents and "Back to top" links are left behind without a
 * word; any other item or text outside the questions is left out with a warning at its line, so nothing
 * is lost unseen. The list's own numbering is not used (banks restart and repeat it), only the items' order.
 */
final class QaListParser {

    private static final Pattern ANY = Pattern.compile("(?s)(?:\\d+\\s*[.)]\\s+)?(\\S.*)");

    private QaListParser() {
    }

    /** Whether a list item is a question of this shape: its first block is a heading. */
    static boolean isQuestion(Node item) {
        return item instanceof ListItem && item.getFirstChild() instanceof Heading;
    }

    static List<Bank.Question> read(SourceDocument doc) {
        List<Bank.Question> questions = new ArrayList<>();
        String section = null;
        List<Node> leftOut = new ArrayList<>();
        for (Node node = doc.document().getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h) {
                section = h.getLevel() <= 2 ? SourceDocument.plain(h) : section;
                leftOut = flush(doc, leftOut);
            } else if (node instanceof ListBlock && hasQuestion(node)) {
                leftOut = flush(doc, leftOut);
                for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                    String title = item instanceof ListItem ? title(doc, item) : null;
                    if (title != null) {
                        questions.add(question(doc, section, (ListItem) item, title));
                    } else {
                        doc.note(item, "a list item that opens with no heading or bold question is left out");
                    }
                }
            } else if (navigation(node)) {
                leftOut = flush(doc, leftOut);
            } else {
                leftOut.add(node);
            }
        }
        flush(doc, leftOut);
        return questions;
    }

    /** Whether a list holds a question: an item that opens with a heading (the shape's own mark). */
    private static boolean hasQuestion(Node list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (isQuestion(item)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The question an item of a list of questions opens with, or null: a heading; or, beside such items, a
     * paragraph that is only bold text ({@code **What is B?**}) or a block that is only an HTML heading
     * ({@code <h3>What is Z?</h3>}).
     */
    private static String title(SourceDocument doc, Node item) {
        Node first = item.getFirstChild();
        String text = null;
        if (first instanceof Heading heading) {
            Matcher m = Blocks.title(doc, heading, ANY);
            return m == null ? SourceDocument.plain(heading) : m.group(1).strip();
        } else if (first instanceof Paragraph p && p.getFirstChild() instanceof StrongEmphasis bold
                && bold.getNext() == null) {
            StringBuilder inner = new StringBuilder();
            for (Node child = bold.getFirstChild(); child != null; child = child.getNext()) {
                inner.append(doc.inline(child));
            }
            text = inner.toString();
        } else if (first instanceof HtmlBlock html) {
            Element body = Jsoup.parseBodyFragment(html.getChars().toString()).body();
            text = body.children().size() == 1 && body.child(0).normalName().matches("h[1-6]")
                    && body.ownText().isBlank() ? body.child(0).text() : null;
        }
        Matcher m = text == null ? null : ANY.matcher(text.strip());
        return m != null && m.matches() ? m.group(1).strip() : null;
    }

    /** Blocks that lead around the bank and are left behind without a word: tables of contents, "Back to top", rules. */
    private static boolean navigation(Node node) {
        if (node instanceof ThematicBreak || node instanceof HtmlCommentBlock || Blocks.backToTop(node)) {
            return true;
        }
        boolean link = false;
        for (Node n : node.getDescendants()) {
            if (n instanceof Link l) {
                if (!l.getUrl().startsWith("#")) {
                    return false;
                }
                link = true;
            }
        }
        return link && (node instanceof ListBlock || node instanceof TableBlock);
    }

    /** Warns once for a run of blocks outside every question, which the import leaves out; an empty run for the next. */
    private static List<Node> flush(SourceDocument doc, List<Node> leftOut) {
        if (!leftOut.isEmpty()) {
            int last = doc.line(leftOut.get(leftOut.size() - 1).getEndOffset() - 1);
            int first = doc.position(leftOut.get(0)).line();
            doc.note(leftOut.get(0), "text that is in no question is left out"
                    + (last > first ? " (lines " + first + " to " + last + ")" : ""));
        }
        return new ArrayList<>();
    }

    private static Bank.Question question(SourceDocument doc, String section, ListItem item, String title) {
        Node opener = item.getFirstChild();
        List<Node> answer = new ArrayList<>();
        List<Bank.Reference> references = new ArrayList<>();
        for (Node node = opener.getNext(); node != null; node = node.getNext()) {
            List<Bank.Reference> refs = Blocks.references(node);
            if (refs != null) {
                references.addAll(refs);
            } else if (!Blocks.backToTop(node)) {
                answer.add(node);
            }
        }
        String text = doc.markdown(answer, doc.contentColumn(item));
        if (text == null) {
            doc.note(opener, "no answer follows the question; imported without one");
        }
        Integer number = item instanceof OrderedListItem ? number(item) : null;
        return new Bank.Question(section, title, number, null, List.of(), text, references, doc.file());
    }

    private static Integer number(ListItem item) {
        String marker = item.getOpeningMarker().toString().replaceAll("\\D", "");
        return marker.isEmpty() || marker.length() > 9 ? null : Integer.valueOf(marker);
    }
}
