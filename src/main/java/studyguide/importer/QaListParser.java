package studyguide.importer;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@link Shape#QA_LIST}: lists whose items open with a {@code ### Question} heading followed by the
 * answer, under {@code ##} sections; the table of contents and "Back to top" links are left behind.
 * The list's own numbering is not used (banks restart and repeat it), only the items' order.
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
        for (Node node = doc.document().getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h && h.getLevel() <= 2) {
                section = SourceDocument.plain(h);
            } else if (node instanceof ListBlock) {
                for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                    if (isQuestion(item)) {
                        questions.add(question(doc, section, (ListItem) item));
                    }
                }
            }
        }
        return questions;
    }

    private static Bank.Question question(SourceDocument doc, String section, ListItem item) {
        Heading heading = (Heading) item.getFirstChild();
        Matcher title = Blocks.title(doc, heading, ANY);
        List<Node> answer = new ArrayList<>();
        List<Bank.Reference> references = new ArrayList<>();
        for (Node node = heading.getNext(); node != null; node = node.getNext()) {
            List<Bank.Reference> refs = Blocks.references(node);
            if (refs != null) {
                references.addAll(refs);
            } else if (!Blocks.backToTop(node)) {
                answer.add(node);
            }
        }
        String text = doc.markdown(answer, doc.contentColumn(item));
        if (text == null) {
            doc.note(heading, "no answer follows the question; imported without one");
        }
        Integer number = item instanceof OrderedListItem ? number(item) : null;
        return new Bank.Question(section, title == null ? SourceDocument.plain(heading) : title.group(1).strip(), number,
                null, List.of(), text, references, doc.file());
    }

    private static Integer number(ListItem item) {
        String marker = item.getOpeningMarker().toString().replaceAll("\\D", "");
        return marker.isEmpty() || marker.length() > 9 ? null : Integer.valueOf(marker);
    }
}
