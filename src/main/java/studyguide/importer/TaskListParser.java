package studyguide.importer;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@link Shape#TASK_LIST}: a heading {@code Q12. Which...?} (or {@code Q.12.}, {@code Q12:}), a
 * prompt, the options as a task list with the right ones ticked, then explanation and reference lines.
 * Text before the first question, or under a heading that is none, goes to {@link LeftOut}.
 */
final class TaskListParser {

    static final Pattern QUESTION = Pattern.compile("Q\\.?\\s*(\\d+)\\s*[.:)]?\\s+(\\S.*)");

    private TaskListParser() {
    }

    static List<Bank.Question> read(SourceDocument doc) {
        List<Bank.Question> questions = new ArrayList<>();
        List<Heading> withoutOptions = new ArrayList<>();
        String section = null;
        Heading current = null;
        Matcher title = null;
        List<Node> body = new ArrayList<>();
        LeftOut outside = new LeftOut(doc);
        for (Node node = doc.document().getFirstChild(); node != null; node = node.getNext()) {
            Matcher m = node instanceof Heading h ? Blocks.title(doc, h, QUESTION) : null;
            boolean ends = node instanceof Heading h && (m != null || current == null || h.getLevel() <= current.getLevel());
            if (ends && current != null) {
                questions.add(question(doc, section, current, title, body, withoutOptions));
                current = null;
                body = new ArrayList<>();
            }
            if (m != null) {
                outside.end();
                current = (Heading) node;
                title = m;
            } else if (node instanceof Heading h && h.getLevel() <= 2) {
                section = SourceDocument.plain(h);
                outside.add(h);
            } else if (current != null) {
                body.add(node);
            } else {
                // Before the first question, or after a heading that ended one without being a question.
                outside.add(node);
            }
        }
        if (current != null) {
            questions.add(question(doc, section, current, title, body, withoutOptions));
        }
        outside.end();
        Choices.noteMissingOptions(doc, questions.size(), withoutOptions);
        return questions;
    }

    private static Bank.Question question(SourceDocument doc, String section, Heading heading, Matcher title,
            List<Node> body, List<Heading> withoutOptions) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < body.size(); i++) {
            if (isTaskList(body.get(i))) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        // Without options the text under the heading answers the question rather than completing it.
        List<Node> prompt = new ArrayList<>(first < 0 ? List.of() : body.subList(0, first));
        List<Node> after = first < 0 ? body : body.subList(last + 1, body.size());
        List<Bank.Choice> choices = new ArrayList<>();
        if (first < 0) {
            withoutOptions.add(heading);
        } else {
            // A block between two task lists (an option's code written without indentation) belongs to the option above it.
            for (Node node : body.subList(first, last + 1)) {
                if (isTaskList(node)) {
                    for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                        TaskListItem task = (TaskListItem) item;
                        String text = task.hasChildren()
                                ? doc.markdown(task, task.getFirstChild().getStartOffset(), doc.contentColumn(task)) : "";
                        choices.add(new Bank.Choice(text, task.isItemDoneMarker()));
                    }
                } else if (!choices.isEmpty()) {
                    Bank.Choice above = choices.remove(choices.size() - 1);
                    String more = doc.markdown(List.of(node), 0);
                    choices.add(new Bank.Choice(more == null ? above.text() : above.text() + "\n\n" + more, above.correct()));
                }
            }
        }
        prompt.removeIf(ThematicBreak.class::isInstance);
        String promptText = doc.markdown(prompt, 0);
        String unusable = first < 0 ? null : Choices.unusable(choices);
        if (unusable != null) {
            promptText = Choices.intoPrompt(doc, promptText, body.subList(first, last + 1), unusable);
            choices.clear();
        }
        List<Node> explanation = new ArrayList<>();
        List<Bank.Reference> references = new ArrayList<>();
        for (Node node : after) {
            List<Bank.Reference> refs = Blocks.references(node);
            if (refs != null) {
                references.addAll(refs);
            } else if (!(node instanceof ThematicBreak) && !Blocks.backToTop(node)) {
                explanation.add(node);
            }
        }
        return new Bank.Question(section, title.group(2).strip(), Integer.valueOf(title.group(1)), promptText, choices,
                doc.markdown(explanation, 0), references, doc.file());
    }

    /** A list of which every item is a task ({@code - [ ]} or {@code - [x]}). */
    static boolean isTaskList(Node node) {
        if (!(node instanceof ListBlock) || !node.hasChildren()) {
            return false;
        }
        for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof TaskListItem)) {
                return false;
            }
        }
        return true;
    }
}
