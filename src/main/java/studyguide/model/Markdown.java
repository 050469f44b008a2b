package studyguide.model;

import studyguide.problem.Position;

/** Markdown source with the place its first line was written, so diagrams inside it report real lines. */
public record Markdown(String text, Position position) {
}
