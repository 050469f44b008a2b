package studyguide.model;

import java.nio.file.Path;
import java.util.List;

/**
 * A content folder of several guides: the library's own words from its {@code site.yaml} and its guides'
 * folders ({@code guides/<id>/}), by id. Each guide is read as a content folder of its own.
 *
 * @param title the library's title; null, as the description, only when its site.yaml lacks it (a problem is recorded)
 * @param lang the language of the library's own page, a BCP 47 tag
 */
public record Library(String title, String description, String lang, List<Shelf> guides) {

    /**
     * The folders a library writes itself, beside its guides' folders: no guide may take these names. The
     * library's page is {@code index.html}, which is no folder and so no guide id's.
     */
    public static final List<String> OWN_FOLDERS = List.of("assets");

    public Library {
        guides = List.copyOf(guides);
    }

    /** One guide of the library: its id, which is its folder in the site, and its content folder. */
    public record Shelf(String id, Path folder) {
    }
}
