package studyguide.view;

import studyguide.model.Source;

/**
 * Whom to credit, as HTML in the guide's language, for the outputs that are not made from templates (the
 * Anki cards): "Questions from <a>Title</a> by A, B · CC BY 4.0". The pages say the same through
 * {@code words.ftlh}'s {@code credit} macro.
 */
public final class Credit {

    private Credit() {
    }

    /**
     * The credit line, or an empty string when there is neither source nor licence.
     *
     * @param lead the label around the source: {@code questions_from} for the guide, {@code question_source} for a question
     */
    public static String html(Labels labels, Source source, String license, String lead) {
        StringBuilder html = new StringBuilder();
        if (source != null) {
            String title = source.url() == null ? escape(source.title())
                    : "<a href=\"" + escape(source.url()) + "\">" + escape(source.title()) + "</a>";
            String named = source.authors().isEmpty() ? title
                    : around(labels.get("source_by").replace("{authors}",
                            String.join(labels.get("author_separator"), source.authors())), "title", title);
            html.append(around(labels.get(lead), "source", named));
        }
        if (license != null && !license.isEmpty()) {
            html.append(html.length() > 0 ? " · " : "").append(escape(license));
        }
        return html.toString();
    }

    /** The words escaped, with {name} replaced by ready HTML. */
    private static String around(String words, String name, String html) {
        String mark = "{" + name + "}";
        int at = words.indexOf(mark);
        return at < 0 ? escape(words) : escape(words.substring(0, at)) + html + escape(words.substring(at + mark.length()));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
