package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import studyguide.Cli;
import studyguide.Slow;

/**
 * A question's own page, opened from disk: reached from a category page's heading, from search (also on a
 * question page, one folder down), from flashcards and from the mock interview; previous and next; its
 * styles and scripts found from its folder; at a phone's and a desktop's width, light and dark.
 */
@Slow.Browser
class QuestionPagesInBrowserTest {

    @RegisterExtension
    static final BrowserSite browser = BrowserSite.of(Cli.SMALL_GUIDE).clearingStorage();

    @AfterEach
    void desktopLight() {
        browser.resetWindow();
        browser.colorScheme("light");
    }

    private static void waitForUrl(String end) {
        browser.waitUntil(d -> d.getCurrentUrl().endsWith(end));
    }

    @Test
    void fromACategoryAnchorToTheQuestionsPageAndAlongTheCategory() {
        browser.open("storage.html#what-is-a-partition");
        browser.find("#what-is-a-partition--title a").click();
        waitForUrl("/storage/what-is-a-partition.html");
        assertEquals("What is a partition? — Storage <basics> — Small Test Guide", browser.driver().getTitle());
        assertEquals("6px", browser.find(".key-points ul").getCssValue("border-top-left-radius"), "style.css found from the folder");
        assertFalse(browser.findAll("figure.snippet code .token").isEmpty(), "Prism ran");

        browser.find(".question-pager [rel=next]").click();
        waitForUrl("/storage/script-in-question.html");
        assertEquals("Is <script>alert('x')</script> shown as text?", browser.find("h1").getText());
        browser.find(".question-pager [rel=prev]").click();
        waitForUrl("/storage/what-is-a-partition.html");
        browser.find(".question-pager [rel=prev]").click();
        waitForUrl("/storage/tell-me-about-a-time.html");
        assertTrue(browser.findAll(".question-pager [rel=prev]").isEmpty(), "the first has no previous");

        browser.find(".breadcrumbs a[href='../storage.html']").click();
        waitForUrl("/storage.html");
        assertEquals("Storage <basics>", browser.find("h1").getText());
    }

    @Test
    void fromSearchOnAQuestionPageToAnotherWithItsAnswerShownInPracticeMode() {
        browser.open("storage/what-is-a-partition.html");
        browser.find("#practice-switch").click();
        assertFalse(browser.find("#what-is-a-partition .question-body").isDisplayed(), "practice mode hides the answer");
        WebElement input = browser.find("#search-input");
        input.sendKeys("scan");
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#search-results [role=option]")).isEmpty());
        input.sendKeys(Keys.ENTER);
        waitForUrl("/queries/query-vs-scan.html#query-vs-scan");
        assertEquals("What's the difference between Query and Scan?", browser.find("h1").getText());
        assertTrue(browser.find("#query-vs-scan .question-body").isDisplayed(), "someone who searched for it sees the answer");
    }

    @Test
    void fromFlashcardsToTheQuestionsPage() {
        browser.open("flashcards.html?category=storage");
        browser.waitUntil(d -> d.findElement(By.id("card-question")).isDisplayed());
        String question = browser.find("#card-question").getText();
        browser.find("#card-reveal").click();
        browser.find("#card-link").click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/storage/"));
        assertEquals(question, browser.find("h1").getText());
        assertTrue(browser.find("article.question .question-body").isDisplayed());
    }

    @Test
    void fromTheMockInterviewToTheQuestionsPage() {
        browser.open("interview.html?category=storage");
        browser.find("#interview-start").click();
        String question = browser.find("#interview-title").getText();
        while (browser.find("#interview-next").getText().equals("Next question")) {
            browser.find("#interview-next").click();
        }
        browser.find("#interview-next").click();
        WebElement link = browser.findAll("#interview-answers a").get(0);
        String href = link.getAttribute("href");
        link.click();
        browser.waitUntil(d -> d.getCurrentUrl().equals(href));
        assertTrue(href.contains("/storage/"), href);
        assertEquals(question, browser.find("h1").getText());
    }

    @Test
    void aQuestionPageFitsAPhoneAndIsLookedAtLightAndDark() {
        for (String scheme : List.of("light", "dark")) {
            browser.colorScheme(scheme);
            for (int width : List.of(1280, 390)) {
                browser.resize(width, width == 390 ? 844 : 900);
                browser.open("storage/what-is-a-partition.html");
                Number scroll = (Number) browser.js("return document.documentElement.scrollWidth");
                Number client = (Number) browser.js("return document.documentElement.clientWidth");
                assertTrue(scroll.intValue() <= client.intValue(), "scrolls sideways at " + width + ": " + scroll);
                browser.screenshot("question-page-" + width + "-" + scheme);
                browser.js("document.querySelector('.question-pager').scrollIntoView({block: 'end'})");
                browser.screenshot("question-page-" + width + "-" + scheme + "-end");
            }
        }
    }
}
