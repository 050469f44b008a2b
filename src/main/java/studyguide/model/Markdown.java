package studyguide.model;

import studyguide.problem.Position;

/**
 * Markdown source with the place its first line was written, so diagrams inside it report real lines.
 *
 * @param rawHtml whether raw HTML in it is passed through: true for the author's own Markdown files
 *     (answers, pages), false for Markdown inside YAML values, where it is shown as text
 */
public record Markdown(String text, Position position, boolean rawHtml) {

    /** Markdown written inside a YAML value: raw HTML in it is escaped. */
    public static Markdown inYaml(String text, Position position) {
        return new Markdown(text, position, false);
    }

    /** Markdown from a Markdown file: raw HTML in it is the author's and passes through. */
    public static Markdown inFile(String text, Position position) {
        return new Markdown(text, position, true);
    }
}
