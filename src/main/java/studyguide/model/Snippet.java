package studyguide.model;

/**
 * A code snippet from {@code snippets/}, already cut to the chosen lines.
 *
 * @param file the path under {@code snippets/}, as written in the question
 * @param firstLine the 1-based number of the first line shown
 * @param language the highlighting language derived from the file extension, e.g. {@code python}
 * @param code the lines shown, without a trailing newline
 * @param cheatsheet whether the author marked it for cheat sheets
 */
public record Snippet(String file, String title, int firstLine, String language, String code, boolean cheatsheet) {
}
