package studyguide.view;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studyguide.markdown.AsciiText;
import studyguide.view.Views.ChoiceView;
import studyguide.view.Views.DiagramView;
import studyguide.view.Views.QuestionView;

/**
 * A question's rendered HTML as its own page shows it: the HTML was rendered once, for the category page
 * at the site's root, and is reused rather than rendered again (Markdown and diagrams are most of a
 * build). Two things differ on the question's page, one folder down: a relative address gets {@code ../},
 * and an anchor that is not the question's own goes to the category page it was written for; and the
 * page's title is its h1, its sections h2, so the answer's headings move two levels up (h5 to h3).
 *
 * <p>Written with a regular expression over the attributes rather than a parser: the HTML is flexmark's
 * and PlantUML's output (and an author's raw HTML in Markdown files), parsing every answer again would
 * cost more than the rest of the page, and only {@code href}, {@code src} and {@code xlink:href} carry
 * addresses there.
 */
final class QuestionPageHtml {

    private static final Pattern ADDRESS = Pattern.compile("(\\s(?:href|src|xlink:href)\\s*=\\s*)(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern SCHEME = Pattern.compile("^\\s*[a-zA-Z][a-zA-Z0-9+.-]*:");
    /** The attribute names {@link #ADDRESS} starts with, after a space. */
    private static final List<String> ATTRIBUTES = List.of("href", "src", "xlink:href");
    private static final Pattern HEADING = Pattern.compile("(</?h)([56])(?=[\\s>])");

    private QuestionPageHtml() {
    }

    /** The question with every piece of HTML as its page, {@link QuestionUrls#page}, shows it. */
    static QuestionView of(QuestionView q) {
        String categoryPage = q.href().substring(0, q.href().indexOf('#'));
        String own = q.id() + "--";
        return new QuestionView(q.id(), q.question(), fix(q.questionHtml(), q.id(), own, categoryPage),
                fix(q.promptHtml(), q.id(), own, categoryPage), q.level(), q.levelLabel(), q.categoryId(), q.categoryTitle(),
                q.href(), q.page(), q.tags(), q.keyPointsHtml().stream().map(k -> fix(k, q.id(), own, categoryPage)).toList(),
                fix(q.answerHtml(), q.id(), own, categoryPage),
                q.choices().stream().map(c -> new ChoiceView(c.letter(), fix(c.html(), q.id(), own, categoryPage), c.correct(),
                        fix(c.explanationHtml(), q.id(), own, categoryPage))).toList(),
                fix(q.intentHtml(), q.id(), own, categoryPage), q.yourStory(), q.snippets(),
                q.diagrams().stream().map(d -> new DiagramView(d.caption(), fix(d.svg(), q.id(), own, categoryPage),
                        d.cheatsheet(), d.readableWidth())).toList(),
                q.followUps(), q.related(), q.references(), q.source());
    }

    private static String fix(String html, String id, String own, String categoryPage) {
        if (html == null) {
            return null;
        }
        String moved = moveAddresses(html, id, own, categoryPage);
        return moved.contains("<h5") || moved.contains("<h6")
                ? HEADING.matcher(moved).replaceAll(m -> m.group(1) + (Integer.parseInt(m.group(2)) - 2)) : moved;
    }

    /**
     * The HTML with each match of {@link #ADDRESS} read from one folder down: what {@code replaceAll} gives, but
     * the expression is tried only where a match can start, a space before one of the attribute names, found
     * with {@code indexOf}. Tried at every position of every answer, it was most of the question pages' views'
     * time.
     */
    static String moveAddresses(String html, String id, String own, String categoryPage) {
        Matcher m = null;
        StringBuilder out = null;
        int copied = 0;
        int at = candidate(html, 0);
        while (at >= 0) {
            if (m == null) {
                m = ADDRESS.matcher(html);
            }
            m.region(at, html.length());
            if (m.lookingAt()) {
                if (out == null) {
                    out = new StringBuilder(html.length() + 64);
                }
                String value = m.group(2) != null ? m.group(2) : m.group(3);
                String quote = m.group(2) != null ? "\"" : "'";
                out.append(html, copied, at).append(m.group(1)).append(quote)
                        .append(address(value, id, own, categoryPage)).append(quote);
                copied = m.end();
                at = candidate(html, copied);
            } else {
                at = candidate(html, at + 1);
            }
        }
        return out == null ? html : out.append(html, copied, html.length()).toString();
    }

    /** The first position from {@code from} on where {@link #ADDRESS} can match, or -1. */
    private static int candidate(String html, int from) {
        int first = -1;
        for (String name : ATTRIBUTES) {
            for (int k = html.indexOf(name, from + 1); k >= 0 && (first < 0 || k - 1 < first); k = html.indexOf(name, k + 1)) {
                if (AsciiText.isSpace(html.charAt(k - 1))) {
                    first = k - 1;
                    break;
                }
            }
        }
        return first;
    }

    /** The address as read from one folder down. */
    static String address(String value, String id, String own, String categoryPage) {
        if (value.isEmpty() || value.startsWith("/") || SCHEME.matcher(value).find()) {
            return value;
        }
        if (value.startsWith("#")) {
            String target = value.substring(1);
            return target.equals(id) || target.startsWith(own) ? value : "../" + categoryPage + value;
        }
        return "../" + value;
    }
}
