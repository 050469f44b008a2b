package studyguide.view;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import studyguide.markdown.PlainText;
import studyguide.view.Views.CategoryView;
import studyguide.view.Views.ChoiceView;
import studyguide.view.Views.QuestionView;

/**
 * schema.org structured data (JSON-LD), so search engines understand a page: a category page is an
 * {@code FAQPage} whose questions carry their model answer as text; a question's own page with a written
 * answer is a {@code QAPage}.
 */
public final class StructuredData {

    private static final JsonFactory JSON = new JsonFactory();
    /** What {@link #forScript} replaces, escaped by the generator: the JSON can go into a script as it is. */
    private static final CharacterEscapes FOR_SCRIPT = new ScriptEscapes();

    private StructuredData() {
    }

    /**
     * The JSON-LD of a category page, safe to put inside a {@code <script>} element, with each answer's text
     * from {@code answerText} ({@link #answerText}, made once for the category page and the question pages);
     * null when no question has an answer yet (an FAQ page needs at least one).
     */
    static String faqPage(CategoryView category, String siteTitle, String canonical, Function<QuestionView, String> answerText) {
        List<QuestionView> all = category.groups().stream().flatMap(g -> g.questions().stream()).toList();
        // Turning every answer into text is the slow part on a large guide: do it on every core.
        List<String> answers = all.parallelStream().map(answerText).toList();
        if (answers.stream().allMatch(String::isEmpty)) {
            return null;
        }
        // Written in one pass with the script escapes, not as a tree, a string and five replaced copies of it:
        // at 10,000 questions each category's JSON is 4.4 MB.
        return scriptSafe(out -> {
            out.writeStartObject();
            out.writeStringField("@context", "https://schema.org");
            out.writeStringField("@type", "FAQPage");
            out.writeStringField("name", category.title() + " — " + siteTitle);
            if (canonical != null) {
                out.writeStringField("url", canonical);
            }
            out.writeArrayFieldStart("mainEntity");
            for (int i = 0; i < all.size(); i++) {
                QuestionView q = all.get(i);
                String answer = answers.get(i);
                if (answer.isEmpty()) {
                    continue; // an FAQ entry needs an answer
                }
                out.writeStartObject();
                out.writeStringField("@type", "Question");
                out.writeStringField("name", q.question());
                out.writeObjectFieldStart("acceptedAnswer");
                out.writeStringField("@type", "Answer");
                out.writeStringField("text", answer);
                out.writeEndObject();
                if (canonical != null) {
                    out.writeStringField("url", canonical + "#" + q.id());
                }
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        });
    }

    /**
     * The JSON-LD of a question's own page, safe inside a {@code <script>} element; null when the question
     * has no written answer (a multiple-choice question's right options are not an answer to show a search
     * engine, and a question page needs one).
     *
     * @param answer the answer as text ({@link #answerText})
     */
    static String qaPage(QuestionView q, String answer, String canonical) {
        if (q.answerHtml() == null || answer.isEmpty()) {
            return null;
        }
        return scriptSafe(out -> {
            out.writeStartObject();
            out.writeStringField("@context", "https://schema.org");
            out.writeStringField("@type", "QAPage");
            if (canonical != null) {
                out.writeStringField("url", canonical);
            }
            out.writeObjectFieldStart("mainEntity");
            out.writeStringField("@type", "Question");
            out.writeStringField("name", q.question());
            String prompt = PlainText.of(q.promptHtml());
            out.writeStringField("text", prompt.isEmpty() ? q.question() : q.question() + " " + prompt);
            out.writeNumberField("answerCount", 1);
            out.writeObjectFieldStart("acceptedAnswer");
            out.writeStringField("@type", "Answer");
            out.writeStringField("text", answer);
            if (canonical != null) {
                out.writeStringField("url", canonical + "#" + q.id() + "--body");
            }
            out.writeEndObject();
            out.writeEndObject();
            out.writeEndObject();
        });
    }

    /** What writes one JSON document. */
    private interface JsonBody {
        void write(JsonGenerator out) throws IOException;
    }

    /** The JSON {@code body} writes, with the escapes that keep it inert inside a {@code <script>} element. */
    private static String scriptSafe(JsonBody body) {
        StringWriter json = new StringWriter();
        try (JsonGenerator out = JSON.createGenerator(json)) {
            out.setCharacterEscapes(FOR_SCRIPT);
            body.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string cannot fail", e);
        }
        return json.toString();
    }

    /**
     * The model answer as text, or the key points when there is no answer yet, or for a multiple-choice
     * question with neither its right options, one a line, each with its explanation.
     */
    static String answerText(QuestionView q) {
        String answer = PlainText.of(q.answerHtml());
        if (!answer.isEmpty()) {
            return answer;
        }
        String points = q.keyPointsHtml().stream().map(PlainText::of).filter(s -> !s.isEmpty()).collect(Collectors.joining("; "));
        if (!points.isEmpty()) {
            return points;
        }
        return q.choices().stream()
                .filter(ChoiceView::correct)
                .map(c -> PlainText.of(c.html()) + (c.explanationHtml() == null ? "" : ": " + PlainText.of(c.explanationHtml())))
                .collect(Collectors.joining("\n"));
    }

    /**
     * JSON made safe to embed in an HTML {@code <script>} element: '<', '>' and '&' only ever occur
     * inside JSON strings, where their \\u escapes mean the same, so no "</script>" or "<!--" in the
     * content can end or change the element. U+2028/2029 are escaped for older JavaScript parsers.
     */
    public static String forScript(String json) {
        // ScriptEscapes below escapes the same characters the same way while JSON is written.
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    /** The escapes of {@link #forScript}, applied by the JSON generator as it writes each string. */
    private static final class ScriptEscapes extends CharacterEscapes {
        private static final SerializedString LT = new SerializedString("\\u003c");
        private static final SerializedString GT = new SerializedString("\\u003e");
        private static final SerializedString AMP = new SerializedString("\\u0026");
        private static final SerializedString LINE = new SerializedString("\\u2028");
        private static final SerializedString PARAGRAPH = new SerializedString("\\u2029");
        private final int[] ascii = standardAsciiEscapesForJSON();

        ScriptEscapes() {
            ascii['<'] = ESCAPE_CUSTOM;
            ascii['>'] = ESCAPE_CUSTOM;
            ascii['&'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case '<' -> LT;
                case '>' -> GT;
                case '&' -> AMP;
                case '\u2028' -> LINE;
                case '\u2029' -> PARAGRAPH;
                default -> null;
            };
        }
    }
}
