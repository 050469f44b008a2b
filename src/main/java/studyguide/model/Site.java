package studyguide.model;

import java.util.List;

/** The guide's settings from {@code site.yaml}: title, description and the ordered list of level ids. */
public record Site(String title, String description, List<String> levels) {

    /** The levels used when {@code site.yaml} names none. */
    public static final List<String> DEFAULT_LEVELS = List.of("basic", "intermediate", "advanced");

    public Site {
        levels = List.copyOf(levels);
    }
}
