package studyguide.view;

import java.util.List;

/**
 * The plain text of one question's Markdown that the search index reads, made by {@link ViewBuilder} from the
 * same parse as the HTML (parsing again for the text would cost as much as rendering). Not a template's view:
 * the build hands it to the search stage only, which drops it when its index is made.
 *
 * @param keyPoints each key point's plain text
 * @param prompt the plain text of the prompt and of each option, each followed by a line break ("" when none)
 * @param answer the plain text of the model answer, the interviewer's intent and each option's explanation,
 *     each followed by a line break ("" when none)
 */
public record SearchText(List<String> keyPoints, String prompt, String answer) {
    public SearchText {
        keyPoints = List.copyOf(keyPoints);
    }
}
