package studyguide.model;

import java.util.List;

/** The guide's settings from {@code site.yaml}: title, description and the ordered list of level ids. */
public record Site(String title, String description, List<String> levels) {

    /**
     * The pages the site writes itself, as {@code <name>.html}: no category or page may take these names,
     * or one would overwrite the other.
     */
    public static final List<String> OWN_PAGES = List.of("index", "404", "flashcards", "interview");

    /**
     * The longest id: ids become file names ({@code print/cheatsheet-<id>-letter.pdf}), and file systems
     * refuse names of more than 255 bytes.
     */
    public static final int MAX_ID_LENGTH = 100;

    /** The levels used when {@code site.yaml} names none. */
    public static final List<String> DEFAULT_LEVELS = List.of("basic", "intermediate", "advanced");

    public Site {
        levels = List.copyOf(levels);
    }
}
