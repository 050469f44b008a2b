package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import studyguide.BuiltSites;
import studyguide.Cli;
import studyguide.Slow;

/**
 * The search index is loaded by {@code search.js}, not linked by the page: a page's DOMContentLoaded waits
 * for every deferred script it links, and a phone's Lighthouse run counted the index against the first
 * paint. A theme whose layout still links the index keeps working, and a site without its index hides the
 * search box rather than offering a search that cannot answer.
 */
@Slow.Browser
class SearchIndexLoadingInBrowserTest {

    private static final String LINK = "<script src=\"${root}assets/search-index.js\" defer></script>";

    @RegisterExtension
    static final BrowserSite browser = BrowserSite.of(Cli.SMALL_GUIDE).window(1200, 900);

    @TempDir
    static Path temp;

    /** The {@code src} of every script element that loads the index, with where it sits. */
    @SuppressWarnings("unchecked")
    private static List<String> indexScripts() {
        return (List<String>) browser.js("return Array.prototype.map.call(document.querySelectorAll("
                + "'script[src$=\"search-index.js\"]'), function (s) {"
                + " return (s.closest('head') ? 'head ' : s.closest('.search-index-parts') ? 'parts ' : 'body ')"
                + " + s.getAttribute('src'); });");
    }

    private static void searchFor(String word) {
        browser.find("#search-input").click();
        browser.find("#search-input").sendKeys(word);
        browser.waitUntil(d -> !browser.findAll("#search-results .search-result-question").isEmpty());
    }

    @Test
    void thePageLinksNoIndexAndSearchJsLoadsItOnceAtTheEndOfTheBody() throws IOException {
        for (String page : List.of("index.html", "storage.html")) {
            assertFalse(Files.readString(browser.file(page)).contains("search-index.js"), page + " links the index");
        }
        browser.open("storage.html");
        browser.waitUntil(d -> browser.js("return window.studyguideSearch.loaded() !== null"));
        List<String> scripts = indexScripts();
        assertEquals(1, scripts.size(), scripts.toString());
        assertTrue(scripts.get(0).startsWith("parts ") && scripts.get(0).endsWith("assets/search-index.js"),
                "added by search.js in the hidden holder at the end of the body: " + scripts);
        searchFor("partition");
        assertTrue(browser.find("#search").isDisplayed());
    }

    @Test
    void aLayoutThatStillLinksTheIndexSearchesWithItAndLoadsItOnlyOnce() throws IOException {
        Path theme = Files.createDirectories(temp.resolve("old-theme"));
        String layout = Files.readString(Path.of("templates/layout.ftlh"));
        String searchJs = "<script src=\"${root}assets/search.js\" defer></script>";
        assertTrue(layout.contains(searchJs), "layout.ftlh no longer loads search.js as " + searchJs);
        Files.writeString(theme.resolve("layout.ftlh"), layout.replace(searchJs, LINK + "\n" + searchJs));
        Path site = BuiltSites.of(Cli.SMALL_GUIDE, "--templates", theme.toString()).root();

        browser.open(site.resolve("storage.html"));
        assertEquals(List.of("head assets/search-index.js"), indexScripts(),
                "the layout's own script, and none added");
        assertTrue((Boolean) browser.js("return window.studyguideSearch.loaded() !== null"),
                "there as soon as search.js runs");
        searchFor("partition");
    }

    @Test
    void withoutItsIndexTheSiteHidesTheSearchBox() throws IOException {
        Path copy = temp.resolve("without-index");
        try (Stream<Path> files = Files.walk(browser.site())) {
            for (Path from : files.toList()) {
                Path to = copy.resolve(browser.site().relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        Files.delete(copy.resolve("assets/search-index.js"));
        browser.open(copy.resolve("storage.html"));
        browser.waitUntil(d -> !browser.find("#search").isDisplayed());
        assertEquals(true, browser.js("return window.studyguideSearch.loaded() === null"));
    }
}
