package studyguide.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studyguide.media.Media;
import studyguide.view.RenderedGuide;
import studyguide.view.Views.CategoryView;
import studyguide.view.Views.LevelGroup;
import studyguide.view.Views.QuestionView;

/**
 * {@code export/anki.csv}: one Anki note per question, the question on the front and the key points and
 * model answer (HTML) on the back. Header lines tell Anki (2.1.55 and later) the separator, that fields
 * are HTML, the note type, the deck, the tags column and a GUID column, so importing the file again
 * after the guide changes updates the notes instead of duplicating them.
 *
 * <p>The CSV is written here rather than with a library: every field is quoted and quotes are doubled,
 * which is all of RFC 4180 a writer needs.
 */
final class AnkiExport {

    /** A relative link in the rendered HTML (not an anchor on the card, not an address with a scheme). */
    private static final Pattern RELATIVE_HREF = Pattern.compile("(\\shref=\")(?![a-zA-Z][a-zA-Z0-9+.-]*:)([^\"#][^\"]*)\"");

    /** An image of the guide's own, as the site shows it. */
    private static final Pattern MEDIA_SRC = Pattern.compile("(\\ssrc=\")" + Pattern.quote(Media.FOLDER) + "([^\"/]+)\"");

    private AnkiExport() {
    }

    /** Writes the export to {@code csv} as it goes, a row at a time. */
    static void write(RenderedGuide guide, Writer csv) throws IOException {
        csv.append("#separator:comma\n");
        csv.append("#html:true\n");
        csv.append("#notetype:Basic\n");
        csv.append("#deck:").append(oneLine(guide.site().title())).append('\n');
        csv.append("#columns:Front,Back,Tags,GUID\n");
        csv.append("#tags column:3\n");
        csv.append("#guid column:4\n");
        String deck = slug(guide.site().title());
        for (CategoryView c : guide.categories()) {
            for (LevelGroup g : c.groups()) {
                for (QuestionView q : g.questions()) {
                    row(csv, List.of(escape(q.question()), absoluteLinks(images(back(q), guide.site().baseUrl()),
                            guide.site().baseUrl()), tags(c, q),
                            deck + "/" + q.id()));
                }
            }
        }
    }

    /** The back of a card: the key points as a list, then the model answer. */
    static String back(QuestionView q) {
        StringBuilder html = new StringBuilder();
        if (!q.keyPointsHtml().isEmpty()) {
            html.append("<ul class=\"key-points\">");
            q.keyPointsHtml().forEach(k -> html.append("<li>").append(k).append("</li>"));
            html.append("</ul>");
        }
        if (q.answerHtml() != null) {
            html.append("<div class=\"answer\">").append(q.answerHtml()).append("</div>");
        }
        return html.toString();
    }

    /**
     * Links to other pages of the site lead nowhere inside Anki; with the site's address known they
     * point to the published site instead.
     */
    static String absoluteLinks(String html, String baseUrl) {
        if (baseUrl == null) {
            return html;
        }
        return RELATIVE_HREF.matcher(html).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + baseUrl + m.group(2) + "\""));
    }

    /**
     * Anki shows an image from its own media folder by file name alone, or from an address: with the
     * site's address known, images load from the published site; without it, they name the file, which
     * the reader copies from {@code site/media/} into Anki's {@code collection.media} folder.
     */
    static String images(String html, String baseUrl) {
        if (!html.contains(Media.FOLDER)) {
            return html;
        }
        String prefix = baseUrl == null ? "" : baseUrl + Media.FOLDER;
        return MEDIA_SRC.matcher(html).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + prefix + m.group(2) + "\""));
    }

    /** Anki tags are separated by spaces: the category, the level and the question's tags. */
    private static String tags(CategoryView c, QuestionView q) {
        List<String> tags = new ArrayList<>();
        tags.add(c.id());
        if (q.level() != null) {
            tags.add(q.level());
        }
        q.tags().forEach(t -> tags.add(t.strip().replaceAll("\\s+", "_")));
        return String.join(" ", tags.stream().distinct().toList());
    }

    private static void row(Writer csv, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append('"').append(fields.get(i).replace("\"", "\"\"")).append('"');
        }
        csv.append('\n');
    }

    /** Question text is plain text; on an HTML card it must be escaped to show as written. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }

    static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "guide" : slug;
    }
}
