package studyguide.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The guide's settings from {@code site.yaml}.
 *
 * @param levels the ordered level ids
 * @param lang the guide's language as a BCP 47 tag ({@code en}, {@code pt-BR}, {@code ja})
 * @param license the licence the content is under, as written ({@code CC BY 4.0}), or null
 * @param source where the content comes from, or null
 * @param labels the author's replacements for the theme's fixed words, by label key, in the order written
 * @param synonyms words the search takes for each other: a word, and the words or phrases that mean the same
 * @param translationOf the id of the guide of the same library this one translates, where it was written; or null
 */
public record Site(String title, String description, List<String> levels, String lang, String license,
        Source source, Map<String, Located<String>> labels, Map<String, List<String>> synonyms,
        Located<String> translationOf) {

    /**
     * The pages the site writes itself, as {@code <name>.html}: no category or page may take these names,
     * or one would overwrite the other.
     */
    public static final List<String> OWN_PAGES = List.of("index", "404", "flashcards", "interview", "my-answers");

    /**
     * The folders the site writes itself: no category may take these names, since a category's question
     * pages go into a folder named after it ({@code gsi/why-gsi.html}) beside the site's own files.
     */
    public static final List<String> OWN_FOLDERS = List.of("assets", "media", "print", "export");

    /**
     * The longest id: ids become file names ({@code print/cheatsheet-<id>-letter.pdf}), and file systems
     * refuse names of more than 255 bytes.
     */
    public static final int MAX_ID_LENGTH = 100;

    /** The levels used when {@code site.yaml} names none. */
    public static final List<String> DEFAULT_LEVELS = List.of("basic", "intermediate", "advanced");

    /** The language when {@code site.yaml} names none. */
    public static final String DEFAULT_LANG = "en";

    public Site {
        levels = List.copyOf(levels);
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        Map<String, List<String>> words = new LinkedHashMap<>();
        synonyms.forEach((word, others) -> words.put(word, List.copyOf(others)));
        synonyms = Collections.unmodifiableMap(words);
    }

    /** Settings of a guide that translates no other. */
    public Site(String title, String description, List<String> levels, String lang, String license, Source source,
            Map<String, Located<String>> labels, Map<String, List<String>> synonyms) {
        this(title, description, levels, lang, license, source, labels, synonyms, null);
    }
}
