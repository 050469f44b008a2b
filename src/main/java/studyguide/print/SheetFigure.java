package studyguide.print;

/**
 * A diagram marked for the cheat sheet. Diagrams are printed after the columns, across the page, because a
 * diagram squeezed into one column would be too small to read; its question refers to it by number.
 *
 * @param question the title as plain text, {@code questionHtml} with its inline Markdown
 * @param widthMm the printed width: the diagram's own size at the scale that keeps its text near the sheet's
 *     type size (the stylesheet caps it at the page's width)
 */
public record SheetFigure(int number, String questionId, String question, String questionHtml, String caption, String svg, int widthMm) {
}
