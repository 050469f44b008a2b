package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
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

    @TempDir
    static Path temp;

    static Path alone;
    static ChromeDriver browser;

    @BeforeAll
    static void buildAndOpen() throws Exception {
        Path site = temp.resolve("site");
        Cli.Run run = Cli.build(Cli.SMALL_GUIDE, site);
        assertEquals(0, run.exitCode(), run::toString);
        alone = Files.createDirectories(temp.resolve("alone")).resolve("guide.html");
        Files.copy(site.resolve("export/guide.html"), alone);
        browser = Browser.start(390, 844);
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    private Object js(String script) {
        return browser.executeScript(script);
    }

    private void open() {
        browser.get(Browser.url(alone));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> js("return document.readyState").equals("complete"));
    }

    @Test
    void worksAloneWithNothingElseLoaded() {
        open();
        assertEquals(0L, js("return performance.getEntriesByType('resource').length"), "no file or network request");
        assertEquals("6px", browser.findElement(By.cssSelector("#what-is-a-partition .key-points ul"))
                .getCssValue("border-top-left-radius"), "the style sheet is inlined");
        assertFalse(browser.findElements(By.cssSelector("#what-is-a-partition figure.snippet code .token")).isEmpty(),
                "Prism's inlined script highlighted the code");
        WebElement diagram = browser.findElement(By.cssSelector("#what-is-a-partition figure.diagram svg"));
        assertTrue(diagram.getSize().getWidth() > 100 && diagram.getSize().getHeight() > 50, "the diagram is drawn");
        for (String id : List.of("what-is-a-partition", "script-in-question", "tell-me-about-a-time", "query-vs-scan")) {
            assertTrue(browser.findElement(By.id(id)).isDisplayed(), id);
        }
        Number scroll = (Number) js("return document.documentElement.scrollWidth");
        Number width = (Number) js("return document.documentElement.clientWidth");
        assertTrue(scroll.intValue() <= width.intValue(), "nothing wider than a phone: " + scroll + " > " + width);
    }

    @Test
    void linksStayInsideTheFile() {
        open();
        browser.findElement(By.cssSelector("nav.toc a[href='#category--queries']")).click();
        assertEquals("#category--queries", js("return location.hash"));
        browser.findElement(By.cssSelector("#what-is-a-partition .related a")).click();
        assertEquals("#query-vs-scan", js("return location.hash"));
        // A link made by a script at run time (as search results are) is rewritten when followed.
        js("var a = document.createElement('a'); a.href = 'storage.html#script-in-question'; a.textContent = 'x';"
                + " document.body.appendChild(a); a.click();");
        assertEquals("#script-in-question", js("return location.hash"));
        assertTrue(((String) js("return location.pathname")).endsWith("/alone/guide.html"), "still the same file");
        Number top = (Number) js("return document.getElementById('script-in-question').getBoundingClientRect().top");
        assertTrue(Math.abs(top.doubleValue()) < 60, "the question is in view: " + top);
    }

    @Test
    void searchWorksInTheSingleFile() {
        browser.get(Browser.url(alone));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> js("return document.readyState").equals("complete"));
        assertEquals(0L, js("return performance.getEntriesByType('resource').length"), "search loads nothing either");
        WebElement box = browser.findElement(By.cssSelector("input[type=search], input[role=combobox]"));
        box.click();
        box.sendKeys("partition");
        WebElement result = new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("[role=option]"))
                .stream()
                .filter(o -> o.isDisplayed() && o.getText().contains("What is a partition?"))
                .findFirst().orElse(null));
        result.click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> "#what-is-a-partition".equals(js("return location.hash")));
        assertTrue(((String) js("return location.pathname")).endsWith("/alone/guide.html"), "still the same file");
        assertTrue(browser.findElement(By.id("what-is-a-partition")).isDisplayed());
    }
}
