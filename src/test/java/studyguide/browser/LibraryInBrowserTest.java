package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import studyguide.Slow;

/**
 * A library of two guides opened from disk: its page lists the guides and leads to each; its search finds
 * questions of every guide, and its guide filter keeps one guide's; a guide's page leads back. At a phone's
 * and a desktop's width, light and dark.
 */
@Slow.Browser
class LibraryInBrowserTest {

    static final Path LIBRARY = Path.of("src/test/resources/guides/library");

    @RegisterExtension
    static final BrowserSite browser = BrowserSite.of(LIBRARY).clearingStorage();

    @AfterEach
    void desktopLight() {
        browser.resetWindow();
        browser.colorScheme("light");
    }

    private static List<String> results(String query) {
        browser.find("#search-input").clear();
        browser.find("#search-input").sendKeys(query);
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#search-results [role=option]")).isEmpty());
        return browser.texts("#search-results .search-result-category");
    }

    @Test
    void thePageListsEachGuideWithItsSizeAndLanguageAndLeadsToIt() {
        browser.open("index.html");
        assertEquals("Engineering Library", browser.find("h1").getText());
        assertEquals(List.of("Databases", "Streams"), browser.texts(".guide-card h3"));
        assertEquals(List.of("3 questions · English", "3 questions · English"), browser.texts(".guide-card .count"));
        browser.find(".guide-card a[href='streams/index.html']").click();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/streams/index.html"));
        assertEquals("Streams", browser.find("h1").getText());

        browser.find(".sidebar-library a").click();
        browser.waitUntil(d -> !d.getCurrentUrl().contains("/streams/"));
        assertEquals("Engineering Library", browser.find("h1").getText());
    }

    @Test
    void theLibrarysSearchFindsEveryGuideAndItsFilterKeepsOne() {
        browser.open("index.html");
        // "index" is the title of a question in each guide.
        List<String> both = results("index");
        assertTrue(both.contains("Databases: Indexes") && both.contains("Streams: Logs"), both.toString());

        new Select(browser.find("#search-guide")).selectByVisibleText("Streams");
        browser.waitUntil(d -> browser.texts("#search-results .search-result-category").stream().allMatch(c -> c.startsWith("Streams: ")));
        browser.waitUntil(d -> d.getCurrentUrl().contains("guide=streams")); // the filter is in the shared address

        browser.find("#search-results [role=option]").click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/streams/logs/what-is-an-index.html"));
        assertEquals("What is the offset index of a log segment?", browser.find("h1").getText());
    }

    @Test
    void aGuidesSearchKeepsToItsGuide() {
        browser.open("databases/index.html");
        assertTrue(browser.findAll("#search-guide").isEmpty(), "a guide's page has no guide filter");
        assertEquals(List.of("Indexes"), results("index").stream().distinct().toList());
    }

    @Test
    void screenshots() {
        for (String scheme : List.of("light", "dark")) {
            browser.colorScheme(scheme);
            for (int width : List.of(1280, 390)) {
                browser.resize(width, width == 390 ? 844 : 900);
                browser.open("index.html");
                assertEquals(true, browser.js("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
                        "nothing is wider than the window at " + width);
                browser.screenshot("library-" + width + "-" + scheme);
            }
        }
    }
}
