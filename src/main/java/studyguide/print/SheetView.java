package studyguide.print;

import java.util.List;
import studyguide.render.Views.CategoryView;

/**
 * What the sheet templates ({@code cheatsheet.ftlh}, {@code quiz.ftlh}) see: the categories to print and the
 * links of the on-screen bar. Every href is relative to the sheet's own page in {@code print/}, except
 * {@code backHref}, which is relative to the site's root (templates prefix it with {@code root}).
 *
 * @param footerCss the sheet's name as a quoted CSS string, for the page footer of the print
 */
public record SheetView(String heading, String subtitle, String description, boolean wholeGuide,
        List<CategoryView> categories, int questionCount, String backHref, String backTitle, String otherHref,
        String otherTitle, String pdfA4, String pdfLetter, List<SheetFigure> figures, String footerCss) {
}
