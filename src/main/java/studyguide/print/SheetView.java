package studyguide.print;

import java.util.List;
import studyguide.model.Snippet;

/**
 * What the sheet templates ({@code cheatsheet.ftlh}, {@code quiz.ftlh}) see: the categories to print and the
 * links of the on-screen bar. Every href is relative to the sheet's own page in {@code print/}, except
 * {@code backHref}, which is relative to the site's root (templates prefix it with {@code root}).
 *
 * <p>The questions come without their answers and the rest the sheets do not print, so that editing an
 * answer leaves every sheet's model, and so its page and PDFs, as they were: {@code serve} then renders
 * no sheet again.
 *
 * @param footerCss the sheet's name as a quoted CSS string, for the page footer of the print
 * @param pageNumberCss "page 1 of 3" in the guide's language, as the CSS content of the page footer
 */
public record SheetView(String heading, String subtitle, String description, boolean wholeGuide,
        List<Category> categories, int questionCount, String backHref, String backTitle, String otherHref,
        String otherTitle, String pdfA4, String pdfLetter, List<SheetFigure> figures, String footerCss,
        String pageNumberCss) {

    /** A category on a sheet: its questions grouped by level, in the order of its page. */
    public record Category(String id, String title, String href, int count, List<Group> groups) {
    }

    /** The questions of one level (level is null for the group of questions without a level). */
    public record Group(String level, String label, List<Question> questions) {
    }

    /**
     * A question on a sheet.
     *
     * @param href the question on its category page, relative to the site's root
     * @param snippets only the snippets marked for the cheat sheet
     */
    public record Question(String id, String question, String href, List<String> keyPointsHtml,
            List<Snippet> snippets) {
    }
}
