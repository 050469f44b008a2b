package studyguide.importer;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;

/**
 * Tells which {@link Shape} a file is written in, by counting the questions each shape would find:
 * numbered headings when the file hides answers in {@code <details>}, {@code Q12.} headings when it has
 * task lists, list items that open with a heading. The shape with the most wins; a file with none of
 * them is in no shape the importer knows.
 */
final class ShapeDetector {

    private ShapeDetector() {
    }

    /** The file's shape, or null when no shape finds a question in it. */
    static Shape detect(SourceDocument doc) {
        Map<Shape, Integer> counts = new EnumMap<>(Shape.class);
        boolean details = false;
        boolean tasks = false;
        for (Node node : doc.document().getDescendants()) {
            details |= node instanceof HtmlBlock && node.getChars().toString().contains("<details");
            tasks |= node instanceof TaskListItem;
            if (node instanceof Heading h && h.getParent() == doc.document()) {
                if (Blocks.matches(h, HiddenAnswerParser.QUESTION)) {
                    counts.merge(Shape.HIDDEN_ANSWER, 1, Integer::sum);
                }
                if (Blocks.matches(h, TaskListParser.QUESTION)) {
                    counts.merge(Shape.TASK_LIST, 1, Integer::sum);
                }
            }
            if (QaListParser.isQuestion(node) && node.getParent().getParent() == doc.document()) {
                counts.merge(Shape.QA_LIST, 1, Integer::sum);
            }
        }
        if (!details) {
            counts.remove(Shape.HIDDEN_ANSWER);
        }
        if (!tasks) {
            counts.remove(Shape.TASK_LIST);
        }
        return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .max(Map.Entry.<Shape, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                        Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }
}
