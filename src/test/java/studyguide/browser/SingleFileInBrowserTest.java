package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import studyguide.Cli;
import studyguide.Slow;

/**
 * export/guide.html copied alone into an empty folder and opened from disk, as someone would on a
 * laptop with no network: styles, highlighting and diagrams work, nothing else is loaded, links stay
 * inside the file, and search finds and opens a question inside the file.
 */
@Slow.Browser
class SingleFileInBrowserTest {

    @RegisterExtension
    static final BrowserSite browser = BrowserSite.of(Cli.SMALL_GUIDE).window(390, 844);

    static Path alone;

    @BeforeAll
    static void copyTheSingleFile() {
        alone = browser.copyAlone(browser.file("export/guide.html"));
    }

    private void open() {
        browser.open(alone);
        browser.waitForLoad();
    }

    @Test
    void worksAloneWithNothingElseLoaded() {
        open();
        assertEquals(0L, browser.js("return performance.getEntriesByType('resource').length"), "no file or network request");
        assertEquals("6px", browser.find("#what-is-a-partition .key-points ul")
                .getCssValue("border-top-left-radius"), "the style sheet is inlined");
        assertFalse(browser.findAll("#what-is-a-partition figure.snippet code .token").isEmpty(),
                "Prism's inlined script highlighted the code");
        WebElement diagram = browser.find("#what-is-a-partition figure.diagram svg");
        assertTrue(diagram.getSize().getWidth() > 100 && diagram.getSize().getHeight() > 50, "the diagram is drawn");
        for (String id : List.of("what-is-a-partition", "script-in-question", "tell-me-about-a-time", "query-vs-scan")) {
            assertTrue(browser.find("#" + id).isDisplayed(), id);
        }
        Number scroll = (Number) browser.js("return document.documentElement.scrollWidth");
        Number width = (Number) browser.js("return document.documentElement.clientWidth");
        assertTrue(scroll.intValue() <= width.intValue(), "nothing wider than a phone: " + scroll + " > " + width);
    }

    @Test
    void linksStayInsideTheFile() {
        open();
        browser.find("nav.toc a[href='#category--queries']").click();
        assertEquals("#category--queries", browser.js("return location.hash"));
        browser.find("#what-is-a-partition .related a").click();
        assertEquals("#query-vs-scan", browser.js("return location.hash"));
        // A link made by a script at run time (as search results are) is rewritten when followed.
        browser.js("var a = document.createElement('a'); a.href = 'storage.html#script-in-question'; a.textContent = 'x';"
                + " document.body.appendChild(a); a.click();");
        assertEquals("#script-in-question", browser.js("return location.hash"));
        assertTrue(((String) browser.js("return location.pathname")).endsWith("/alone/guide.html"), "still the same file");
        Number top = (Number) browser.js("return document.getElementById('script-in-question').getBoundingClientRect().top");
        assertTrue(Math.abs(top.doubleValue()) < 60, "the question is in view: " + top);
    }

    @Test
    void searchWorksInTheSingleFile() {
        open();
        assertEquals(0L, browser.js("return performance.getEntriesByType('resource').length"), "search loads nothing either");
        WebElement box = browser.find("input[type=search], input[role=combobox]");
        box.click();
        box.sendKeys("partition");
        WebElement result = browser.waitUntil(d -> d.findElements(By.cssSelector("[role=option]"))
                .stream()
                .filter(o -> o.isDisplayed() && o.getText().contains("What is a partition?"))
                .findFirst().orElse(null));
        result.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> "#what-is-a-partition".equals(browser.js("return location.hash")));
        assertTrue(((String) browser.js("return location.pathname")).endsWith("/alone/guide.html"), "still the same file");
        assertTrue(browser.find("#what-is-a-partition").isDisplayed());
    }
}
