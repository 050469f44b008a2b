package studyguide.importer;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@link Shape#HIDDEN_ANSWER}: a heading {@code 12. What's the output?}, a prompt, options
 * {@code - A: ...}, then {@code <details>} holding {@code Answer: C} and the explanation, up to its own
 * {@code </details>}. Text before the first question, between the options and the answer or after the
 * answer goes to {@link LeftOut}.
 */
final class HiddenAnswerParser {

    static final Pattern QUESTION = Pattern.compile("(\\d+)\\s*[.)]\\s+(\\S.*)");
    private static final Pattern OPTION = Pattern.compile("([A-Z])\\s*[:.)]\\s*");
    /** "Answer: C", "Answer: A, C" or "Answer: B and D", in a heading or a paragraph. */
    private static final Pattern ANSWER = Pattern.compile("(?i)\\s*(?:correct\\s+)?answers?\\s*[:\\-–]?\\s*"
            + "((?-i:[A-Z])(?:\\s*(?:,|and|&)\\s*(?-i:[A-Z]))*)?\\b.*", Pattern.DOTALL);
    private static final Pattern HTML_ANSWER = Pattern.compile("(?i)answers?\\s*:\\s*((?-i:[A-Z])(?:\\s*(?:,|and|&)\\s*(?-i:[A-Z]))*)\\b");

    private HiddenAnswerParser() {
    }

    static List<Bank.Question> read(SourceDocument doc) {
        List<Bank.Question> questions = new ArrayList<>();
        String section = null;
        Heading current = null;
        Matcher title = null;
        List<Node> body = new ArrayList<>();
        List<Heading> withoutOptions = new ArrayList<>();
        LeftOut outside = new LeftOut(doc);
        int details = 0;
        for (Node node = doc.document().getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof HtmlBlock) {
                details = detailsDepth(node.getChars().toString(), details);
            }
            Matcher m = details == 0 && node instanceof Heading h && h.getLevel() > 2 ? Blocks.title(doc, h, QUESTION) : null;
            boolean sectionHeading = details == 0 && node instanceof Heading h && h.getLevel() <= 2;
            if ((m != null || sectionHeading) && current != null) {
                questions.add(question(doc, section, current, title, body, withoutOptions, outside));
                current = null;
                body = new ArrayList<>();
            }
            if (sectionHeading) {
                section = SourceDocument.plain(node);
                outside.add(node);
            } else if (m != null) {
                outside.end();
                current = (Heading) node;
                title = m;
            } else if (current != null) {
                body.add(node);
            } else {
                outside.add(node);
            }
        }
        if (current != null) {
            questions.add(question(doc, section, current, title, body, withoutOptions, outside));
        }
        outside.end();
        Choices.noteMissingOptions(doc, questions.size(), withoutOptions);
        return questions;
    }

    /**
     * How many {@code <details>} are open after a block of HTML, given how many were before it: an answer
     * may hold a {@code <details>} of its own (a hint), whose end is not the answer's. An end tag with none
     * open counts for nothing.
     */
    static int detailsDepth(String html, int depth) {
        for (HtmlTags.Tag tag : HtmlTags.scan(html).tags()) {
            if (tag.name().equals("details")) {
                depth = Math.max(0, depth + (tag.endTag() ? -1 : 1));
            }
        }
        return depth;
    }

    private static Bank.Question question(SourceDocument doc, String section, Heading heading, Matcher title,
            List<Node> body, List<Heading> withoutOptions, LeftOut outside) {
        List<Node> prompt = new ArrayList<>();
        ListBlock options = null;
        int at = 0;
        for (; at < body.size(); at++) {
            Node node = body.get(at);
            if (node instanceof ListBlock list && isOptions(list)) {
                options = list;
                at++;
                break;
            }
            if (node instanceof HtmlBlock html && html.getChars().toString().contains("<details")) {
                break;
            }
            if (!(node instanceof ThematicBreak)) {
                prompt.add(node);
            }
        }
        List<Node> explanation = new ArrayList<>();
        List<Bank.Reference> references = new ArrayList<>();
        String letters = null;
        int depth = 0;
        boolean answered = false;
        for (; at < body.size(); at++) {
            Node node = body.get(at);
            if (answered || depth == 0 && !(node instanceof HtmlBlock && opensDetails(node))) {
                outside.add(node); // between the options and the answer, or after the answer's </details>
                continue;
            }
            if (node instanceof HtmlBlock) {
                String chars = node.getChars().toString();
                boolean wrapper = depth == 0;
                if (wrapper) {
                    outside.end(); // the answer stands between what comes before it and after it
                }
                boolean inHint = depth > 1;
                depth = detailsDepth(chars, depth);
                answered = depth == 0;
                Matcher m = HTML_ANSWER.matcher(chars);
                if (letters == null && !inHint && m.find()) {
                    letters = m.group(1);
                }
                if (wrapper || answered || chars.strip().matches("(?i)(</?p>\\s*)+")) {
                    continue; // the answer's own <details> and </details>, not the author's explanation
                }
            }
            Matcher m = (node instanceof Heading || node instanceof Paragraph) && letters == null
                    ? ANSWER.matcher(SourceDocument.plain(node)) : null;
            if (m != null && m.matches() && (m.group(1) != null || node instanceof Heading)) {
                letters = m.group(1);
                continue; // the answer line itself, even one that names no option
            }
            List<Bank.Reference> refs = Blocks.references(node);
            if (refs != null) {
                references.addAll(refs);
            } else {
                explanation.add(node);
            }
        }
        List<Bank.Choice> choices = new ArrayList<>();
        if (options == null) {
            withoutOptions.add(heading);
        } else {
            Map<String, Bank.Choice> byLetter = new LinkedHashMap<>();
            List<String> right = letters == null ? List.of() : List.of(letters.split("\\s*(?:,|and|&)\\s*"));
            for (Node n = options.getFirstChild(); n != null; n = n.getNext()) {
                ListItem item = (ListItem) n;
                Node first = item.getFirstChild();
                Matcher label = OPTION.matcher(first.getChars());
                label.lookingAt();
                String text = doc.markdown(item, first.getStartOffset() + label.end(), doc.contentColumn(item));
                byLetter.put(label.group(1), new Bank.Choice(text, right.contains(label.group(1))));
            }
            for (String letter : right) {
                if (!byLetter.containsKey(letter)) {
                    List<String> known = List.copyOf(byLetter.keySet());
                    doc.note(heading, "the answer names option " + letter + ", but the options are "
                            + known.get(0) + " to " + known.get(known.size() - 1));
                }
            }
            choices.addAll(byLetter.values());
        }
        String promptText = doc.markdown(prompt, 0);
        String unusable = options == null ? null : Choices.unusable(choices);
        if (unusable != null) {
            promptText = Choices.intoPrompt(doc, promptText, List.of(options), unusable);
            choices.clear();
        }
        return new Bank.Question(section, title.group(2).strip(), Integer.valueOf(title.group(1)), promptText, choices,
                doc.markdown(explanation, 0), references, doc.file());
    }

    private static boolean opensDetails(Node html) {
        return HtmlTags.scan(html.getChars().toString()).tags().stream().anyMatch(t -> t.name().equals("details") && !t.endTag());
    }

    /** A list whose every item starts with a capital letter and a colon, a period or a parenthesis. */
    private static boolean isOptions(ListBlock list) {
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            Node first = n.getFirstChild();
            if (!(first instanceof Paragraph) || !OPTION.matcher(first.getChars()).lookingAt()) {
                return false;
            }
        }
        return list.hasChildren();
    }
}
