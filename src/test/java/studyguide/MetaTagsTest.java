package studyguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What link previews and search engines read from each page: title, description, canonical, Open Graph, Twitter, JSON-LD. */
class MetaTagsTest {

    static Path plain;
    static Path hosted;

    @BeforeAll
    static void build() {
        plain = BuiltSites.of(Cli.SMALL_GUIDE).root();
        hosted = BuiltSites.of(Cli.SMALL_GUIDE, "--base-url", "https://user.github.io/repo").root();
    }

    /** A built page, parsed. */
    static Document page(Path site, String name) throws IOException {
        return Jsoup.parse(site.resolve(name).toFile(), "UTF-8");
    }

    /** The content of a page's meta tag by its property or name, or null. */
    static String meta(Document doc, String key) {
        Element e = doc.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
        return e == null ? null : e.attr("content");
    }

    @Test
    void everyPageHasTitleDescriptionAndPreviewTags() throws IOException {
        for (String name : List.of("index.html", "storage.html", "queries.html", "how-to-prepare.html")) {
            Document doc = page(hosted, name);
            assertFalse(doc.title().isBlank(), name);
            assertFalse(meta(doc, "description").isBlank(), name);
            assertEquals(doc.title(), meta(doc, "og:title"), name);
            assertEquals(meta(doc, "description"), meta(doc, "og:description"), name);
            assertEquals("Small Test Guide", meta(doc, "og:site_name"), name);
            assertEquals("summary_large_image", meta(doc, "twitter:card"), name);
            assertEquals(doc.title(), meta(doc, "twitter:title"), name);
            String canonical = doc.selectFirst("link[rel=canonical]").attr("href");
            assertEquals(canonical, meta(doc, "og:url"), name);
            assertEquals("https://user.github.io/repo/" + (name.equals("index.html") ? "" : name), canonical);
        }
    }

    @Test
    void withoutABaseUrlThereIsNoAbsoluteAddress() throws IOException {
        Document doc = page(plain, "storage.html");
        assertNull(doc.selectFirst("link[rel=canonical]"));
        assertNull(meta(doc, "og:url"));
        assertNotNull(meta(doc, "og:title"));
    }

    @Test
    void categoryPagesDescribeTheirQuestionsAsAnFaqPage() throws IOException {
        Document doc = page(hosted, "storage.html");
        List<Element> scripts = doc.select("script[type=application/ld+json]");
        assertEquals(1, scripts.size());
        JsonNode json = new ObjectMapper().readTree(scripts.get(0).data());
        assertEquals("https://schema.org", json.get("@context").asText());
        assertEquals("FAQPage", json.get("@type").asText());
        List<String> names = new ArrayList<>();
        json.get("mainEntity").forEach(q -> names.add(q.get("name").asText()));
        assertEquals(List.of("Tell me about a time you were wrong.", "What is a partition?",
                "Is <script>alert('x')</script> shown as text?"), names);
        JsonNode partition = json.get("mainEntity").get(1);
        assertEquals("Question", partition.get("@type").asText());
        assertEquals("Answer", partition.at("/acceptedAnswer/@type").asText());
        assertTrue(partition.at("/acceptedAnswer/text").asText().startsWith("A partition is a unit of storage. Press Ctrl+P to print. How it works See the other question."),
                partition.at("/acceptedAnswer/text").asText());
        assertEquals("https://user.github.io/repo/storage.html#what-is-a-partition", partition.get("url").asText());
    }

    @Test
    void aQuestionContainingAScriptEndTagCannotBreakOutOfTheJsonLd() throws IOException {
        Document doc = page(hosted, "storage.html");
        String data = doc.selectFirst("script[type=application/ld+json]").data();
        assertFalse(data.contains("</script"), data);
        assertFalse(data.contains("<"), "every '<' is escaped as \\u003c");
        // The page still has every question after the JSON-LD: nothing in it ended the script early.
        assertEquals(3, doc.select("article.question").size());
        assertTrue(doc.select("script").stream().noneMatch(s -> s.data().startsWith("alert")));
    }

    @Test
    void homePageHasNoFaqData() throws IOException {
        assertNull(page(hosted, "index.html").selectFirst("script[type=application/ld+json]"));
    }
}
