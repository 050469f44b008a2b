package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import studyguide.Cli;
import studyguide.Slow;

/**
 * A question's own page, opened from disk: reached from a category page's heading, from search (also on a
 * question page, one folder down), from flashcards and from the mock interview; previous and next; its
 * styles and scripts found from its folder; at a phone's and a desktop's width, light and dark.
 */
@Slow.Browser
class QuestionPagesInBrowserTest {

    @TempDir
    static Path temp;

    static Path site;
    static ChromeDriver browser;

    @BeforeAll
    static void buildAndOpen() {
        site = temp.resolve("site");
        Cli.Run run = Cli.build(Cli.SMALL_GUIDE, site);
        assertEquals(0, run.exitCode(), run::toString);
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void forgetEverything() {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        Browser.colorScheme(browser, "light");
        open("index.html");
        browser.executeScript("localStorage.clear()");
    }

    private void open(String page) {
        browser.get(Browser.url(site.resolve("")) + page);
    }

    private WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    private void waitForUrl(String end) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith(end));
    }

    @Test
    void fromACategoryAnchorToTheQuestionsPageAndAlongTheCategory() {
        open("storage.html#what-is-a-partition");
        find("#what-is-a-partition--title a").click();
        waitForUrl("/storage/what-is-a-partition.html");
        assertEquals("What is a partition? — Storage <basics> — Small Test Guide", browser.getTitle());
        assertEquals("6px", find(".key-points ul").getCssValue("border-top-left-radius"), "style.css found from the folder");
        assertFalse(browser.findElements(By.cssSelector("figure.snippet code .token")).isEmpty(), "Prism ran");

        find(".question-pager [rel=next]").click();
        waitForUrl("/storage/script-in-question.html");
        assertEquals("Is <script>alert('x')</script> shown as text?", find("h1").getText());
        find(".question-pager [rel=prev]").click();
        waitForUrl("/storage/what-is-a-partition.html");
        find(".question-pager [rel=prev]").click();
        waitForUrl("/storage/tell-me-about-a-time.html");
        assertTrue(browser.findElements(By.cssSelector(".question-pager [rel=prev]")).isEmpty(), "the first has no previous");

        find(".breadcrumbs a[href='../storage.html']").click();
        waitForUrl("/storage.html");
        assertEquals("Storage <basics>", find("h1").getText());
    }

    @Test
    void fromSearchOnAQuestionPageToAnotherWithItsAnswerShownInPracticeMode() {
        open("storage/what-is-a-partition.html");
        find("#practice-switch").click();
        assertFalse(find("#what-is-a-partition .question-body").isDisplayed(), "practice mode hides the answer");
        WebElement input = find("#search-input");
        input.sendKeys("scan");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#search-results [role=option]")).isEmpty());
        input.sendKeys(Keys.ENTER);
        waitForUrl("/queries/query-vs-scan.html#query-vs-scan");
        assertEquals("What's the difference between Query and Scan?", find("h1").getText());
        assertTrue(find("#query-vs-scan .question-body").isDisplayed(), "someone who searched for it sees the answer");
    }

    @Test
    void fromFlashcardsToTheQuestionsPage() {
        open("flashcards.html?category=storage");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("card-question")).isDisplayed());
        String question = find("#card-question").getText();
        find("#card-reveal").click();
        find("#card-link").click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/storage/"));
        assertEquals(question, find("h1").getText());
        assertTrue(find("article.question .question-body").isDisplayed());
    }

    @Test
    void fromTheMockInterviewToTheQuestionsPage() {
        open("interview.html?category=storage");
        find("#interview-start").click();
        String question = find("#interview-title").getText();
        while (find("#interview-next").getText().equals("Next question")) {
            find("#interview-next").click();
        }
        find("#interview-next").click();
        WebElement link = browser.findElements(By.cssSelector("#interview-answers a")).get(0);
        String href = link.getAttribute("href");
        link.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(href));
        assertTrue(href.contains("/storage/"), href);
        assertEquals(question, find("h1").getText());
    }

    @Test
    void aQuestionPageFitsAPhoneAndIsLookedAtLightAndDark() {
        for (String scheme : List.of("light", "dark")) {
            Browser.colorScheme(browser, scheme);
            for (int width : List.of(1280, 390)) {
                browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, width == 390 ? 844 : 900));
                open("storage/what-is-a-partition.html");
                Number scroll = (Number) browser.executeScript("return document.documentElement.scrollWidth");
                Number client = (Number) browser.executeScript("return document.documentElement.clientWidth");
                assertTrue(scroll.intValue() <= client.intValue(), "scrolls sideways at " + width + ": " + scroll);
                Browser.screenshot(browser, "question-page-" + width + "-" + scheme);
                browser.executeScript("document.querySelector('.question-pager').scrollIntoView({block: 'end'})");
                Browser.screenshot(browser, "question-page-" + width + "-" + scheme + "-end");
            }
        }
    }
}
