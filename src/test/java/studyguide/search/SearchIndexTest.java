package studyguide.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studyguide.RandomPieces;
import studyguide.diagram.DiagramRenderer;
import studyguide.load.GuideLoader;
import studyguide.markdown.MarkdownRenderer;
import studyguide.model.Guide;
import studyguide.model.Markdown;
import studyguide.output.OutputFile;
import studyguide.problem.Position;
import studyguide.problem.Problems;
import studyguide.view.SearchText;
import studyguide.view.ViewBuilder;
import studyguide.view.Views.PageView;

/** The search index a build writes for the small fixture guide, read back as the browser reads it. */
class SearchIndexTest {

    static MarkdownRenderer markdown;
    static Guide guide;
    static String script;
    static JsonNode index;

    @BeforeAll
    static void build() throws IOException {
        Problems problems = new Problems();
        guide = new GuideLoader(problems).load(Path.of("src/test/resources/guides/small"));
        problems.throwIfAny();
        markdown = new MarkdownRenderer(new DiagramRenderer(problems), problems);
        List<OutputFile> files = build(new SearchIndex(markdown), markdown, guide);
        assertEquals(1, files.size(), "a small index is one file");
        OutputFile file = files.get(0);
        assertEquals("assets/search-index.js", file.path());
        script = new String(file.bytes(), StandardCharsets.UTF_8);
        index = new ObjectMapper().readTree(unquote(script));
    }

    /**
     * The index files for a guide as a build makes them: from the plain text of its questions that rendering
     * their views with {@code markdown} gave.
     */
    static List<OutputFile> build(SearchIndex index, MarkdownRenderer markdown, Guide guide) {
        Problems problems = new Problems();
        ViewBuilder.Built built = new ViewBuilder(markdown, new DiagramRenderer(problems)).build(guide, null);
        problems.throwIfAny();
        return index.build(guide, built.views().pages(), index.entries(guide, built.searchTexts().toArray(SearchText[]::new)));
    }

    /** The JSON inside {@code JSON.parse('...')}, with the JavaScript string escapes undone. */
    private static String unquote(String script) {
        String start = "JSON.parse('";
        return unescape(script.substring(script.indexOf(start) + start.length(), script.lastIndexOf("');")));
    }

    /** The body of a single-quoted JavaScript string as written by {@code IndexScript.escaped}, unescaped. */
    static String unescape(String body) {
        StringBuilder json = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                char next = body.charAt(++i);
                switch (next) {
                    case 'n' -> json.append('\n');
                    case 'r' -> json.append('\r');
                    case 'u' -> {
                        json.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    case 'x' -> {
                        json.append((char) Integer.parseInt(body.substring(i + 1, i + 3), 16));
                        i += 2;
                    }
                    default -> json.append(next);
                }
            } else {
                assertFalse(c == '\'' || c == '\n' || c == '<', "unescaped " + c + " in the script");
                json.append(c);
            }
        }
        return json.toString();
    }

    private static List<String> questionsWith(String term) {
        JsonNode terms = index.get("terms");
        for (int t = 0; t < terms.size(); t++) {
            if (terms.get(t).asText().equals(term)) {
                List<String> ids = new ArrayList<>();
                JsonNode postings = index.get("postings").get(t);
                int doc = 0;
                for (int k = 0; k < postings.size(); k += 2) {
                    doc += postings.get(k).asInt();
                    int questions = index.get("questions").size();
                    // Documents after the questions are the sections of the pages, by their address.
                    ids.add(doc < questions ? index.get("questions").get(doc).get(0).asText()
                            : index.get("pages").get(doc - questions).get(2).asText());
                }
                return ids;
            }
        }
        return List.of();
    }

    @Test
    void isAScriptThatSetsAGlobal() {
        assertTrue(script.startsWith("/* Search index, generated by studyguide; do not edit. */"), script);
        assertTrue(script.contains("\nwindow.studyguideIndex = JSON.parse('"));
        assertTrue(script.endsWith("');\n"));
    }

    @Test
    void listsEveryQuestionWithItsCategoryLevelTagsAndKeyPointsAsPlainText() {
        JsonNode first = index.get("questions").get(0);
        assertEquals("what-is-a-partition", first.get(0).asText());
        assertEquals("What is a partition?", first.get(1).asText());
        assertEquals("storage", index.get("categories").get(first.get(2).asInt()).get(0).asText());
        assertEquals("Basic", index.get("levels").get(first.get(3).asInt()).get(1).asText());
        assertEquals("partitions", first.get(4).get(0).asText());
        assertEquals("Up to 3,000 RCU per partition", first.get(5).get(0).asText(), "Markdown ** removed");
        assertEquals(-1, index.get("questions").get(2).get(3).asInt(), "a question without a level");
        assertEquals("Is <script>alert('x')</script> shown as text?", index.get("questions").get(1).get(1).asText());
        assertEquals(4, index.get("questions").size());
    }

    @Test
    void indexesEachSectionOfAPageWithItsHeadingAndAnchor() {
        assertEquals("[[\"How to prepare\",\"\",\"how-to-prepare.html\"],"
                + "[\"How to prepare\",\"Step one\",\"how-to-prepare.html#step-one\"]]", index.get("pages").toString());
        assertEquals(List.of("how-to-prepare.html#step-one"), questionsWith("practise"), "a section's text");
        assertEquals(List.of("how-to-prepare.html#step-one"), questionsWith("step"), "a section's heading");
    }

    @Test
    void cutsAPageIntoSectionsFromTheHtmlItsViewShows() throws IOException {
        // A build hands the index its pages as their views rendered them; the index cuts that HTML, so what
        // search finds is what the page shows, and no page is rendered a second time.
        ViewBuilder.Built built = new ViewBuilder(markdown, new DiagramRenderer(new Problems())).build(guide, null);
        List<PageView> shown = built.views().pages().stream()
                .map(p -> new PageView(p.id(), p.title(), p.href(), "<h2 id=\"only-shown\">Shown heading</h2>\n<p>Shown words.</p>"))
                .toList();
        SearchIndex index = new SearchIndex(markdown);
        String script = new String(index.build(guide, shown, index.entries(guide, built.searchTexts().toArray(SearchText[]::new)))
                .get(0).bytes(), StandardCharsets.UTF_8);
        assertEquals("[[\"How to prepare\",\"Shown heading\",\"how-to-prepare.html#only-shown\"]]",
                new ObjectMapper().readTree(unquote(script)).get("pages").toString());
    }

    @Test
    void indexesQuestionKeyPointsTagsAnswerAndCode() {
        assertEquals(List.of("tell-me-about-a-time"), questionsWith("wrong"), "question text");
        assertEquals(List.of("what-is-a-partition"), questionsWith("hashed"), "key point");
        assertEquals(List.of("what-is-a-partition"), questionsWith("partitions"), "tag");
        assertEquals(List.of("what-is-a-partition", "how-to-prepare.html"), questionsWith("storage"), "answer file, and a page");
        assertEquals(List.of("what-is-a-partition"), questionsWith("boto3"), "snippet code");
        assertEquals(List.of("query-vs-scan"), questionsWith("secret"), "fenced code in an answer");
        assertEquals(List.of(), questionsWith("alice"), "PlantUML source is a picture, not text");
        assertEquals(List.of(), questionsWith("not_shown_before"), "snippet lines left out are not indexed");
        assertEquals(List.of(), questionsWith("the"), "stop words are left out");
    }

    @Test
    void termsAreSortedSoTheBrowserCanFindPrefixesByBinarySearch() {
        List<String> terms = new ArrayList<>();
        index.get("terms").forEach(t -> terms.add(t.asText()));
        assertEquals(terms.stream().sorted().distinct().toList(), terms);
        assertEquals(terms.size(), index.get("postings").size());
    }

    @Test
    void aWordInTheQuestionWeighsMoreThanTheSameWordInTheAnswer() {
        JsonNode terms = index.get("terms");
        int scan = -1;
        for (int t = 0; t < terms.size(); t++) {
            if (terms.get(t).asText().equals("scan")) {
                scan = t;
            }
        }
        // "scan": in query-vs-scan's question (10) and answer (2).
        assertEquals(12, index.get("postings").get(scan).get(1).asInt());
    }

    @Test
    void sameGuideGivesTheSameBytes() {
        String again = new String(build(new SearchIndex(markdown), markdown, guide).get(0).bytes(), StandardCharsets.UTF_8);
        assertEquals(script, again);
    }

    @Test
    void plainTextKeepsWordsApartAndDropsMarkup() {
        String text = markdown.renderWithText(Markdown.inFile("""
                Some **bold** and `code` <b>raw</b> ab&amp;cd.

                | one | two |
                |-----|-----|
                | six | ten |

                ```python
                print("hi")
                ```

                ```plantuml
                Alice -> Bob
                ```
                """, new Position(Path.of("x.md"), 1, 1)), "", 5).plainText();
        assertEquals(List.of("some", "bold", "code", "raw", "ab", "cd", "one", "two", "six", "ten", "print", "hi"),
                SearchTerms.of(text));
        assertTrue(text.contains("ab&cd"), text);
        assertFalse(text.contains("Alice"));
        assertFalse(text.contains("<b>"));
    }

    /** Key points and prompt lines are made one line as the pattern made them, white space of every kind around. */
    @Test
    void oneLineGivesWhatThePatternGives() {
        List<String> pieces = List.of(" ", "  ", "\t", "\n", "\u000B", "\f", "\r", "\r\n", "\u00A0", "\u2003", "\u3000",
                "\u0085", "\u001C", "a", "word", "é", "\u2014", "x y");
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            String text = RandomPieces.joined(random, pieces, 10);
            assertEquals(text.replaceAll("\\s+", " ").strip(), SearchIndex.oneLine(text), text);
        }
    }
}
