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
import java.util.StringJoiner;
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
     * The JSON-LD of a category page at the address of {@code texts}, safe to put inside a {@code <script>}
     * element, with each answer's text from {@code texts} (made once for the category page and the question
     * pages); null when no question has an answer yet (an FAQ page needs at least one).
     */
    static String faqPage(CategoryTexts texts, String siteTitle) {
        CategoryView category = texts.category();
        String canonical = texts.canonical();
        List<QuestionView> all = category.groups().stream().flatMap(g -> g.questions().stream()).toList();
        // Turning every answer into text is the slow part on a large guide: do it on every core.
        List<String> answers = all.parallelStream().map(texts::answer).toList();
        if (answers.stream().allMatch(String::isEmpty)) {
            return null;
        }
        if (texts.kept()) {
            // In serve each question's entry is kept, and an edited answer writes its own entry again, not the
            // category's 1,250. Compact JSON has nothing between an array's elements but commas: the page without
            // entries, cut before its array's end, the entries, and the end.
            String empty = scriptSafe(out -> {
                faqStart(out, category, siteTitle, canonical);
                out.writeEndArray();
                out.writeEndObject();
            });
            // A joiner, not a builder: it makes the text once at its length (4.4 MB at 10,000 questions, twice that
            // as UTF-16 when a title has a dash), where a builder grows by copies and is copied once more at the end.
            StringJoiner json = new StringJoiner(",", empty.substring(0, empty.length() - 2), "]}");
            for (int i = 0; i < all.size(); i++) {
                String answer = answers.get(i);
                if (!answer.isEmpty()) {
                    json.add(texts.faqEntry(all.get(i), answer));
                }
            }
            return json.toString();
        }
        // Written in one pass with the script escapes, not as a tree, a string and five replaced copies of it:
        // at 10,000 questions each category's JSON is 4.4 MB.
        return scriptSafe(out -> {
            faqStart(out, category, siteTitle, canonical);
            for (int i = 0; i < all.size(); i++) {
                if (!answers.get(i).isEmpty()) { // an FAQ entry needs an answer
                    faqEntry(out, all.get(i), answers.get(i), canonical);
                }
            }
            out.writeEndArray();
            out.writeEndObject();
        });
    }

    /** One question's entry in a category page's FAQ data, as the one-pass writing of {@link #faqPage} writes it. */
    static String faqEntry(QuestionView q, String answer, String canonical) {
        return scriptSafe(out -> faqEntry(out, q, answer, canonical));
    }

    /** An FAQ page's JSON up to the start of its list of questions. */
    private static void faqStart(JsonGenerator out, CategoryView category, String siteTitle, String canonical)
            throws IOException {
        out.writeStartObject();
        out.writeStringField("@context", "https://schema.org");
        out.writeStringField("@type", "FAQPage");
        out.writeStringField("name", category.title() + " — " + siteTitle);
        if (canonical != null) {
            out.writeStringField("url", canonical);
        }
        out.writeArrayFieldStart("mainEntity");
    }

    /** One question of an FAQ page, with its answer as text. */
    private static void faqEntry(JsonGenerator out, QuestionView q, String answer, String canonical) throws IOException {
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
    interface JsonBody {
        void write(JsonGenerator out) throws IOException;
    }

    /** The JSON {@code body} writes, with the escapes that keep it inert inside a {@code <script>} element. */
    static String scriptSafe(JsonBody body) {
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
