package studyguide.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import studyguide.problem.Position;
import studyguide.problem.Problems;

/** The check every address written in YAML goes through: references and sources. */
final class WebAddress {

    private WebAddress() {
    }

    /**
     * Whether {@code url} (the value of {@code key}, written at {@code at}) is a full https or http address;
     * records an error when it is not, and a warning for http.
     */
    static boolean check(String url, String key, Position at, Problems problems) {
        String problem = problem(url, key);
        if (problem != null) {
            problems.add(at, problem);
            return false;
        }
        if (url.regionMatches(true, 0, "http:", 0, 5)) {
            // Many sources (older papers, some vendors) have no https address; a reader may still want them.
            problems.warn(at, "'" + url + "' is an http:// address; use https:// where the site has it");
        }
        return true;
    }

    /** Why {@code url} is not a full web address (https, or http), or null when it is one. */
    private static String problem(String url, String key) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            String character = e.getIndex() >= 0 && e.getIndex() < url.length()
                    ? " '" + url.charAt(e.getIndex()) + "' at character " + (e.getIndex() + 1) : "";
            return "'" + key + "' is not a valid address: it has" + (character.isEmpty() ? " a syntax error" : character)
                    + " (write spaces as %20 and leave quotes out): '" + url + "'";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getHost().isEmpty()) {
            return "'" + key + "' must be a full https:// address, not '" + url + "'";
        }
        return null;
    }
}
