package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import studyguide.Cli;
import studyguide.Slow;

/** The header's search box, used as a reader uses it: pages opened from disk, typed into, keys pressed. */
@Slow.Browser
class SearchInBrowserTest {

    @TempDir
    static Path temp;

    static Path site;
    static ChromeDriver browser;

    @BeforeAll
    static void buildAndOpen() {
        site = temp.resolve("site");
        Cli.Run run = Cli.build(Cli.SMALL_GUIDE, site);
        assertEquals(0, run.exitCode(), run::toString);
        browser = Browser.start(1200, 900);
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void home() {
        browser.get(Browser.url(site.resolve("index.html")));
    }

    private WebElement input() {
        return browser.findElement(By.id("search-input"));
    }

    private void type(String text) {
        input().click();
        input().sendKeys(text);
    }

    /** The question texts of the results shown, in order. */
    private List<String> results() {
        return browser.findElements(By.cssSelector("#search-results .search-result-question")).stream()
                .map(WebElement::getText).toList();
    }

    private List<String> marked() {
        return browser.findElements(By.cssSelector("#search-results mark")).stream().map(WebElement::getText).distinct().toList();
    }

    @Test
    void findsAQuestionByAWordAndHighlightsIt() {
        type("scan");
        assertEquals(List.of("What's the difference between Query and Scan?"), results());
        assertEquals(List.of("Scan"), marked());
        assertEquals("1 result", browser.findElement(By.id("search-status")).getText());
        String meta = browser.findElement(By.cssSelector("#search-results .search-result-meta")).getText();
        assertTrue(meta.contains("Queries") && meta.contains("Intermediate"), "category and level shown: " + meta);
    }

    @Test
    void findsByPrefix() {
        type("partit");
        assertEquals(List.of("What is a partition?"), results());
        assertTrue(marked().contains("partition"), marked().toString());
    }

    @Test
    void forgivesOneTypo() {
        type("partiton");
        assertEquals(List.of("What is a partition?"), results());
        type(" hahsed");
        assertEquals(List.of("What is a partition?"), results(), "two swapped letters are one typo");
        input().clear();
        type("partiton");
        assertTrue(marked().contains("partitions"), "a typo in the beginning of a longer word: " + marked());
    }

    @Test
    void questionsWithEveryWordComeFirstAndAWordThatMatchesNothingEmptiesNothing() {
        type("partition hashed");
        assertEquals(List.of("What is a partition?"), results());
        input().clear();
        type("scan partition");
        assertEquals(List.of("What is a partition?", "What's the difference between Query and Scan?"),
                results().stream().sorted().toList(), "a question with one of the words still comes");
        input().clear();
        type("partition zebra");
        assertEquals(List.of("What is a partition?"), results());
    }

    @Test
    void findsWordsInAnswersAndCode() {
        type("boto3");
        assertEquals(List.of("What is a partition?"), results(), "snippet code");
        input().clear();
        type("story");
        assertEquals(List.of("Tell me about a time you were wrong."), results(), "answer text");
    }

    @Test
    void filtersCombineWithTextOrStandAlone() {
        input().click();
        assertEquals("Type words to search, or choose a category, level or tag.",
                browser.findElement(By.id("search-status")).getText());
        new Select(browser.findElement(By.id("search-level"))).selectByVisibleText("Advanced");
        assertEquals(List.of("Is <script>alert('x')</script> shown as text?"), results(), "browse by level");
        new Select(browser.findElement(By.id("search-level"))).selectByVisibleText("All");
        new Select(browser.findElement(By.id("search-category"))).selectByVisibleText("Storage <basics>");
        assertEquals(3, results().size(), "browse by category");
        input().sendKeys("partition");
        assertEquals(List.of("What is a partition?"), results(), "text and category");
        new Select(browser.findElement(By.id("search-category"))).selectByVisibleText("Queries");
        assertEquals(List.of(), results());
        new Select(browser.findElement(By.id("search-category"))).selectByVisibleText("All");
        new Select(browser.findElement(By.id("search-tag"))).selectByVisibleText("partitions");
        assertEquals(List.of("What is a partition?"), results(), "text and tag");
    }

    @Test
    void queryAndFiltersLiveInTheUrl() {
        type("partit");
        new Select(browser.findElement(By.id("search-level"))).selectByVisibleText("Basic");
        // The URL follows after a pause in typing.
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("index.html?q=partit&level=basic"));

        browser.get(Browser.url(site.resolve("queries.html")) + "?q=scan&category=queries");
        assertEquals("scan", input().getAttribute("value"));
        assertEquals("queries", browser.findElement(By.id("search-category")).getAttribute("value"));
        assertEquals(List.of("What's the difference between Query and Scan?"), results());
        assertTrue(browser.findElement(By.id("search-panel")).isDisplayed(), "a shared search opens its results");
    }

    @Test
    void openingAResultRightAfterTypingKeepsTheSearchForBack() {
        type("scan");
        input().sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("queries/query-vs-scan.html#query-vs-scan"));
        browser.navigate().back();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("index.html?q=scan"));
    }

    @Test
    void slashFocusesTheBoxUnlessTypingInAField() {
        browser.findElement(By.tagName("body")).sendKeys("/");
        assertEquals(input(), browser.switchTo().activeElement());
        assertEquals("", input().getAttribute("value"), "the slash is not typed into the box");
        input().sendKeys("scan/");
        assertEquals("scan/", input().getAttribute("value"), "a slash inside the box is just a character");
    }

    @Test
    void keyboardMovesThroughResultsAndEnterLandsOnTheAnswer() {
        browser.findElement(By.tagName("body")).sendKeys("/");
        input().sendKeys("partition");
        input().sendKeys(Keys.ARROW_DOWN);
        WebElement first = browser.findElement(By.cssSelector("#search-results [role=option]"));
        assertEquals("true", first.getAttribute("aria-selected"));
        assertEquals(first.getAttribute("id"), input().getAttribute("aria-activedescendant"));
        input().sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("storage/what-is-a-partition.html#what-is-a-partition"));
        assertEquals("What is a partition?", browser.findElement(By.tagName("h1")).getText(), "the question's own page");
        WebElement keyPoints = browser.findElement(By.cssSelector("#what-is-a-partition .key-points"));
        assertTrue(keyPoints.isDisplayed(), "the answer is visible");
    }

    @Test
    void clickingAResultOpensIt() {
        type("scan");
        browser.findElement(By.cssSelector("#search-results [role=option] .search-result-question")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("queries/query-vs-scan.html#query-vs-scan"));
    }

    @Test
    void escapeClosesTheResults() {
        type("scan");
        WebElement panel = browser.findElement(By.id("search-panel"));
        assertTrue(panel.isDisplayed());
        input().sendKeys(Keys.ESCAPE);
        assertFalse(panel.isDisplayed());
        assertEquals("false", input().getAttribute("aria-expanded"));
        input().sendKeys(Keys.ESCAPE);
        assertEquals("", input().getAttribute("value"), "a second Escape clears the box");
    }

    @Test
    void resultsShowContentAsTextNeverAsHtml() {
        type("alert");
        assertEquals(List.of("Is <script>alert('x')</script> shown as text?"), results());
        assertEquals(0L, browser.executeScript("return document.querySelectorAll('#search-results script').length"));
        assertEquals(0L, browser.executeScript("return document.querySelectorAll('#search-results a, #search-results [tabindex]').length"),
                "an option's content is presentational: nothing in it can take focus");
        new Select(browser.findElement(By.id("search-category"))).selectByVisibleText("Storage <basics>");
        assertEquals("storage", browser.findElement(By.id("search-category")).getAttribute("value"));
    }

    @Test
    void withoutJavaScriptTheSearchIsHiddenAndAnswersShown() {
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            browser.get(Browser.url(site.resolve("storage.html")));
            assertFalse(browser.findElement(By.id("search")).isDisplayed());
            assertTrue(browser.findElement(By.cssSelector("#what-is-a-partition .key-points")).isDisplayed());
        } finally {
            browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
        browser.get(Browser.url(site.resolve("storage.html")));
        assertTrue(browser.findElement(By.id("search")).isDisplayed());
    }
}
