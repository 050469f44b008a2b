package studyguide.view;

import java.util.List;
import studyguide.view.Views.CategoryView;
import studyguide.view.Views.PageView;
import studyguide.view.Views.SiteView;

/** The guide with all Markdown and diagrams rendered: everything the templates and later stages need. */
public record RenderedGuide(SiteView site, List<CategoryView> categories, List<PageView> pages) {
}
