package studyguide.model;

import java.util.List;
import studyguide.problem.Position;

/**
 * One interview question with everything shown for it.
 *
 * @param question the question as inline Markdown (code spans, emphasis)
 * @param prompt Markdown that belongs to the question (code, images, a table), shown with it everywhere, or null
 * @param level one of the site's levels, or null for questions without a level
 * @param answer the model answer, or null when none is written yet
 * @param choices the options of a multiple-choice question, at least one of them correct; empty otherwise
 * @param interviewerIntent what the interviewer is really testing, or null
 * @param yourStory plain text telling the reader what to write in their own notes (the notes field's
 *     placeholder), for questions about the reader's own work; or null
 * @param source where the question comes from, when it differs from the guide's source; or null
 * @param position where the question's {@code id} is written
 */
public record Question(
        String id,
        String question,
        Markdown prompt,
        String level,
        List<String> tags,
        List<String> keyPoints,
        Markdown answer,
        List<Choice> choices,
        Markdown interviewerIntent,
        String yourStory,
        List<Snippet> snippets,
        List<Diagram> diagrams,
        List<String> followUps,
        List<Located<String>> related,
        List<Reference> references,
        Source source,
        Position position) {

    public Question {
        tags = List.copyOf(tags);
        keyPoints = List.copyOf(keyPoints);
        choices = List.copyOf(choices);
        snippets = List.copyOf(snippets);
        diagrams = List.copyOf(diagrams);
        followUps = List.copyOf(followUps);
        related = List.copyOf(related);
        references = List.copyOf(references);
    }

    /** Whether the reader answers by picking options rather than in their own words. */
    public boolean isMultipleChoice() {
        return !choices.isEmpty();
    }
}
