package studyguide.render;

import java.util.List;
import studyguide.render.Views.CategoryView;
import studyguide.render.Views.PageView;
import studyguide.render.Views.SiteView;

/** The guide with all Markdown and diagrams rendered: everything the templates and later stages need. */
public record RenderedGuide(SiteView site, List<CategoryView> categories, List<PageView> pages) {
}
