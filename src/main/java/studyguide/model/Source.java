package studyguide.model;

import java.util.List;

/**
 * Where content comes from, for attribution: a guide's source in {@code site.yaml}, or one question's.
 *
 * @param title the source's name, plain text
 * @param url its address (https, or http), or null
 * @param authors the people to credit, in order; empty when not given
 */
public record Source(String title, String url, List<String> authors) {

    public Source {
        authors = List.copyOf(authors);
    }
}
