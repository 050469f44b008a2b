package studyguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The files of site/export/: JSON that matches its published schema, an Anki CSV, and one self-contained HTML file. */
class ExportsTest {

    static Path site;

    /** The questions of the small guide, in page order. */
    static final List<String> IDS = List.of("tell-me-about-a-time", "what-is-a-partition", "script-in-question", "query-vs-scan");

    @BeforeAll
    static void build() {
        site = BuiltSites.of(Cli.SMALL_GUIDE).root();
    }

    @Test
    void jsonMatchesItsSchemaAndHoldsEveryQuestion() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(mapper.readTree(Path.of("docs/schema/export.schema.json").toFile()));
        JsonNode json = mapper.readTree(site.resolve("export/guide.json").toFile());
        Set<ValidationMessage> errors = schema.validate(json);
        assertEquals(Set.of(), errors);

        List<String> ids = new ArrayList<>();
        json.get("categories").forEach(c -> c.get("questions").forEach(q -> ids.add(q.get("id").asText())));
        assertEquals(Set.copyOf(IDS), Set.copyOf(ids));
        JsonNode partition = json.at("/categories/0/questions/0");
        assertEquals("what-is-a-partition", partition.get("id").asText());
        assertEquals("Up to **3,000 RCU** per partition", partition.at("/key_points/0/markdown").asText());
        assertEquals("Up to <strong>3,000 RCU</strong> per partition", partition.at("/key_points/0/html").asText());
        assertEquals("A partition is a unit of storage. Press <kbd>Ctrl</kbd>+<kbd>P</kbd> to print.", partition.at("/answer/markdown").asText().lines().findFirst().orElseThrow());
        assertTrue(partition.at("/diagrams/0/svg").asText().startsWith("<svg"));
        assertEquals("storage.html#what-is-a-partition", partition.get("url").asText());
        assertTrue(partition.get("your_story").isNull(), "a question without one says so");
        JsonNode story = null;
        for (JsonNode q : json.at("/categories/0/questions")) {
            story = q.get("id").asText().equals("tell-me-about-a-time") ? q : story;
        }
        assertEquals("Your own mistake, what it cost, and what you do differently now.", story.get("your_story").asText());
    }

    @Test
    void schemaRejectsWhatTheFormatDoesNotAllow() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(mapper.readTree(Path.of("docs/schema/export.schema.json").toFile()));
        JsonNode json = mapper.readTree(site.resolve("export/guide.json").toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.at("/categories/0/questions/0")).remove("answer");
        assertFalse(schema.validate(json).isEmpty(), "the schema is not so loose that anything passes");
    }

    @Test
    void csvRoundTripsEveryQuestionThroughACsvReader() throws IOException {
        String text = Files.readString(site.resolve("export/anki.csv"));
        List<String> headers = text.lines().takeWhile(l -> l.startsWith("#")).toList();
        assertTrue(headers.containsAll(List.of("#separator:comma", "#html:true", "#tags column:3", "#guid column:4")), headers::toString);
        String body = text.lines().dropWhile(l -> l.startsWith("#")).collect(Collectors.joining("\n"));
        CsvMapper csv = new CsvMapper();
        csv.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = csv.readerFor(List.class).readValues(body)) {
            it.forEachRemaining(rows::add);
        }
        assertEquals(IDS.size(), rows.size());
        Document storage = Jsoup.parse(site.resolve("storage.html").toFile(), "UTF-8");
        Document queries = Jsoup.parse(site.resolve("queries.html").toFile(), "UTF-8");
        Set<String> guids = new HashSet<>();
        for (int i = 0; i < IDS.size(); i++) {
            List<String> row = rows.get(i);
            assertEquals(4, row.size(), row::toString);
            Element article = storage.getElementById(IDS.get(i)) != null ? storage.getElementById(IDS.get(i)) : queries.getElementById(IDS.get(i));
            // Front: the question as the page shows it, once Anki reads the field as HTML.
            assertEquals(article.selectFirst(".question-title").text(), Jsoup.parseBodyFragment(row.get(0)).text());
            Document back = Jsoup.parseBodyFragment(row.get(1));
            assertEquals(article.select(".key-points li").eachText(), back.select("ul.key-points li").eachText());
            Element answer = article.selectFirst(".answer");
            if (answer != null) {
                assertEquals(answer.select("p").eachText(), back.select(".answer p").eachText());
            }
            assertTrue(guids.add(row.get(3)), "unique GUID " + row.get(3));
        }
        assertEquals("Is &lt;script&gt;alert('x')&lt;/script&gt; shown as text?", rows.get(2).get(0), "HTML in a question stays text");
        assertEquals("storage basic partitions", rows.get(1).get(2));
    }

    @Test
    void csvLinksToOtherPagesPointToThePublishedSiteWhenItsAddressIsKnown() throws IOException {
        String plain = Files.readString(site.resolve("export/anki.csv"));
        assertTrue(plain.contains("href=\"\"queries.html#query-vs-scan\"\""), "without an address, links stay as they are");
        Path hosted = BuiltSites.get("small-hosted").root();
        String csv = Files.readString(hosted.resolve("export/anki.csv"));
        assertTrue(csv.contains("href=\"\"https://user.github.io/repo/queries.html#query-vs-scan\"\""), csv);
        assertTrue(csv.contains("href=\"\"#what-is-a-partition--fn-1\"\""), "anchors on the card itself are kept");
        assertFalse(csv.contains("https://user.github.io/repo/https://"), "absolute links are left alone");
    }

    @Test
    void singleFileNeedsNothingBesideItself() throws IOException {
        Document doc = Jsoup.parse(site.resolve("export/guide.html").toFile(), "UTF-8");
        assertTrue(doc.select("script[src], link[rel=stylesheet], img[src]:not([src^=data:])").isEmpty(),
                "every script, style sheet and image is inlined");
        assertFalse(doc.select("style").isEmpty());
        assertTrue(doc.select("script").stream().anyMatch(s -> s.data().contains("Prism")), "Prism is inlined");
        for (String id : IDS) {
            assertNotNull(doc.getElementById(id), id);
        }
        assertNotNull(doc.selectFirst("#what-is-a-partition figure.diagram svg"));
        List<String> broken = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Element e : doc.select("[id]")) {
            if (!ids.add(e.id())) {
                broken.add("duplicate id " + e.id());
            }
        }
        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href");
            if (href.startsWith("https://")) {
                continue;
            }
            if (!href.startsWith("#") || doc.getElementById(href.substring(1)) == null) {
                broken.add(href);
            }
        }
        assertEquals(List.of(), broken);
        assertEquals("#query-vs-scan", doc.selectFirst("#what-is-a-partition .related a").attr("href"));
        assertNotNull(doc.getElementById("how-to-prepare--step-one"), "a page's heading ids get the page's prefix");
        assertEquals("#what-is-a-partition", doc.selectFirst("#page--how-to-prepare a[href]").attr("href"));
    }

    @Test
    void inlinedScriptsCannotEndTheirElement() throws IOException {
        String html = Files.readString(site.resolve("export/guide.html"));
        Document doc = Jsoup.parse(html);
        // Prism's markup grammar contains "<!--" and "</script" patterns; they must be escaped in the page.
        for (Element script : doc.select("script")) {
            assertFalse(script.data().toLowerCase().contains("</script"), "script text stays inside its element");
        }
        assertEquals(html.split("(?i)<script").length - 1, doc.select("script").size(), "every <script> opened is one element");
    }

    @Test
    void exportsAreLinkedFromTheHomePage() throws IOException {
        Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertEquals(List.of("export/guide.html", "export/guide.json", "export/anki.csv"),
                home.select(".downloads a").eachAttr("href"));
    }

    /** The multiple-choice fixture's build, for the prompt, the choices and the sources in the exports. */
    static Path quiz() {
        return BuiltSites.get("quiz").root();
    }

    @Test
    void jsonCarriesPromptsChoicesAndSourcesAsMarkdownAndHtml() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(mapper.readTree(Path.of("docs/schema/export.schema.json").toFile()));
        JsonNode json = mapper.readTree(quiz().resolve("export/guide.json").toFile());
        assertEquals(Set.of(), schema.validate(json));
        assertEquals("MIT", json.get("license").asText());
        assertEquals("{\"title\":\"Test quiz bank\",\"url\":\"https://example.org/quiz-bank\",\"authors\":[\"Ada Example\",\"Grace Example\"]}",
                json.get("source").toString());
        JsonNode counter = json.at("/categories/0/questions/0");
        assertEquals("closure-counter", counter.get("id").asText());
        assertTrue(counter.at("/prompt/markdown").asText().startsWith("```js\nfunction makeCounter() {"));
        assertTrue(counter.at("/prompt/html").asText().startsWith("<pre><code class=\"language-js\">function makeCounter() {"));
        assertEquals("{\"letter\":\"A\",\"text\":{\"markdown\":\"`3`\",\"html\":\"<p><code>3</code></p>\"},\"correct\":true,"
                + "\"explanation\":{\"markdown\":\"Each call increments the same captured `n`.\","
                + "\"html\":\"<p>Each call increments the same captured <code>n</code>.</p>\"}}", counter.at("/choices/0").toString());
        assertEquals(List.of("A", "B", "C", "D"), counter.get("choices").findValuesAsText("letter"));
        assertEquals(List.of(true, false, false, false), counter.get("choices").findValues("correct").stream().map(JsonNode::asBoolean).toList());
        assertTrue(counter.at("/choices/2/explanation").isNull(), "an option without an explanation");
        assertTrue(counter.get("answer").isNull(), "a multiple-choice question needs no written answer");
        assertEquals("{\"title\":\"Quiz 4, question 12\",\"url\":\"https://example.org/quiz4#12\",\"authors\":[]}",
                counter.get("source").toString());
        JsonNode written = json.at("/categories/0/questions/2");
        assertEquals("what-is-a-closure", written.get("id").asText());
        assertTrue(written.get("prompt").isNull() && written.get("choices").isEmpty() && written.get("source").isNull(),
                "a question answered in words has no prompt, no choices and the guide's source");
    }

    @Test
    void ankiCardsShowThePromptAndOptionsOnTheFrontAndTheRightOnesWithWhyOnTheBack() throws IOException {
        List<List<String>> rows = csvRows(quiz().resolve("export/anki.csv"));
        List<String> counter = rows.get(0);
        assertEquals("javascript-quiz/closure-counter", counter.get(3));
        Document front = Jsoup.parseBodyFragment(counter.get(0));
        assertTrue(front.body().html().startsWith("What does <code>counter()</code> return the <strong>third</strong> time?"),
                front.body().html());
        assertTrue(front.selectFirst(".prompt pre code").text().startsWith("function makeCounter() {"));
        assertEquals("A", front.selectFirst("ol.choices").attr("type"), "the list letters the options as the site does");
        assertEquals(List.of("3", "1", "undefined", "A ReferenceError"), front.select("ol.choices > li").eachText());
        Document back = Jsoup.parseBodyFragment(counter.get(1));
        assertEquals(List.of("✓ A 3 Each call increments the same captured n."), back.select("li.correct").eachText());
        assertEquals(List.of("✗ B 1 That would need a new closure for every call.",
                "✗ D A ReferenceError n is in scope: the arrow function closes over it."), back.select("li.wrong").eachText(),
                "wrong options that say why; C (no explanation) is left out");
        // Rows follow the page: by level, so the basic question answered in words comes second.
        List<String> loops = rows.get(2);
        assertEquals(List.of("✓ A", "✓ C"), Jsoup.parseBodyFragment(loops.get(1)).select("li.correct > b").eachText());
        List<String> written = rows.get(1);
        assertEquals("What is a closure?", written.get(0), "a question answered in words: the front is the question alone");
        assertTrue(Jsoup.parseBodyFragment(written.get(1)).select(".choices-explained").isEmpty());
    }

    private static List<List<String>> csvRows(Path file) throws IOException {
        String body = Files.readString(file).lines().dropWhile(l -> l.startsWith("#")).collect(Collectors.joining("\n"));
        CsvMapper csv = new CsvMapper();
        csv.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = csv.readerFor(List.class).readValues(body)) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }
}
