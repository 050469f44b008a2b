package studyguide.view;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
                fix(q.intentHtml(), q.id(), own, categoryPage), q.snippets(),
                q.diagrams().stream().map(d -> new DiagramView(d.caption(), fix(d.svg(), q.id(), own, categoryPage),
                        d.cheatsheet(), d.readableWidth())).toList(),
                q.followUps(), q.related(), q.references(), q.source());
    }

    private static String fix(String html, String id, String own, String categoryPage) {
        if (html == null) {
            return null;
        }
        String moved = html.contains("=") ? ADDRESS.matcher(html).replaceAll(m -> {
            String value = m.group(2) != null ? m.group(2) : m.group(3);
            String quote = m.group(2) != null ? "\"" : "'";
            return Matcher.quoteReplacement(m.group(1) + quote + address(value, id, own, categoryPage) + quote);
        }) : html;
        return moved.contains("<h5") || moved.contains("<h6")
                ? HEADING.matcher(moved).replaceAll(m -> m.group(1) + (Integer.parseInt(m.group(2)) - 2)) : moved;
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
