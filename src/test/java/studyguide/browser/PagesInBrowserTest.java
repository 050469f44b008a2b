package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import studyguide.Cli;
import studyguide.Slow;

/** The built pages as a reader sees them: opened from disk in headless Chromium, on a phone and a desktop. */
@Slow.Browser
class PagesInBrowserTest {

    @TempDir
    static Path temp;

    static Path site;
    static ChromeDriver phone;

    @BeforeAll
    static void buildAndOpen() {
        site = temp.resolve("site");
        Cli.Run run = Cli.build(Cli.SMALL_GUIDE, site);
        assertEquals(0, run.exitCode(), run::toString);
        phone = Browser.start(390, 844);
    }

    @AfterAll
    static void quit() {
        if (phone != null) {
            phone.quit();
        }
    }

    private Object js(String script) {
        return phone.executeScript(script);
    }

    @Test
    void pageOpensFromDiskWithItsStylesApplied() {
        phone.get(Browser.url(site.resolve("storage.html")));
        assertEquals("Storage <basics> — Small Test Guide", phone.getTitle());
        WebElement keyPoints = phone.findElement(By.cssSelector("#what-is-a-partition .key-points ul"));
        assertEquals("6px", keyPoints.getCssValue("border-top-left-radius"), "style.css loaded");
    }

    @Test
    void codeIsHighlightedByPrismFromTheWebJar() {
        phone.get(Browser.url(site.resolve("storage.html")));
        List<WebElement> tokens = phone.findElements(By.cssSelector("#what-is-a-partition figure.snippet code .token"));
        assertFalse(tokens.isEmpty(), "Prism turned the snippet into tokens");
    }

    @Test
    void nothingIsWiderThanAPhone() {
        for (String page : List.of("index.html", "storage.html", "queries.html", "how-to-prepare.html")) {
            phone.get(Browser.url(site.resolve(page)));
            Number scroll = (Number) js("return document.documentElement.scrollWidth");
            Number width = (Number) js("return document.documentElement.clientWidth");
            assertTrue(scroll.intValue() <= width.intValue(), page + " scrolls sideways: " + scroll + " > " + width);
        }
    }

    @Test
    void darkModeFollowsTheSystem() {
        Browser.colorScheme(phone, "dark");
        try {
            phone.get(Browser.url(site.resolve("index.html")));
            assertEquals("rgba(13, 17, 23, 1)", phone.findElement(By.tagName("body")).getCssValue("background-color"));
        } finally {
            Browser.colorScheme(phone, "light");
        }
        phone.get(Browser.url(site.resolve("index.html")));
        assertEquals("rgba(255, 255, 255, 1)", phone.findElement(By.tagName("body")).getCssValue("background-color"));
    }

    @Test
    void anchorLinksLandOnTheQuestion() {
        phone.get(Browser.url(site.resolve("storage.html")) + "#script-in-question");
        Number top = (Number) js("return document.getElementById('script-in-question').getBoundingClientRect().top");
        Boolean atBottom = (Boolean) js("return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1");
        // The question is near the end of a short page: it is at the top, or the page is scrolled as far as it goes.
        assertTrue(top.doubleValue() >= 0 && (top.doubleValue() < 40 || atBottom), "question in view, at " + top);
        assertTrue(((Number) js("return window.scrollY")).doubleValue() > 0, "the page scrolled to the anchor");
    }
}
