package studyguide.markdown;

/**
 * A question's (or a category's) title rendered as inline Markdown.
 *
 * @param html the title as HTML: code spans, emphasis, strong and strikethrough; everything else as text
 * @param text the same title as plain text, for places that take no markup (page titles, link previews,
 *     structured data, the search index's words, plain fields of the exports)
 */
public record Title(String html, String text) {

    /** Whether the title has any markup, that is, whether its HTML is more than its escaped text. */
    public boolean formatted() {
        return html.indexOf('<') >= 0;
    }
}
