package studyguide;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the small fixture guide and checks the site a reader gets, by parsing its HTML. */
class EndToEndTest {

    @TempDir
    static Path temp;

    static Path site;
    static Cli.Run run;

    @BeforeAll
    static void build() {
        BuiltSites.Site built = BuiltSites.of(Cli.SMALL_GUIDE);
        site = built.root();
        run = built.run();
    }

    private static Document page(String name) throws IOException {
        return Jsoup.parse(site.resolve(name).toFile(), "UTF-8");
    }

    @Test
    void buildSucceedsWithOneSummaryLine() {
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().strip().matches(
                "Built 4 questions in 2 categories -> .*site/ \\(\\d+ files, (\\d+ KB|\\d+\\.\\d MB)\\) in \\d+\\.\\d s"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void writesEveryPageAndHostingFile() {
        for (String name : List.of("index.html", "storage.html", "queries.html", "how-to-prepare.html", "404.html",
                "robots.txt", ".nojekyll", "assets/style.css", "assets/prism.js", "assets/search-index.js", "assets/search.js",
                "assets/search.css", "assets/study.js", "assets/study.css", "assets/practice-mode.js", "flashcards.html",
                "assets/flashcards.js", "interview.html", "assets/interview.js", "assets/choices.js")) {
            assertTrue(Files.isRegularFile(site.resolve(name)), name);
        }
        assertFalse(Files.exists(site.resolve("sitemap.xml")), "no sitemap without --base-url");
    }

    @Test
    void everyQuestionAppearsExactlyOnce() throws IOException {
        List<String> ids = new ArrayList<>();
        for (String name : List.of("storage.html", "queries.html")) {
            page(name).select("article.question").forEach(a -> ids.add(a.id()));
        }
        assertEquals(List.of("tell-me-about-a-time", "what-is-a-partition", "script-in-question", "query-vs-scan"), ids);
    }

    @Test
    void questionsAreGroupedByLevelInSiteOrder() throws IOException {
        List<String> headings = page("storage.html").select("h2.level-heading").eachText();
        assertEquals(List.of("Questions", "Basic", "Advanced"), headings);
    }

    @Test
    void everyInternalLinkAndAnchorResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        try (Stream<Path> files = Files.list(site)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(file.toFile(), "UTF-8");
                Set<String> seen = new HashSet<>();
                for (Element e : doc.select("[id]")) {
                    if (!seen.add(e.id())) {
                        broken.add(file.getFileName() + ": duplicate id " + e.id());
                    }
                }
                for (Element e : doc.select("a[href], link[href], script[src]")) {
                    String target = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                    if (target.startsWith("https://")) {
                        continue;
                    }
                    assertFalse(target.startsWith("/") || target.contains("://"), file + ": not relative: " + target);
                    String path = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                    path = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
                    String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
                    Path linked = path.isEmpty() ? file : site.resolve(path);
                    if (!Files.isRegularFile(linked)) {
                        broken.add(file.getFileName() + ": missing " + target);
                    } else if (anchor != null && Jsoup.parse(linked.toFile(), "UTF-8").getElementById(anchor) == null) {
                        broken.add(file.getFileName() + ": no anchor " + target);
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void htmlInYamlIsShownAsText() throws IOException {
        Document doc = page("storage.html");
        assertEquals("Is <script>alert('x')</script> shown as text?", doc.getElementById("script-in-question--title").text());
        assertTrue(doc.select("script:not([type=application/ld+json])").stream().noneMatch(s -> s.data().contains("alert")));
        assertEquals("Storage <basics>", doc.selectFirst("h1").text());
    }

    @Test
    void rawHtmlInYamlMarkdownIsTextButAnswerFilesMayUseIt() throws IOException {
        Document doc = page("storage.html");
        Element keyPoint = doc.selectFirst("#script-in-question .key-points li");
        assertEquals("Raw <img src=x onerror=alert(1)> in a key point is text", keyPoint.text());
        assertTrue(keyPoint.select("img").isEmpty() && keyPoint.select("strong").size() == 1, keyPoint.html());
        assertEquals(2, doc.select("#what-is-a-partition .answer kbd").size(), "the author's own HTML in answers/*.md");
    }

    @Test
    void snippetsShowOnlyTheirChosenLines() throws IOException {
        Element code = page("storage.html").selectFirst("#what-is-a-partition figure.snippet code");
        assertEquals("language-python", code.className());
        assertEquals("client = boto3.client(\"dynamodb\")\ntable = \"Orders\"\nprint(table)", code.wholeText());
    }

    @Test
    void diagramsAreInlineSvgWithTheirCaption() throws IOException {
        Document doc = page("storage.html");
        Element figure = doc.selectFirst("#what-is-a-partition figure.diagram");
        assertEquals("How a request finds its partition", figure.selectFirst("figcaption").text());
        assertEquals("How a request finds its partition", figure.selectFirst("[role=img]").attr("aria-label"));
        assertTrue(figure.selectFirst("svg") != null, "inline svg");
        assertTrue(page("queries.html").selectFirst("#query-vs-scan .answer figure.diagram svg") != null,
                "```plantuml fence rendered as a diagram");
    }

    @Test
    void markdownHasTablesFootnotesAndHeadingAnchors() throws IOException {
        Element answer = page("storage.html").selectFirst("#script-in-question .answer");
        assertAll(
                () -> assertEquals(1, answer.select("table").size()),
                () -> assertEquals(1, answer.select(".footnotes li").size()),
                () -> assertEquals("script-in-question--a-heading", answer.selectFirst("h5 a, h5").select("[id]").first().id()));
    }

    @Test
    void homePageListsCategoriesCountsAndPages() throws IOException {
        Document home = page("index.html");
        assertEquals(List.of("Storage <basics>", "Queries"), home.select(".category-card h3").eachText());
        assertEquals("3 questions", home.selectFirst(".category-card .count").text());
        assertEquals(List.of("How to prepare"), home.select(".page-list a").eachText());
    }

    @Test
    void relatedQuestionsLinkAcrossPages() throws IOException {
        Element link = page("storage.html").selectFirst("#what-is-a-partition .related a");
        assertEquals("queries.html#query-vs-scan", link.attr("href"));
        assertEquals("What's the difference between Query and Scan?", link.text());
    }

    @Test
    void baseUrlAddsSitemapAndCanonicalLinks() throws IOException {
        Path other = BuiltSites.of(Cli.SMALL_GUIDE, "--base-url", "https://user.github.io/repo").root();
        String sitemap = Files.readString(other.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://user.github.io/repo/storage.html</loc>"), sitemap);
        assertTrue(Files.readString(other.resolve("robots.txt")).contains("Sitemap: https://user.github.io/repo/sitemap.xml"));
        assertEquals("https://user.github.io/repo/queries.html",
                Jsoup.parse(other.resolve("queries.html").toFile(), "UTF-8").selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void sameInputGivesByteIdenticalOutput() throws IOException {
        Path again = temp.resolve("again");
        assertEquals(0, Cli.build(Cli.SMALL_GUIDE, again).exitCode());
        Map<String, byte[]> first = Cli.snapshot(site);
        Map<String, byte[]> second = Cli.snapshot(again);
        assertEquals(first.keySet(), second.keySet());
        first.forEach((name, bytes) -> assertArrayEquals(bytes, second.get(name), name));
    }

    @Test
    void checkWritesNothing() {
        Path untouched = temp.resolve("never-written");
        Cli.Run r = Cli.run("check", "--content", Cli.SMALL_GUIDE.toString(), "--templates", "templates",
                "--output", untouched.toString());
        assertEquals(0, r.exitCode(), r::toString);
        List<String> lines = r.out().strip().lines().toList();
        assertEquals("Checked 4 questions in 2 categories: no problems found.", lines.get(lines.size() - 1));
        assertFalse(Files.exists(untouched));
    }
}
