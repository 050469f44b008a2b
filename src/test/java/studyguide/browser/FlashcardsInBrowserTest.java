package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import studyguide.Cli;
import studyguide.Slow;

/** The flashcards page: deck, reveal, grade, next, spaced repetition kept across reloads. */
@Slow.Browser
class FlashcardsInBrowserTest {

    @RegisterExtension
    static final BrowserSite browser = BrowserSite.of(Cli.SMALL_GUIDE).window(1000, 900).clearingStorage();

    private String question() {
        return browser.find("#card-question").getText();
    }

    private String status() {
        return browser.find("#deck-status").getText();
    }

    private void reveal() {
        browser.find("#card-reveal").click();
    }

    private void grade(String grade) {
        browser.find("[data-grade=" + grade + "]").click();
    }

    /** Days from now until a question's card is due, from the stored state. */
    private double dueInDays(String id) {
        return ((Number) browser.js("return (studyguideProgress.entries()[arguments[0]].due - Date.now()) / 86400000", id))
                .doubleValue();
    }

    @Test
    void oneCardAtATimeRevealGradeNext() {
        browser.open("flashcards.html?category=storage");
        assertEquals("3 cards to study: 0 due, 3 new.", status());
        assertEquals("What is a partition?", question());
        assertEquals("Storage <basics> · Basic · card 1 of 3", browser.find("#card-meta").getText());
        assertFalse(browser.find("#card-answer").isDisplayed(), "the answer waits");

        reveal();
        assertEquals(List.of("Up to 3,000 RCU per partition", "Keys are hashed"),
                browser.findAll("#card-points li").stream().map(WebElement::getText).toList());
        assertTrue(browser.find("#card-link").getAttribute("href").endsWith("/storage/what-is-a-partition.html#what-is-a-partition"));
        grade("hard");

        assertEquals("Is <script>alert('x')</script> shown as text?", question(), "content is shown as text");
        reveal();
        assertEquals("Raw <img src=x onerror=alert(1)> in a key point is text", browser.find("#card-points li").getText(),
                "HTML in a key point is shown as text, never run");
        grade("easy");

        assertEquals("Tell me about a time you were wrong.", question());
        reveal();
        grade("again");
        assertEquals("Tell me about a time you were wrong.", question(), "a card graded again comes back");
        reveal();
        grade("good");

        assertFalse(browser.find("#card").isDisplayed());
        assertEquals("Done: 4 cards reviewed. Nothing in this deck is due; the next card is due in 2 days.", status());
        assertTrue(dueInDays("what-is-a-partition") < dueInDays("tell-me-about-a-time"), "hard comes back before good");
        assertTrue(dueInDays("tell-me-about-a-time") < dueInDays("script-in-question"), "good comes back before easy");

        browser.find("#study-all").click();
        assertEquals("Studying all 3 cards of this deck.", status());
        assertEquals("What is a partition?", question(), "the card due soonest first");
    }

    @Test
    void stateSurvivesAReload() {
        browser.open("flashcards.html?category=storage");
        reveal();
        grade("good");
        assertEquals("Is <script>alert('x')</script> shown as text?", question());
        browser.driver().navigate().refresh();
        assertEquals("2 cards to study: 0 due, 2 new; 1 not due yet.", status());
        assertEquals("Is <script>alert('x')</script> shown as text?", question());
        assertEquals(3.0, dueInDays("what-is-a-partition"), 0.01, "a new card graded good: FSRS-6's 3 days");
    }

    @Test
    void spacedRepetitionFollowsFsrs() {
        browser.open("flashcards.html");
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) browser.js("""
                var review = studyguideFsrs.review, day = 86400000, now = Date.UTC(2026, 0, 5, 9), c = null, goods = [];
                var first = [1, 2, 3, 4].map(function (g) { return (review(null, g, now).due - now) / day; });
                for (var i = 0; i < 4; i++) { c = review(c, 3, now); goods.push((c.due - now) / day); now = c.due; }
                var failed = review(c, 1, now);
                return {first: first, goods: goods, lapses: failed.lapses, failedDays: (failed.due - now) / day,
                        fell: failed.s < c.s, harder: failed.d > c.d};
                """);
        assertEquals(List.of(1L, 2L, 3L, 8L), result.get("first"), "a new card: again 1 day, hard 2, good 3, easy 8");
        assertEquals(List.of(3L, 14L, 57L, 196L), result.get("goods"), "good on time, again and again: intervals grow");
        assertEquals(1L, result.get("lapses"));
        assertEquals(true, result.get("fell"), "forgetting lowers stability");
        assertEquals(true, result.get("harder"), "and raises difficulty");
    }

    @Test
    void keyboardOnly() {
        browser.open("flashcards.html?level=basic");
        WebElement revealButton = browser.find("#card-reveal");
        revealButton.sendKeys(Keys.ENTER);
        assertTrue(browser.find("#card-answer").isDisplayed());
        browser.driver().switchTo().activeElement().sendKeys("3");
        assertFalse(browser.find("#card").isDisplayed(), "the only basic card was graded with the key 3");
        assertTrue(status().startsWith("Done: 1 card reviewed."), status());
        assertEquals(3.0, dueInDays("what-is-a-partition"), 0.01, "3 is Good");
    }

    @Test
    void deckOfQuestionsMarkedForReview() {
        browser.open("queries.html");
        browser.find("#query-vs-scan .mark-review").click();
        browser.open("flashcards.html");
        browser.find("input[name=review]").click();
        assertTrue(browser.driver().getCurrentUrl().endsWith("flashcards.html?review=1"), browser.driver().getCurrentUrl());
        assertEquals("1 card to study: 1 due, 0 new.", status(), "a question marked review again is due for this deck");
        assertEquals("What's the difference between Query and Scan?", question());
        new Select(browser.find("select[name=category]")).selectByVisibleText("Storage <basics>");
        assertEquals("No questions match these filters.", status());
    }

    @Test
    void categoryPagesLinkToTheirDeck() {
        browser.open("storage.html");
        WebElement link = browser.find(".category-study a");
        assertTrue(link.isDisplayed());
        link.click();
        assertEquals("storage", browser.find("select[name=category]").getAttribute("value"));
        assertEquals("3 cards to study: 0 due, 3 new.", status());
    }

    @Test
    void withoutJavaScriptThePageSaysWhatItNeeds() {
        browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            browser.open("flashcards.html");
            assertFalse(browser.find("#flashcards").isDisplayed());
            assertTrue(browser.find("main").getText().contains("Flashcards need JavaScript."), browser.find("main").getText());
        } finally {
            browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }
}
