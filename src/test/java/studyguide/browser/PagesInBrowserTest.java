package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import studyguide.Cli;
import studyguide.Slow;

/** The built pages as a reader sees them: opened from disk in headless Chromium, on a phone and a desktop. */
@Slow.Browser
class PagesInBrowserTest {

    @RegisterExtension
    static final BrowserSite phone = BrowserSite.of(Cli.SMALL_GUIDE).window(390, 844);

    @Test
    void pageOpensFromDiskWithItsStylesApplied() {
        phone.open("storage.html");
        assertEquals("Storage <basics> — Small Test Guide", phone.driver().getTitle());
        WebElement keyPoints = phone.find("#what-is-a-partition .key-points ul");
        assertEquals("6px", keyPoints.getCssValue("border-top-left-radius"), "style.css loaded");
    }

    @Test
    void codeIsHighlightedByPrismFromTheWebJar() {
        phone.open("storage.html");
        List<WebElement> tokens = phone.findAll("#what-is-a-partition figure.snippet code .token");
        assertFalse(tokens.isEmpty(), "Prism turned the snippet into tokens");
    }

    @Test
    void nothingIsWiderThanAPhone() {
        for (String page : List.of("index.html", "storage.html", "queries.html", "how-to-prepare.html")) {
            phone.open(page);
            Number scroll = (Number) phone.js("return document.documentElement.scrollWidth");
            Number width = (Number) phone.js("return document.documentElement.clientWidth");
            assertTrue(scroll.intValue() <= width.intValue(), page + " scrolls sideways: " + scroll + " > " + width);
        }
    }

    @Test
    void darkModeFollowsTheSystem() {
        phone.colorScheme("dark");
        try {
            phone.open("index.html");
            assertEquals("rgba(13, 17, 23, 1)", phone.find("body").getCssValue("background-color"));
        } finally {
            phone.colorScheme("light");
        }
        phone.open("index.html");
        assertEquals("rgba(255, 255, 255, 1)", phone.find("body").getCssValue("background-color"));
    }

    @Test
    void anchorLinksLandOnTheQuestion() {
        phone.open("storage.html#script-in-question");
        Number top = (Number) phone.js("return document.getElementById('script-in-question').getBoundingClientRect().top");
        Boolean atBottom = (Boolean) phone.js("return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1");
        // The question is near the end of a short page: it is at the top, or the page is scrolled as far as it goes.
        assertTrue(top.doubleValue() >= 0 && (top.doubleValue() < 40 || atBottom), "question in view, at " + top);
        assertTrue(((Number) phone.js("return window.scrollY")).doubleValue() > 0, "the page scrolled to the anchor");
    }
}
