package studyguide.importer;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
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
 * heading is a question too. Any other item is left out with a warning at its line, and text outside
 * the questions goes to {@link LeftOut}, so nothing is lost unseen. The list's own numbering is not used
 * (banks restart and repeat it), only the items' order.
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
        LeftOut outside = new LeftOut(doc);
        for (Node node = doc.document().getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h) {
                section = h.getLevel() <= 2 ? SourceDocument.plain(h) : section;
                outside.add(h);
            } else if (node instanceof ListBlock && hasQuestion(node)) {
                outside.end();
                for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                    String title = item instanceof ListItem ? title(doc, item) : null;
                    if (title != null) {
                        questions.add(question(doc, section, (ListItem) item, title));
                    } else {
                        doc.note(item, "a list item that opens with no heading or bold question is left out");
                    }
                }
            } else {
                outside.add(node);
            }
        }
        outside.end();
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
