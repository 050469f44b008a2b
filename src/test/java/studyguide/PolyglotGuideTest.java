package studyguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The polyglot guide: code in many languages (and the names people write for them), no levels, titles in
 * inline Markdown, headings at every depth in answers and pages, and raw HTML written by mistake.
 */
class PolyglotGuideTest {

    static Path site;
    static Cli.Run run;

    @BeforeAll
    static void build() {
        BuiltSites.Site built = BuiltSites.of(Cli.POLYGLOT_GUIDE);
        site = built.root();
        run = built.run();
    }

    private static Document page(String name) throws IOException {
        return Jsoup.parse(site.resolve(name).toFile());
    }

    @Test
    void everyMistakeIsAWarningAtItsPlaceAndNothingElseIs() {
        List<String> warnings = run.err().lines().filter(l -> l.startsWith("warning: "))
                .map(l -> l.substring("warning: ".length()).replace(Cli.POLYGLOT_GUIDE + "/", "")).toList();
        assertEquals(List.of(
                "answers/rust-ownership.md:12: unknown code language 'kotln', so the block is not highlighted \u2014 did "
                        + "you mean 'kotlin'?",
                "answers/rust-ownership.md:16:26: <a> is never closed, so it takes in the rest of the text; close it "
                        + "with </a>, or write it in backticks (`<a>`) to show it as code",
                "answers/rust-ownership.md:16:33: <img> has no src, so it shows nothing; write it in backticks (`<img>`) "
                        + "to show it as code",
                "answers/typed-props.md:10:15: <T> is not an HTML element, so the browser shows nothing of the tag; "
                        + "write it in backticks (`<T>`) to show it as code"), warnings, run.err());
    }

    @Test
    void titlesShowTheirInlineMarkdownInPagesAndAreTextWhereTextIsNeeded() throws IOException {
        Document frontend = page("frontend.html");
        Element title = frontend.selectFirst("#use-state-pair--title a");
        assertEquals("Why does <code>useState</code> return a <em>pair</em>?", title.html());
        assertEquals("<code>useState</code>", frontend.selectFirst("nav.toc a[href=#use-state-pair]").child(0).outerHtml());
        assertEquals("What does <code>?</code> mean after a type in Swift, and <del>why</del> when do you unwrap it?",
                frontend.selectFirst("#swift-optionals--title a").html());
        assertFalse(frontend.select(".question-title").text().contains("`"), "no raw backticks");
        assertTrue(frontend.selectFirst("#use-state-pair .related a").html().contains("<code>data class</code>"));
        assertEquals("Which 1. languages does a polyglot team use?", page("systems.html")
                .selectFirst("#many-languages--title a").html(), "a link shows its text; block syntax stays text");

        String jsonLd = frontend.selectFirst("script[type=application/ld+json]").data();
        JsonNode faq = new ObjectMapper().readTree(jsonLd);
        assertEquals("Why does useState return a pair?", faq.get("mainEntity").get(0).get("name").asText());

        JsonNode guide = new ObjectMapper().readTree(site.resolve("export/guide.json").toFile());
        JsonNode q = guide.get("categories").get(0).get("questions").get(0);
        assertEquals("Why does useState return a pair?", q.get("question").asText());
        assertEquals("Why does <code>useState</code> return a <em>pair</em>?", q.get("question_html").asText());

        String index = Files.readString(site.resolve("assets/search-index.js"));
        assertTrue(index.contains("[\"Why does \",[\"code\",\"useState\"],\" return a \",[\"em\",\"pair\"],\"?\"]"), index);
        assertTrue(index.contains("\"Why does useState return a pair?\""));
        assertTrue(Files.readString(site.resolve("export/anki.csv"))
                .contains("\"Why does <code>useState</code> return a <em>pair</em>?\""));
    }

    @Test
    void aGuideWithoutLevelsShowsNothingAboutLevels() throws IOException {
        Document index = page("index.html");
        assertTrue(index.select(".level-mix, .level").isEmpty(), "no level mix on the home page");
        assertTrue(index.selectFirst("#search-level").parent().hasAttr("hidden"), "no level filter in search");
        Document category = page("frontend.html");
        assertTrue(category.select(".toc-level, .level").isEmpty(), "no level groups or badges");
        assertTrue(category.selectFirst(".level-heading").hasClass("visually-hidden"));
        assertTrue(page("flashcards.html").selectFirst("select[name=level]").parent().hasAttr("hidden"));
        assertTrue(page("interview.html").selectFirst("#interview-levels").parent().hasAttr("hidden"));
        Document sheet = page("print/cheatsheet-frontend.html");
        assertTrue(sheet.select(".sheet-level").isEmpty(), "no level headings on the sheets");
        assertEquals("h2", sheet.selectFirst(".sheet-question").tagName());
    }

    @Test
    void headingsInAnswersAndPagesKeepTheirRelativeDepth() throws IOException {
        Element answer = page("frontend.html").selectFirst("#use-state-pair .answer");
        assertEquals(List.of("h4", "h5", "h6", "h6"), answer.select("h1, h2, h3, h4, h5, h6").stream().map(Element::tagName).toList(),
                "Model answer, then the answer's ##, ### and #### (no h7)");
        Element kotlin = page("systems.html").selectFirst("#kotlin-data-class .answer");
        assertEquals(List.of("h4", "h5", "h6"), kotlin.select("h1, h2, h3, h4, h5, h6").stream().map(Element::tagName).toList());
        assertEquals(2, kotlin.select("[id^=kotlin-data-class--]").size(), "each heading's id is the question's own");
        Element page = page("languages.html").selectFirst("main");
        assertEquals(List.of("h1", "h2", "h3"), page.select("h1, h2, h3, h4, h5, h6").stream().map(Element::tagName).toList());
    }

    @Test
    void prismHoldsTheLanguagesTheGuideNamesAndTheirAliases() throws IOException {
        String prism = Files.readString(site.resolve("assets/prism.js"));
        for (String language : List.of("jsx", "tsx", "typescript", "kotlin", "rust", "swift", "cpp", "go", "sql", "hcl")) {
            assertTrue(prism.contains("languages." + language + "="), language);
        }
        for (String alias : List.of("c++", "golang", "tsql", "tf")) {
            assertTrue(prism.contains("Prism.languages['" + alias + "']="), alias);
        }
        assertFalse(prism.contains("languages.python="), "no language the guide does not name");
    }
}
