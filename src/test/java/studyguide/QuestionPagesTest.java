package studyguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A page per question: where it is, what it holds, how it links from one folder down, and what previews read. */
class QuestionPagesTest {

    static Path plain;
    static Path hosted;
    static Path figures;
    static Path quiz;

    @BeforeAll
    static void build() {
        plain = BuiltSites.of(Cli.SMALL_GUIDE).root();
        hosted = BuiltSites.of(Cli.SMALL_GUIDE, "--base-url", "https://user.github.io/repo").root();
        figures = BuiltSites.get("figures").root();
        quiz = BuiltSites.get("quiz").root();
    }

    @Test
    void everyQuestionHasAPageInItsCategorysFolder() {
        for (String name : List.of("storage/what-is-a-partition.html", "storage/script-in-question.html",
                "storage/tell-me-about-a-time.html", "queries/query-vs-scan.html")) {
            assertTrue(Files.isRegularFile(plain.resolve(name)), name);
        }
    }

    @Test
    void theCategoryPageKeepsEveryQuestionAndAnchorAndItsHeadingsLinkToTheirPages() throws IOException {
        Document category = MetaTagsTest.page(plain, "storage.html");
        assertEquals(3, category.select("article.question").size());
        assertNotNull(category.getElementById("what-is-a-partition"), "the old anchor still works");
        assertEquals("storage/what-is-a-partition.html", category.selectFirst("#what-is-a-partition--title a").attr("href"));
        assertEquals("#what-is-a-partition", category.selectFirst(".toc a[href=#what-is-a-partition]").attr("href"));
    }

    @Test
    void aQuestionPageHoldsTheWholeQuestionUnderBreadcrumbs() throws IOException {
        Document doc = MetaTagsTest.page(plain, "storage/what-is-a-partition.html");
        assertEquals(List.of("../index.html", "../storage.html", "../storage/what-is-a-partition.html"),
                doc.select(".breadcrumbs a").eachAttr("href"));
        assertEquals(List.of("Small Test Guide", "Storage <basics>", "What is a partition?"), doc.select(".breadcrumbs a").eachText());
        assertEquals("page", doc.selectFirst(".breadcrumbs li:last-child a").attr("aria-current"));
        assertEquals("What is a partition?", doc.selectFirst("h1").text());
        assertEquals(1, doc.select("h1").size());
        assertEquals(List.of("Key points", "Model answer", "Follow-up questions", "Related questions", "References",
                "Your notes"), doc.select(".question-body > section > h2").eachText(), "the reader's notes under the answer, a section too");
        assertEquals("How it works", doc.selectFirst(".answer h3").text(), "the answer's headings sit under its h2");
        assertEquals(1, doc.select("pre code.language-python").size(), "the snippet");
        assertEquals(1, doc.select(".diagram svg").size(), "the diagram");
        assertEquals("Basic", doc.selectFirst(".meta .level").text());
    }

    @Test
    void theSidebarMarksTheQuestionsCategoryWithoutListingItsQuestions() throws IOException {
        for (String[] page : List.of(new String[] {"storage/what-is-a-partition.html", "../storage.html"},
                new String[] {"storage/tell-me-about-a-time.html", "../storage.html"},
                new String[] {"queries/query-vs-scan.html", "../queries.html"})) {
            Document doc = MetaTagsTest.page(plain, page[0]);
            assertEquals(List.of(page[1]), doc.select("#sidebar .sidebar-current > a").eachAttr("href"), page[0]);
            assertEquals("true", doc.selectFirst("#sidebar .sidebar-current > a").attr("aria-current"), page[0]);
            assertEquals(1, doc.select("#sidebar [aria-current]").size(), page[0] + ": the category alone is marked");
            assertTrue(doc.select("#sidebar .sidebar-questions").isEmpty(), page[0] + ": its category page lists them");
        }
    }

    @Test
    void previousAndNextFollowTheCategoryPage() throws IOException {
        // The category page lists the question without a level first, then basic, then advanced.
        Document first = MetaTagsTest.page(plain, "storage/tell-me-about-a-time.html");
        assertNull(first.selectFirst(".question-pager [rel=prev]"));
        assertEquals("../storage/what-is-a-partition.html", first.selectFirst(".question-pager [rel=next]").attr("href"));
        Document middle = MetaTagsTest.page(plain, "storage/what-is-a-partition.html");
        assertEquals("../storage/tell-me-about-a-time.html", middle.selectFirst(".question-pager [rel=prev]").attr("href"));
        assertEquals("../storage/script-in-question.html", middle.selectFirst(".question-pager [rel=next]").attr("href"));
        assertEquals("Next question Is <script>alert('x')</script> shown as text?", middle.selectFirst("[rel=next]").text());
        Document last = MetaTagsTest.page(plain, "storage/script-in-question.html");
        assertNull(last.selectFirst(".question-pager [rel=next]"));
        assertNull(MetaTagsTest.page(plain, "queries/query-vs-scan.html").selectFirst(".question-pager"), "alone in its category");
    }

    @Test
    void linksInTheAnswerAreReadFromOneFolderDown() throws IOException {
        Document doc = MetaTagsTest.page(plain, "storage/what-is-a-partition.html");
        Element answer = doc.selectFirst(".answer");
        assertEquals("../queries.html#query-vs-scan", answer.selectFirst("a:contains(the other question)").attr("href"));
        String footnote = answer.selectFirst("a.footnote-ref").attr("href");
        assertTrue(footnote.startsWith("#what-is-a-partition--"), "a footnote stays on the page: " + footnote);
        assertNotNull(doc.getElementById(footnote.substring(1)));
        assertEquals("../queries.html#query-vs-scan", doc.selectFirst(".related a").attr("href"));
        assertEquals("../assets/style.css", doc.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals("../", doc.getElementById("search").attr("data-root"));
    }

    @Test
    void imagesAndFilesOfTheGuideAreFoundFromTheQuestionPage() throws IOException {
        Document doc = MetaTagsTest.page(figures, "systems/cache-aside.html");
        List<String> images = doc.select(".answer img, .intent img").eachAttr("src");
        assertEquals(3, images.size(), images.toString());
        for (String src : images) {
            assertTrue(src.startsWith("../media/"), src);
            assertTrue(Files.isRegularFile(figures.resolve("systems").resolve(src).normalize()), src);
        }
        Document balancer = MetaTagsTest.page(figures, "systems/load-balancer.html");
        assertTrue(balancer.selectFirst(".answer a:contains(the notes)").attr("href").startsWith("../media/notes-"));
        assertEquals("../systems.html#cache-aside", balancer.selectFirst(".answer a:contains(the other category)").attr("href"));
        Document choice = MetaTagsTest.page(figures, "systems/which-figure.html");
        for (String src : choice.select(".question-prompt img, .mc img").eachAttr("src")) {
            assertTrue(Files.isRegularFile(figures.resolve("systems").resolve(src).normalize()), src);
        }
    }

    @Test
    void previewsAndSearchEnginesReadTheQuestion() throws IOException {
        Document doc = MetaTagsTest.page(hosted, "storage/what-is-a-partition.html");
        assertEquals("What is a partition? — Storage <basics> — Small Test Guide", doc.title());
        assertEquals(doc.title(), MetaTagsTest.meta(doc, "og:title"));
        assertEquals(doc.title(), MetaTagsTest.meta(doc, "twitter:title"));
        String description = MetaTagsTest.meta(doc, "description");
        assertTrue(description.startsWith("A partition is a unit of storage."), description);
        assertEquals(description, MetaTagsTest.meta(doc, "og:description"));
        assertEquals(description, MetaTagsTest.meta(doc, "twitter:description"));
        String url = "https://user.github.io/repo/storage/what-is-a-partition.html";
        assertEquals(url, doc.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(url, MetaTagsTest.meta(doc, "og:url"));
        JsonNode ld = new ObjectMapper().readTree(doc.selectFirst("script[type=application/ld+json]").data());
        assertEquals("QAPage", ld.get("@type").asText());
        assertEquals(url, ld.get("url").asText());
        assertEquals("What is a partition?", ld.at("/mainEntity/name").asText());
        assertEquals(1, ld.at("/mainEntity/answerCount").asInt());
        assertTrue(ld.at("/mainEntity/acceptedAnswer/text").asText().startsWith("A partition is a unit of storage."));
        assertTrue(Files.readString(hosted.resolve("sitemap.xml")).contains("<loc>" + url + "</loc>"));

        Document local = MetaTagsTest.page(plain, "storage/what-is-a-partition.html");
        assertNull(local.selectFirst("link[rel=canonical]"), "no canonical link without a base URL");
    }

    @Test
    void multipleChoiceWithoutAWrittenAnswerIsNoQaPageAndItsPreviewKeepsTheAnswerBack() throws IOException {
        Document doc = MetaTagsTest.page(quiz, "async/await-in-loop.html");
        assertNull(doc.selectFirst("script[type=application/ld+json]"));
        assertEquals("Which statements about await inside a for loop are true?", MetaTagsTest.meta(doc, "description"));
        assertEquals(3, doc.select(".mc-option").size());
        Document answered = MetaTagsTest.page(quiz, "async/microtask-order.html");
        assertEquals("QAPage", new ObjectMapper().readTree(answered.selectFirst("script[type=application/ld+json]").data())
                .get("@type").asText(), "a multiple-choice question with a written answer is one");
    }
}
