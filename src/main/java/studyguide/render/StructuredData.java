package studyguide.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;
import studyguide.render.Views.CategoryView;
import studyguide.render.Views.QuestionView;

/**
 * schema.org structured data (JSON-LD) for a category page: an {@code FAQPage} whose questions carry
 * their model answer as text, so search engines understand the page.
 */
public final class StructuredData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StructuredData() {
    }

    /**
     * The JSON-LD of a category page, safe to put inside a {@code <script>} element; null when no
     * question has an answer yet (an FAQ page needs at least one).
     */
    public static String faqPage(CategoryView category, String siteTitle, String canonical) {
        ObjectNode page = JSON.createObjectNode();
        page.put("@context", "https://schema.org");
        page.put("@type", "FAQPage");
        page.put("name", category.title() + " — " + siteTitle);
        if (canonical != null) {
            page.put("url", canonical);
        }
        ArrayNode questions = page.putArray("mainEntity");
        List<QuestionView> all = category.groups().stream().flatMap(g -> g.questions().stream()).toList();
        // Turning every answer into text is the slow part on a large guide: do it on every core.
        List<String> answers = all.parallelStream().map(StructuredData::answerText).toList();
        for (int i = 0; i < all.size(); i++) {
            QuestionView q = all.get(i);
            String answer = answers.get(i);
            if (answer.isEmpty()) {
                continue; // an FAQ entry needs an answer
            }
            ObjectNode question = questions.addObject();
            question.put("@type", "Question");
            question.put("name", q.question());
            ObjectNode accepted = question.putObject("acceptedAnswer");
            accepted.put("@type", "Answer");
            accepted.put("text", answer);
            if (canonical != null) {
                question.put("url", canonical + "#" + q.id());
            }
        }
        if (questions.isEmpty()) {
            return null;
        }
        try {
            return forScript(JSON.writeValueAsString(page));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The model answer as text, or the key points when there is no answer yet. */
    static String answerText(QuestionView q) {
        String answer = PlainText.of(q.answerHtml());
        if (!answer.isEmpty()) {
            return answer;
        }
        return q.keyPointsHtml().stream().map(PlainText::of).filter(s -> !s.isEmpty()).collect(Collectors.joining("; "));
    }

    /**
     * JSON made safe to embed in an HTML {@code <script>} element: '<', '>' and '&' only ever occur
     * inside JSON strings, where their \\u escapes mean the same, so no "</script>" or "<!--" in the
     * content can end or change the element. U+2028/2029 are escaped for older JavaScript parsers.
     */
    public static String forScript(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
