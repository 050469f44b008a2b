package studyguide.model;

/** A free-form Markdown page from {@code pages/<id>.md}; its title is its first {@code # heading}. */
public record Page(String id, String title, Markdown body) {
}
