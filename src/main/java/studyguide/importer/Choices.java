package studyguide.importer;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import java.util.List;

/** What the two shapes with options do alike when options are missing or none is marked right. */
final class Choices {

    private Choices() {
    }

    /**
     * Notes each question without options when others of the same file have them: most likely the
     * options are written in a way the importer does not read, and a reader would miss them.
     */
    static void noteMissingOptions(SourceDocument doc, int questions, List<Heading> withoutOptions) {
        if (withoutOptions.size() < questions) {
            withoutOptions.forEach(h -> doc.note(h,
                    "no options, where the other questions of this file have them; imported without choices"));
        }
    }

    /**
     * Why options cannot be choices (a reader could never get one right, or never tell two apart), or
     * null when they can.
     */
    static String unusable(List<Bank.Choice> choices) {
        if (choices.size() == 1) {
            return "only one option";
        }
        if (choices.stream().noneMatch(Bank.Choice::correct)) {
            return "no option is marked as the right answer";
        }
        if (choices.stream().map(c -> c.text().strip()).distinct().count() < choices.size()) {
            return "two options read the same";
        }
        return null;
    }

    /** Options that cannot be choices are kept where a reader still sees them: as a list at the end of the prompt. */
    static String intoPrompt(SourceDocument doc, String prompt, List<Node> options, String why) {
        doc.note(options.get(0), why + "; the options are kept in the prompt as a list, without choices");
        String list = doc.markdown(options, 0);
        return prompt == null ? list : prompt + "\n\n" + list;
    }
}
