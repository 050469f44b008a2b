package studyguide.markdown;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the ids inside an HTML or SVG fragment unique on its page by prefixing them, together with
 * every reference to them in the fragment ({@code href="#id"}, {@code xlink:href="#id"}, {@code url(#id)}).
 */
public final class HtmlIds {

    private static final Pattern ID = Pattern.compile(" id=\"([^\"]+)\"");

    private HtmlIds() {
    }

    /** The fragment with every id it defines, and every reference to one, prefixed. */
    public static String prefix(String html, String prefix) {
        if (prefix.isEmpty() || !html.contains(" id=\"")) {
            return html;
        }
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = ID.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        if (ids.isEmpty()) {
            return html;
        }
        // One pass over the text, so that an id that is a prefix of another is never rewritten twice.
        Pattern refs = Pattern.compile("( id=\"|href=\"#|url\\(#)(" + String.join("|", ids.stream().map(Pattern::quote).toList())
                + ")(?=[\")])");
        return refs.matcher(html).replaceAll(r -> Matcher.quoteReplacement(r.group(1) + prefix + r.group(2)));
    }
}
