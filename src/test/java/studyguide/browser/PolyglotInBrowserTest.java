package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import studyguide.Cli;
import studyguide.Slow;

/**
 * The polyglot guide in Chromium: code in every language it names is highlighted, titles show their code
 * and emphasis in search results and on flashcards, and a guide without levels shows no level control and
 * names none in its hints.
 */
@Slow.Browser
class PolyglotInBrowserTest {

    @TempDir
    static Path temp;

    static Path site;
    static ChromeDriver browser;

    @BeforeAll
    static void buildAndOpen() {
        site = temp.resolve("site");
        Cli.Run run = Cli.build(Cli.POLYGLOT_GUIDE, site);
        assertEquals(0, run.exitCode(), run::toString);
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void open(String page) {
        browser.get(Browser.url(site.resolve(page)));
    }

    /** The number of Prism tokens in the code blocks of a selector, once highlighting has run. */
    private long tokens(String codeBlocks) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(codeBlocks + " .token")).isEmpty());
        } catch (TimeoutException e) {
            return 0; // the assertion names the block
        }
        return browser.findElements(By.cssSelector(codeBlocks + " .token")).size();
    }

    private void waitForText(String id, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> text.equals(d.findElement(By.id(id)).getText()));
    }

    @Test
    void codeInEveryLanguageTheGuideNamesIsHighlighted() {
        open("frontend.html");
        assertTrue(tokens("#typed-props code.language-tsx") > 10, "tsx");
        assertTrue(tokens("#use-state-pair code.language-jsx") > 5, "jsx");
        assertTrue(tokens("#swift-optionals figure.snippet code") > 3, "a swift snippet");
        open("systems.html");
        assertTrue(tokens("#kotlin-data-class code.language-kotlin") > 5, "kotlin");
        assertTrue(tokens("#rust-ownership code.language-rust") > 5, "rust");
        for (String language : List.of("cpp", "golang", "tsql", "tf")) {
            assertTrue(tokens("#many-languages code.language-" + language) > 0, language);
        }
        assertTrue(browser.findElements(By.cssSelector("code.language-kotln .token")).isEmpty(), "an unknown language stays text");
    }

    @Test
    void noLevelControlIsShownAnywhere() {
        open("index.html");
        browser.findElement(By.id("search-input")).click();
        waitForText("search-status", "Type words to search, or choose a category or tag.");
        browser.findElement(By.id("search-input")).sendKeys("usestate");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(".search-result")).isEmpty());
        assertFalse(browser.findElement(By.id("search-level")).isDisplayed(), "no level filter in search");
        assertTrue(browser.findElement(By.id("search-category")).isDisplayed());
        WebElement result = browser.findElement(By.cssSelector(".search-result-question"));
        assertEquals("Why does useState return a pair?", result.getText());
        assertEquals("useState", result.findElement(By.cssSelector("code")).getText(), "the title's code span, in results too");
        assertTrue(browser.findElements(By.cssSelector(".level")).stream().noneMatch(WebElement::isDisplayed));

        open("flashcards.html");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("card")).isDisplayed());
        assertFalse(browser.findElement(By.cssSelector("select[name=level]")).isDisplayed(), "no level filter on flashcards");
        open("interview.html");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("interview-start")).isDisplayed());
        assertFalse(browser.findElement(By.id("interview-levels")).isDisplayed(), "no level picker in the interview");
        browser.findElements(By.cssSelector("#interview-categories input:checked")).forEach(WebElement::click);
        waitForText("interview-available", "No questions match: choose at least one category.");
        open("frontend.html");
        assertTrue(browser.findElements(By.cssSelector(".toc-level, .level")).stream().noneMatch(WebElement::isDisplayed));
    }

    @Test
    void categoryPageOnADesktopAndAPhoneInLightAndDark() {
        for (int width : new int[] {1280, 390}) {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
            for (String scheme : List.of("light", "dark")) {
                Browser.colorScheme(browser, scheme);
                open("frontend.html");
                tokens("#typed-props code.language-tsx");
                Number scroll = (Number) browser.executeScript("return document.documentElement.scrollWidth");
                assertTrue(scroll.intValue() <= width, "nothing wider than the window at " + width);
                Browser.screenshot(browser, "polyglot-category-" + width + "-" + scheme);
                browser.executeScript("document.getElementById('typed-props').scrollIntoView()");
                Browser.screenshot(browser, "polyglot-category-" + width + "-" + scheme + "-code");
            }
        }
        Browser.colorScheme(browser, "light");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }
}
