package studyguide.view;

import java.util.List;

/**
 * The plain text of one question's Markdown that the search index reads, made by {@link ViewBuilder} from the
 * same parse as the HTML (parsing again for the text would cost as much as rendering). Not a template's view:
 * the build hands it to the search stage only, which drops it when its index is made.
 *
 * @param keyPoints each key point's plain text
 * @param prompt the plain text of the prompt and of each option, each followed by a line break ("" when none)
 * @param answerBlocks the plain text of the model answer, the interviewer's intent and each option's
 *     explanation, those there are, in that order: the renderer's own strings, not joined here, as every
 *     question's text is made before the first is read, while the renderings that hold them are still kept
 *     (at 100,000 questions a copy of every answer, 140 MB, as the Markdown stage ends)
 */
public record SearchText(List<String> keyPoints, String prompt, List<String> answerBlocks) {
    public SearchText {
        keyPoints = List.copyOf(keyPoints);
        answerBlocks = List.copyOf(answerBlocks);
    }

    /** The answer's blocks as one text, each followed by a line break ("" when none). */
    public String answer() {
        StringBuilder text = new StringBuilder();
        for (String block : answerBlocks) {
            text.append(block).append('\n');
        }
        return text.toString();
    }
}
