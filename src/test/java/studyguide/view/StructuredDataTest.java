package studyguide.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.Cli;
import studyguide.cache.Cache;
import studyguide.cache.Memo;
import studyguide.diagram.DiagramRenderer;
import studyguide.load.GuideLoader;
import studyguide.markdown.MarkdownRenderer;
import studyguide.model.Guide;
import studyguide.problem.Problems;
import studyguide.view.Views.CategoryView;
import studyguide.view.Views.QuestionView;

/**
 * The FAQ structured data of a category page, written in one pass with its script escapes, is exactly the
 * JSON of the answers made as a tree and escaped afterwards with {@link StructuredData#forScript}, for text
 * that needs every escape: markup that could end the script, line and paragraph separators, quotes,
 * backslashes, control characters and characters outside the Basic Multilingual Plane.
 */
class StructuredDataTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void oneEscapedPassWritesWhatTheTreeAndForScriptWrite() throws IOException {
        Path guide = Cli.copy(Cli.SMALL_GUIDE, temp.resolve("guide"));
        Files.writeString(guide.resolve("questions/tricky.yaml"), """
                title: "Tricky <b>&amp; \\u2028 titles"
                questions:
                  - id: tricky-one
                    question: "What ends </script><!-- a \\"script\\" \\\\ element \\u2029 & why?"
                    level: intermediate
                  - id: tricky-two
                    question: "Tab\\tand 😀 in a question?"
                    level: basic
                """);
        Files.writeString(guide.resolve("site.yaml"), Files.readString(guide.resolve("site.yaml"))
                .replace("categories: [storage, queries]", "categories: [storage, queries, tricky]"));
        Files.writeString(guide.resolve("answers/tricky-one.md"), """
                An answer with </script> and <!-- a comment -->, `a < b && c > d`, "quotes", back\\\\slashes,
                a line separator \u2028 here and a paragraph separator \u2029 there, and 😀.

                ```js
                if (a < b) { s = "</script>"; }
                ```
                """);
        Files.writeString(guide.resolve("answers/tricky-two.md"), "Plain & simple, \u0001 a control character.\n");

        Problems problems = new Problems();
        Guide loaded = new GuideLoader(problems).load(guide);
        problems.throwIfAny();
        MarkdownRenderer markdown = new MarkdownRenderer(new DiagramRenderer(problems), problems);
        RenderedGuide rendered = new ViewBuilder(markdown, new DiagramRenderer(problems)).build(loaded, null).views();
        problems.throwIfAny();

        for (CategoryView category : rendered.categories()) {
            for (String canonical : new String[] {null, "https://user.github.io/repo/" + category.href() + "?a=1&b=<2>"}) {
                String written = StructuredData.faqPage(CategoryTexts.of(category, canonical, Cache.none(), true),
                        "Site \u2028 & <Title>");
                assertEquals(asTree(category, "Site \u2028 & <Title>", canonical), written, category.id());
                // serve's way, each question's entry kept and the page joined from them, once made and once kept.
                Memo<String, CategoryTexts> kept = new Memo<>();
                for (int build = 0; build < 2; build++) {
                    assertEquals(written, StructuredData.faqPage(CategoryTexts.of(category, canonical, kept, true),
                            "Site \u2028 & <Title>"), category.id());
                    kept.keepOnlyUsed();
                }
                assertFalse(written.contains("<") || written.contains(">") || written.contains("&"), written);
                assertFalse(written.contains("\u2028") || written.contains("\u2029"), written);
                JsonNode parsed = MAPPER.readTree(written);
                assertNotNull(parsed.get("mainEntity"));
            }
        }
    }

    @Test
    void aMultipleChoiceQuestionWithoutAWrittenAnswerIsAnsweredByItsRightOptions() {
        Problems problems = new Problems();
        Guide loaded = new GuideLoader(problems).load(Path.of("src/test/resources/guides/quiz"));
        MarkdownRenderer markdown = new MarkdownRenderer(new DiagramRenderer(problems), problems);
        RenderedGuide rendered = new ViewBuilder(markdown, new DiagramRenderer(problems)).build(loaded, null).views();
        problems.throwIfAny();
        List<QuestionView> all = rendered.categories().stream().flatMap(c -> c.groups().stream())
                .flatMap(g -> g.questions().stream()).toList();
        QuestionView counter = all.stream().filter(q -> q.id().equals("closure-counter")).findFirst().orElseThrow();
        assertEquals("3: Each call increments the same captured n.", StructuredData.answerText(counter));
        QuestionView await = all.stream().filter(q -> q.id().equals("await-in-loop")).findFirst().orElseThrow();
        assertEquals("The iterations run one after another.\nIt is a syntax error outside an async function (or a module's top level).",
                StructuredData.answerText(await), "several, without explanations");
    }

    /** The structured data as it was made before: a Jackson tree, written as a string, then escaped. */
    private static String asTree(CategoryView category, String siteTitle, String canonical) throws IOException {
        ObjectNode page = MAPPER.createObjectNode();
        page.put("@context", "https://schema.org");
        page.put("@type", "FAQPage");
        page.put("name", category.title() + " — " + siteTitle);
        if (canonical != null) {
            page.put("url", canonical);
        }
        ArrayNode questions = page.putArray("mainEntity");
        List<QuestionView> all = category.groups().stream().flatMap(g -> g.questions().stream()).toList();
        for (QuestionView q : all) {
            String answer = StructuredData.answerText(q);
            if (answer.isEmpty()) {
                continue;
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
        return questions.isEmpty() ? null : StructuredData.forScript(MAPPER.writeValueAsString(page));
    }
}
