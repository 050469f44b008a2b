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

    /**
     * The parts of a question that the theme names {@code <id>--<part>} ({@code question.ftlh}: its title, the body the
     * answer button shows, the notes field, the options and each option's {@code pick-<letter>}), which the ids of
     * its answer, prefixed {@code <id>--}, must leave to them: an answer's "## Notes" would otherwise take the id
     * that labels the notes field.
     */
    private static final Set<String> QUESTION_PARTS = Set.of("title", "body", "notes", "options", "pick");

    /** The fragment with every id it defines, and every reference to one, prefixed. */
    public static String prefix(String html, String prefix) {
        return prefix(html, prefix, false);
    }

    /**
     * {@link #prefix(String, String)} for a question's answer, prefixed {@code <id>--}: an id that is the name of one
     * of the question's parts in the theme gets {@code -section} after it.
     */
    public static String prefixAnswer(String html, String prefix) {
        return prefix(html, prefix, true);
    }

    private static String prefix(String html, String prefix, boolean besideParts) {
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
        return refs.matcher(html).replaceAll(r -> Matcher.quoteReplacement(r.group(1) + prefix + r.group(2)
                + (besideParts && isPart(r.group(2)) ? "-section" : "")));
    }

    private static boolean isPart(String id) {
        int dash = id.indexOf('-');
        return QUESTION_PARTS.contains(dash < 0 ? id : id.substring(0, dash)) && (dash < 0 || id.startsWith("pick-"));
    }
}
