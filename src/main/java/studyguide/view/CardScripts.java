package studyguide.view;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import studyguide.cache.Cache;
import studyguide.cache.Same;
import studyguide.output.OutputFile;
import studyguide.view.Views.CategoryView;
import studyguide.view.Views.QuestionView;
import studyguide.view.Views.SiteView;

/**
 * The rendered prompt and options (and the follow-ups) of the questions that have them, one script per category
 * ({@code cards/<category>.js}), which flashcards and the mock interview load when a deck needs that
 * category ({@code assets/cards.js}). Carried inline, every card of a 10,000-question bank made each of
 * those two pages 36 MB; a script, unlike {@code fetch}, also loads from {@code file://}.
 */
final class CardScripts {

    /** The folder of the scripts, beside the pages. */
    static final String FOLDER = "cards/";

    private CardScripts() {
    }

    /** The categories that have a card script, in guide order. */
    static List<String> categories(RenderedGuide guide) {
        return guide.categories().stream().filter(c -> !fronts(c).isEmpty()).map(CategoryView::id).toList();
    }

    /**
     * The script of a category's cards, calling {@code studyguideCards.add(category, html)} with the HTML
     * of {@code card-fronts.ftlh}; null when the category has no cards, or when the template failed and recorded
     * its problem. In a process that builds again and again, the HTML is kept by the category's and the site's
     * views, and the script by the HTML it was made from ({@code scripts}).
     */
    static OutputFile render(CategoryView category, SiteView site, TemplateRenderer templates, Cache<List<Object>, String> scripts) {
        List<QuestionView> fronts = fronts(category);
        if (fronts.isEmpty()) {
            return null;
        }
        byte[] html = templates.renderBytes("card-fronts.ftlh", List.of(new Same(site), new Same(category)),
                () -> new Fronts(site, "", fronts));
        if (html == null) {
            return null;
        }
        List<Object> key = List.of(FOLDER, category.id(), new Same(html));
        String script = scripts.get(key);
        if (script == null) {
            JsonStringEncoder json = JsonStringEncoder.getInstance();
            String text = new String(html, StandardCharsets.UTF_8);
            script = new StringBuilder(text.length() + 100).append("window.studyguideCards.add(\"")
                    .append(json.quoteAsString(category.id())).append("\", \"").append(json.quoteAsString(text))
                    .append("\");\n").toString();
            scripts.put(key, script);
        }
        return OutputFile.text(FOLDER + category.id() + ".js", script);
    }

    /** What {@code card-fronts.ftlh} receives: the questions whose fronts it renders. */
    public record Fronts(SiteView site, String root, List<QuestionView> fronts) {
    }

    /**
     * A category's questions with a prompt, options or follow-ups. Flashcards and the mock interview take the
     * rest of a question from the search index, as text; prompts and options are HTML (code, tables, images),
     * and the follow-ups are asked by the mock interview only, so the index that every page loads does not
     * carry them.
     */
    private static List<QuestionView> fronts(CategoryView category) {
        return category.groups().stream()
                .flatMap(g -> g.questions().stream())
                .filter(q -> q.promptHtml() != null || q.multipleChoice() || !q.followUps().isEmpty())
                .toList();
    }
}
