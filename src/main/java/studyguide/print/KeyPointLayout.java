package studyguide.print;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import studyguide.model.Category;
import studyguide.model.Guide;
import studyguide.model.Question;
import studyguide.problem.Problems;
import studyguide.view.RenderedGuide;
import studyguide.view.Views.CategoryView;
import studyguide.view.Views.LevelGroup;
import studyguide.view.Views.QuestionView;

/**
 * Warns, at the question, about key points a cheat sheet's column cannot hold: a table of more columns than
 * fit its width, or lists nested deeper than its indentation leaves room for. The PDF renderer does not
 * shrink them: it breaks their text one letter a line and draws over the next question, which the page count
 * does not show.
 */
public final class KeyPointLayout {

    /**
     * The most columns a table in a key point may have: a cheat sheet's column is about 60 mm wide on A4,
     * and a table cell of 7pt text needs some 9 mm for a short word and its padding.
     */
    static final int MAX_COLUMNS = 6;

    /** The deepest nesting of lists a key point may have: each level indents its items by some 4 mm. */
    static final int MAX_LIST_DEPTH = 3;

    private KeyPointLayout() {
    }

    /** Warns for each question whose key points hold such a table or list. */
    public static void check(RenderedGuide guide, Guide model, Problems problems) {
        Map<String, Question> questions = new LinkedHashMap<>();
        for (Category c : model.categories()) {
            c.questions().forEach(q -> questions.put(c.id() + "/" + q.id(), q));
        }
        for (CategoryView c : guide.categories()) {
            for (LevelGroup group : c.groups()) {
                for (QuestionView q : group.questions()) {
                    String problem = problem(q.keyPointsHtml());
                    if (problem != null) {
                        problems.warn(questions.get(c.id() + "/" + q.id()).position(), String.format(Locale.ROOT,
                                "a key point of question '%s' holds %s, which a cheat sheet's column cannot lay out "
                                + "(the PDF breaks it one letter a line over the next question): move it into the "
                                + "answer and keep the key point short (docs/printing.md)", q.id(), problem));
                    }
                }
            }
        }
    }

    /** What of these key points a column cannot hold, described, or null. */
    static String problem(List<String> keyPointsHtml) {
        for (String html : keyPointsHtml) {
            // Most key points are a sentence: only those with a table or a list are parsed.
            if (!html.contains("<table") && !html.contains("<ul") && !html.contains("<ol")) {
                continue;
            }
            Element body = Jsoup.parseBodyFragment(html).body();
            for (Element row : body.select("tr")) {
                int columns = row.select("> th, > td").size();
                if (columns > MAX_COLUMNS) {
                    return String.format(Locale.ROOT, "a table of %d columns (a column fits %d)", columns, MAX_COLUMNS);
                }
            }
            for (Element list : body.select("ul, ol")) {
                int depth = (int) list.parents().stream().filter(e -> e.nameIs("ul") || e.nameIs("ol")).count() + 1;
                if (depth > MAX_LIST_DEPTH) {
                    return String.format(Locale.ROOT, "lists nested %d deep (a column fits %d)", depth, MAX_LIST_DEPTH);
                }
            }
        }
        return null;
    }
}
