package studyguide.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studyguide.diagram.DiagramRenderer;
import studyguide.load.GuideLoader;
import studyguide.markdown.MarkdownRenderer;
import studyguide.model.Guide;
import studyguide.problem.Problems;

/** The prompt and options of a question in the search index (the quiz fixture guide): searched, and shown as context. */
class SearchIndexPromptTest {

    static JsonNode index;

    @BeforeAll
    static void build() throws IOException {
        Problems problems = new Problems();
        Guide guide = new GuideLoader(problems).load(Path.of("src/test/resources/guides/quiz"));
        problems.throwIfAny();
        MarkdownRenderer markdown = new MarkdownRenderer(new DiagramRenderer(problems), problems);
        String script = new String(SearchIndexTest.build(new SearchIndex(markdown), markdown, guide).get(0).bytes(), StandardCharsets.UTF_8);
        String start = "JSON.parse('";
        index = new ObjectMapper().readTree(SearchIndexTest.unescape(
                script.substring(script.indexOf(start) + start.length(), script.lastIndexOf("');"))));
    }

    /** The questions with a term, by id, with its weight in each. */
    private static Map<String, Integer> weights(String term) {
        Map<String, Integer> found = new LinkedHashMap<>();
        JsonNode terms = index.get("terms");
        for (int t = 0; t < terms.size(); t++) {
            if (terms.get(t).asText().equals(term)) {
                JsonNode postings = index.get("postings").get(t);
                int doc = 0;
                for (int k = 0; k < postings.size(); k += 2) {
                    doc += postings.get(k).asInt();
                    found.put(index.get("questions").get(doc).get(0).asText(), postings.get(k + 1).asInt());
                }
            }
        }
        return found;
    }

    private static JsonNode question(String id) {
        for (JsonNode q : index.get("questions")) {
            if (q.get(0).asText().equals(id)) {
                return q;
            }
        }
        throw new AssertionError("no question " + id);
    }

    @Test
    void thePromptAndTheOptionsAreSearchedBetweenKeyPointsAndAnswer() {
        assertEquals(Map.of("microtask-order", 3), weights("microtasks"), "a table cell of the prompt");
        assertEquals(Map.of("closure-counter", 5), weights("makecounter"), "twice in the prompt's code: 3 × (1 + ln 2)");
        assertEquals(Map.of("closure-counter", 3), weights("undefined"), "an option");
        assertEquals(Map.of("closure-counter", 2), weights("increments"), "an explanation weighs as the answer");
    }

    @Test
    void thePromptAndTheOptionsAreListedLineByLineForAResultsContext() {
        List<String> lines = new ArrayList<>();
        question("microtask-order").get(6).forEach(l -> lines.add(l.asText()));
        assertEquals(List.of("console.log('A');", "setTimeout(() => console.log('B'));",
                "Promise.resolve().then(() => console.log('C'));", "console.log('D');", "queue", "runs", "microtasks",
                "after the current script", "tasks", "one per turn of the event loop", "A D C B", "A B C D", "A D B C"), lines);
        assertFalse(question("what-is-a-closure").has(6), "a question without either has no such list");
    }
}
