package studyguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library (guides/<guide-id>/) builds into one site: its page lists the guides, each guide is under its
 * folder with the files a single guide has, the library's search index holds every guide, and a translated
 * guide links its languages; {@code check} reads a library too.
 */
class LibraryTest {

    static final Path LIBRARY = Path.of("src/test/resources/guides/library");
    static final Path BILINGUAL = Path.of("src/test/resources/guides/bilingual");

    private static Document page(BuiltSites.Site site, String path) throws IOException {
        return Jsoup.parse(site.file(path).toFile(), "UTF-8");
    }

    @Test
    void eachGuideIsUnderItsFolderWithWhatASingleGuideHas() {
        BuiltSites.Site site = BuiltSites.of(LIBRARY);
        for (String file : List.of("index.html", "assets/style.css", "assets/search-index.js", "robots.txt",
                "databases/index.html", "databases/indexes.html", "databases/indexes/what-is-an-index.html",
                "databases/glossary.html", "databases/flashcards.html", "databases/print/cheatsheet.html",
                "databases/export/guide.json", "databases/assets/search-index.js", "databases/404.html",
                "streams/index.html", "streams/logs/what-is-a-partition.html", "streams/export/anki.csv")) {
            assertTrue(Files.isRegularFile(site.file(file)), file);
        }
        assertTrue(site.run().out().startsWith("Built 6 questions in 4 categories"), site.run().out());
    }

    @Test
    void theLibrarysPageListsTheGuidesWithTheirSizeAndLanguage() throws IOException {
        Document index = page(BuiltSites.of(LIBRARY), "index.html");
        assertEquals("Engineering Library", index.selectFirst("h1").text());
        assertEquals(List.of("databases/index.html", "streams/index.html"), index.select(".guide-card h3 a").eachAttr("href"));
        assertEquals(List.of("Indexes and transactions, in a few questions.", "Logs, partitions and consumers, in a few questions."),
                index.select(".guide-card .guide-description").eachText());
        assertEquals(List.of("3 questions · English", "3 questions · English"), index.select(".guide-card .count").eachText());
        assertEquals(1, index.select("select#search-guide").size(), "the library's search has a guide filter");
        assertTrue(index.select("link[rel=alternate], .languages, #sidebar").isEmpty());
    }

    @Test
    void theLibrarysSearchIndexHoldsEveryGuideEachCategoryUnderItsGuide() throws IOException {
        String index = Files.readString(BuiltSites.of(LIBRARY).file("assets/search-index.js"));
        assertTrue(index.contains("\"guides\":[[\"databases\",\"Databases\"],[\"streams\",\"Streams\"]]"), index);
        assertTrue(index.contains("[\"databases/indexes\",\"Indexes\",\"databases/indexes.html\",\"databases/indexes/\",\"databases\"]"), index);
        assertTrue(index.contains("[\"streams/logs\",\"Logs\",\"streams/logs.html\",\"streams/logs/\",\"streams\"]"), index);
        assertTrue(index.contains("databases/glossary.html#row"), "the guides' pages are searched too");
        String guide = Files.readString(BuiltSites.of(LIBRARY).file("databases/assets/search-index.js"));
        assertFalse(guide.contains("\"guides\"") || guide.contains("streams"), "a guide's own index holds that guide only");
    }

    @Test
    void aGuideOfALibraryLeadsBackToIt() throws IOException {
        Document category = page(BuiltSites.of(LIBRARY), "streams/logs/what-is-a-partition.html");
        assertEquals("../../index.html", category.selectFirst(".sidebar-library a").attr("href"));
        assertEquals("Engineering Library", category.selectFirst(".sidebar-library a").text().replace("← ", ""));
    }

    @Test
    void aTranslatedGuideLinksEachPageToItsOtherLanguage() throws IOException {
        BuiltSites.Site site = BuiltSites.of(BILINGUAL);
        Document question = page(site, "networking/dns/what-is-a-resolver.html");
        assertEquals(List.of("en", "de"), question.select("link[rel=alternate]").eachAttr("hreflang"));
        assertEquals(List.of("../dns/what-is-a-resolver.html", "../../networking-de/namen/what-is-a-resolver.html"),
                question.select("link[rel=alternate]").eachAttr("href"));
        assertEquals(List.of("Deutsch"), question.select(".languages a").eachText());
        assertEquals(List.of("../networking-de/tcp.html"), page(site, "networking/tcp.html").select(".languages a").eachAttr("href"),
                "the same page where the other language has it");
        assertEquals(List.of("../networking-de/index.html"), page(site, "networking/dns.html").select(".languages a").eachAttr("href"),
                "else the other language's home page");
        Document german = page(site, "networking-de/index.html");
        assertEquals("de", german.selectFirst("html").attr("lang"));
        assertEquals(List.of("../networking/index.html"), german.select(".languages a").eachAttr("href"));
        assertEquals("Andere Sprachen", german.selectFirst(".languages").attr("aria-label"));
        Document library = page(site, "index.html");
        assertEquals(List.of("3 questions · English", "2 questions · Deutsch"), library.select(".guide-card .count").eachText());
        assertEquals("de", library.select(".guide-card").get(1).attr("lang"), "a guide's card is in its language");
    }

    @Test
    void aLibraryWithABaseUrlGivesEachGuideItsAddress(@TempDir Path temp) throws IOException {
        Cli.Run run = Cli.build(LIBRARY, temp.resolve("site"), "--base-url", "https://example.org/docs/");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("User-agent: *\nAllow: /\nSitemap: https://example.org/docs/databases/sitemap.xml\n"
                + "Sitemap: https://example.org/docs/streams/sitemap.xml\n", Files.readString(temp.resolve("site/robots.txt")));
        assertTrue(Files.readString(temp.resolve("site/streams/sitemap.xml"))
                .contains("<loc>https://example.org/docs/streams/logs/what-is-a-partition.html</loc>"));
        Document index = Jsoup.parse(temp.resolve("site/index.html").toFile(), "UTF-8");
        assertEquals("https://example.org/docs/", index.selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void withABaseUrlEachLanguageIsNamedByTheAddressItsOwnPageGivesAsCanonical(@TempDir Path temp) throws IOException {
        Path site = temp.resolve("site");
        Cli.Run run = Cli.build(BILINGUAL, site, "--base-url", "https://example.org/lib/");
        assertEquals(0, run.exitCode(), run::toString);
        Document question = Jsoup.parse(site.resolve("networking/dns/what-is-a-resolver.html").toFile(), "UTF-8");
        List<String> alternates = question.select("link[rel=alternate]").eachAttr("href");
        assertEquals(List.of("https://example.org/lib/networking/dns/what-is-a-resolver.html",
                "https://example.org/lib/networking-de/namen/what-is-a-resolver.html"), alternates);
        assertEquals(alternates.get(0), question.selectFirst("link[rel=canonical]").attr("href"));
        Document german = Jsoup.parse(site.resolve("networking-de/namen/what-is-a-resolver.html").toFile(), "UTF-8");
        assertEquals(alternates.get(1), german.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(alternates, german.select("link[rel=alternate]").eachAttr("href"), "both pages name the same pair");
        Document home = Jsoup.parse(site.resolve("networking-de/index.html").toFile(), "UTF-8");
        assertEquals(List.of("https://example.org/lib/networking/", "https://example.org/lib/networking-de/"),
                home.select("link[rel=alternate]").eachAttr("href"));
        assertEquals("https://example.org/lib/networking-de/", home.selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void checkReadsALibraryAndWritesNothing(@TempDir Path temp) {
        Cli.Run run = Cli.run("check", "--content", LIBRARY.toString(), "--output", temp.resolve("site").toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("Checked 6 questions in 4 categories: no problems found."), run.out());
        assertTrue(run.out().contains("databases/indexes"), "the coverage report names each category with its guide");
        assertFalse(Files.exists(temp.resolve("site")));
    }
}
