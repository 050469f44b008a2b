package studyguide.export;

import java.util.List;
import studyguide.view.PageModel;
import studyguide.view.Views.CategoryView;
import studyguide.view.Views.PageView;
import studyguide.view.Views.SiteView;

/**
 * What {@code single-file.ftlh} receives: the frame, every category and page, and {@code imagesBeside}, the
 * size of the guide's images when they stay in the site's {@code media/} instead of the file (else null).
 */
public record SingleFilePage(SiteView site, String path, String title, String description, String root,
        List<CategoryView> categories, List<PageView> pages, String imagesBeside) implements PageModel {
}
