package studyguide.model;

import java.util.List;
import studyguide.problem.Position;

/**
 * One interview question with everything shown for it.
 *
 * @param level one of the site's levels, or null for questions without a level
 * @param answer the model answer, or null when none is written yet
 * @param interviewerIntent what the interviewer is really testing, or null
 * @param position where the question's {@code id} is written
 */
public record Question(
        String id,
        String question,
        String level,
        List<String> tags,
        List<String> keyPoints,
        Markdown answer,
        Markdown interviewerIntent,
        List<Snippet> snippets,
        List<Diagram> diagrams,
        List<String> followUps,
        List<Located<String>> related,
        List<Reference> references,
        Position position) {

    public Question {
        tags = List.copyOf(tags);
        keyPoints = List.copyOf(keyPoints);
        snippets = List.copyOf(snippets);
        diagrams = List.copyOf(diagrams);
        followUps = List.copyOf(followUps);
        related = List.copyOf(related);
        references = List.copyOf(references);
    }
}
