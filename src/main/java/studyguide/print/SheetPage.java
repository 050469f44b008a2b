package studyguide.print;

import studyguide.view.PageModel;
import studyguide.view.Views.SiteView;

/** What a sheet's template ({@code cheatsheet.ftlh}, {@code quiz.ftlh}, ...) receives: the frame and the sheet. */
public record SheetPage(SiteView site, String path, String title, String description, String root, SheetView sheet)
        implements PageModel {
}
