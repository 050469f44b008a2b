package studyguide.model;

import studyguide.problem.Position;

/**
 * One option of a multiple-choice question.
 *
 * @param text the option as Markdown
 * @param correct whether picking it is right; a question may have several right options
 * @param explanation why it is right or wrong, as Markdown, or null
 * @param position where the option starts
 */
public record Choice(Markdown text, boolean correct, Markdown explanation, Position position) {
}
