package studyguide.view;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
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
    static OutputFile render(CategoryView category, SiteView site, TemplateRenderer templates, Cache<List<Object>, byte[]> scripts) {
        List<QuestionView> fronts = fronts(category);
        if (fronts.isEmpty()) {
            return null;
        }
        byte[] html = templates.renderBytes("card-fronts.ftlh", category.id(), List.of(new Same(site), new Same(category)),
                () -> new Fronts(site, "", fronts));
        if (html == null) {
            return null;
        }
        List<Object> key = List.of(FOLDER, category.id(), new Same(html));
        byte[] script = scripts.get(key);
        if (script == null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(html.length + html.length / 16 + 100);
            out.writeBytes("window.studyguideCards.add(\"".getBytes(StandardCharsets.UTF_8));
            quoted(category.id().getBytes(StandardCharsets.UTF_8), out);
            out.writeBytes("\", \"".getBytes(StandardCharsets.UTF_8));
            quoted(html, out);
            out.writeBytes("\");\n".getBytes(StandardCharsets.UTF_8));
            script = out.toByteArray();
            scripts.put(key, script);
        }
        return new OutputFile(FOLDER + category.id() + ".js", script);
    }

    /**
     * UTF-8 text as the inside of a JSON string, escaped as Jackson's {@code JsonStringEncoder.quoteAsString}
     * escapes it: {@code "} and {@code \\}, and the control characters (short forms where JSON has them). Done on
     * the bytes, which the template rendered: decoding a category's cards (megabytes at 10,000 questions) into a
     * String, escaping it into another and encoding that again made three copies.
     */
    static void quoted(byte[] utf8, ByteArrayOutputStream out) {
        int start = 0;
        for (int i = 0; i < utf8.length; i++) {
            int b = utf8[i];
            if (b >= 0x20 && b != '"' && b != '\\' || b < 0) {
                continue; // as it is, with every byte of a character beyond ASCII
            }
            out.write(utf8, start, i - start);
            start = i + 1;
            switch (b) {
                case '"' -> out.writeBytes(new byte[] {'\\', '"'});
                case '\\' -> out.writeBytes(new byte[] {'\\', '\\'});
                case '\b' -> out.writeBytes(new byte[] {'\\', 'b'});
                case '\t' -> out.writeBytes(new byte[] {'\\', 't'});
                case '\n' -> out.writeBytes(new byte[] {'\\', 'n'});
                case '\f' -> out.writeBytes(new byte[] {'\\', 'f'});
                case '\r' -> out.writeBytes(new byte[] {'\\', 'r'});
                default -> out.writeBytes(String.format(Locale.ROOT, "\\u%04X", b).getBytes(StandardCharsets.US_ASCII));
            }
        }
        out.write(utf8, start, utf8.length - start);
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
