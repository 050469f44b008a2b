package studyguide.model;

import java.util.List;
import java.util.stream.Stream;

/** A whole guide: the site settings, the categories in display order, and the free-form pages. */
public record Guide(Site site, List<Category> categories, List<Page> pages) {

    public Guide {
        categories = List.copyOf(categories);
        pages = List.copyOf(pages);
    }

    /** Every question of the guide, category by category. */
    public Stream<Question> questions() {
        return categories.stream().flatMap(c -> c.questions().stream());
    }

    public int questionCount() {
        return categories.stream().mapToInt(c -> c.questions().size()).sum();
    }
}
