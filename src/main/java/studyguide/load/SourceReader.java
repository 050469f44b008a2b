package studyguide.load;

import java.util.List;
import java.util.Set;
import studyguide.model.Source;
import studyguide.problem.Problems;

/** Reads a {@code source} mapping (title, url, authors), in site.yaml or on a question. */
final class SourceReader {

    static final Set<String> KEYS = Set.of("title", "url", "authors");

    private SourceReader() {
    }

    /** The source written at {@code fields}' key {@code source}, or null when absent or unusable. */
    static Source read(Fields fields, Problems problems) {
        if (!fields.has("source")) {
            return null;
        }
        Fields s = fields.mapping("source", "a source", KEYS);
        if (s == null) {
            return null;
        }
        String title = s.requiredText("title");
        String url = s.optionalText("url");
        boolean urlUsable = url == null || WebAddress.check(url, "url", s.at("url"), problems);
        List<String> authors = s.textList("authors");
        return title == null || !urlUsable ? null : new Source(title, url, authors);
    }
}
