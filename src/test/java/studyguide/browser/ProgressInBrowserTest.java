package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import studyguide.Cli;
import studyguide.Slow;

/**
 * The progress model in the browser: today's stored progress migrated, marks as reviews that change the
 * flashcard deck, the interview date's daily counts on a fixed clock, the progress link, and the mock
 * interview's self-grades, from file://.
 */
@Slow.Browser
class ProgressInBrowserTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String OLD_KEY = "studyguide:Small Test Guide";

    @RegisterExtension
    static final BrowserSite browser = BrowserSite.of(Cli.SMALL_GUIDE).window(1000, 900).clearingStorage();

    private String clock;

    @BeforeAll
    static void inBerlin() {
        browser.timeZone(BERLIN.getId());
    }

    @AfterEach
    void realTime() {
        setClock(null);
        browser.colorScheme("light");
    }

    /** Pages opened from now on see this local time in Berlin as Date.now() and new Date(); null: the real time. */
    private void setClock(LocalDateTime time) {
        if (clock != null) {
            browser.removeScriptBeforePages(clock);
            clock = null;
        }
        if (time != null) {
            long ms = time.atZone(BERLIN).toInstant().toEpochMilli();
            clock = browser.fixClockBeforePages(ms);
        }
    }

    private static String text(String css) {
        return browser.find(css).getText();
    }

    private static void grade(String grade) {
        browser.find("#card-reveal").click();
        browser.find("[data-grade=" + grade + "]").click();
    }

    @Test
    void todaysStoredProgressIsMigratedWithoutLosingAMark() {
        long now = System.currentTimeMillis();
        long day = 86_400_000L;
        browser.js("localStorage.setItem(arguments[0], arguments[1])", OLD_KEY, """
                {"marks": {"what-is-a-partition": "known", "query-vs-scan": "review"},
                 "cards": {"script-in-question": {"ef": 2.5, "reps": 2, "interval": 6, "due": %d},
                           "what-is-a-partition": {"ef": 1.3, "reps": 0, "interval": 0, "due": %d}}}
                """.formatted(now + 3 * day, now - day));
        browser.open("storage.html");
        assertEquals("true", browser.find("#what-is-a-partition .mark-known").getAttribute("aria-pressed"));
        assertEquals("false", browser.find("#script-in-question .mark-known").getAttribute("aria-pressed"), "a card is no mark");
        assertNull(browser.js("return localStorage.getItem(arguments[0])", OLD_KEY), "the old key is gone once moved");
        assertEquals(2L, browser.js("return JSON.parse(localStorage.getItem(arguments[0])).version", OLD_KEY + ":progress"));
        @SuppressWarnings("unchecked")
        Map<String, Object> script = (Map<String, Object>) browser.js("return studyguideProgress.entries()['script-in-question']");
        assertEquals(now + 3 * day, ((Number) script.get("due")).longValue(), "an SM-2 card keeps its due time");
        assertEquals(6.0, ((Number) script.get("s")).doubleValue(), "its interval is its stability");
        assertEquals(5.0, ((Number) script.get("d")).doubleValue(), "SM-2's first ease is FSRS's middle difficulty");
        assertEquals("1 known · 1 due · 0 to review again · 1 not seen yet", text("#category-progress"),
                "partition is marked known but its failed card is due; script's card is not due yet");

        browser.open("queries.html");
        assertEquals("true", browser.find("#query-vs-scan .mark-review").getAttribute("aria-pressed"));
        assertEquals("0 known · 0 due · 1 to review again · 0 not seen yet", text("#category-progress"));
    }

    @Test
    void markingAQuestionKnownChangesTheDeckAndTheStatusLine() {
        browser.open("flashcards.html?category=storage");
        assertEquals("3 cards to study: 0 due, 3 new.", text("#deck-status"));
        assertEquals("What is a partition?", text("#card-question"));
        String deck = browser.driver().getWindowHandle();

        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.open("storage.html");
        browser.find("#what-is-a-partition .mark-known").click();
        assertEquals("1 known · 0 due · 0 to review again · 2 not seen yet", text("#category-progress"));
        browser.driver().close();
        browser.driver().switchTo().window(deck);

        browser.waitUntil(d -> text("#deck-status").startsWith("2 cards"));
        assertEquals("2 cards to study: 0 due, 2 new; 1 not due yet.", text("#deck-status"));
        assertEquals("Is <script>alert('x')</script> shown as text?", text("#card-question"), "the known card left the deck");
        assertEquals(8.0, ((Number) browser.js("return (studyguideProgress.entries()['what-is-a-partition'].due - Date.now()) / 864e5"))
                .doubleValue(), 0.01, "I know this is a review graded easy");
    }

    @Test
    void aMarkTakenBackTakesItsReviewWithIt() {
        browser.open("storage.html");
        browser.find("#tell-me-about-a-time .mark-review").click();
        browser.find("#tell-me-about-a-time .mark-known").click();
        @SuppressWarnings("unchecked")
        Map<String, Object> entry = (Map<String, Object>) browser.js("return studyguideProgress.entries()['tell-me-about-a-time']");
        assertEquals(1L, entry.get("reps"), "the other mark replaces the first, not a second review");
        assertEquals(4L, entry.get("grade"));
        browser.find("#tell-me-about-a-time .mark-known").click();
        assertNull(browser.js("return studyguideProgress.entries()['tell-me-about-a-time'] || null"));
        assertEquals("0 known · 0 due · 0 to review again · 3 not seen yet", text("#category-progress"));
    }

    @Test
    void anInterviewDateSpreadsTheNewCardsOverTheDaysLeft() {
        setClock(LocalDateTime.of(2026, 3, 2, 10, 0));
        browser.open("flashcards.html");
        assertFalse(browser.find("#deck-daily").isDisplayed(), "no date, no daily count");
        assertEquals("4 cards to study: 0 due, 4 new.", text("#deck-status"));
        browser.js("var i = document.getElementById('interview-date'); i.value = '2026-03-04'; i.dispatchEvent(new Event('change'))");
        assertEquals("2 today, 2 days left.", text("#deck-daily"));
        assertEquals("2 cards to study: 0 due, 2 new; 2 not due yet.", text("#deck-status"));
        grade("good");
        assertEquals("1 today, 2 days left.", text("#deck-daily"));
        grade("again");
        assertEquals("0 today, 2 days left.", text("#deck-daily"), "today's new cards are seen");
        assertEquals("Is <script>alert('x')</script> shown as text?", text("#card-question"),
                "and the one graded again comes back in this session");
        grade("again");
        browser.screenshot("progress-flashcards-date");

        setClock(LocalDateTime.of(2026, 3, 3, 11, 0));
        browser.open("flashcards.html");
        assertEquals("2026-03-04", browser.find("#interview-date").getAttribute("value"), "the date is kept");
        assertEquals("3 today, 1 day left.", text("#deck-daily"), "the two new cards left, and the weak one again");
        assertEquals("3 cards to study: 1 due, 2 new; 1 not due yet.", text("#deck-status"));
        assertEquals("Is <script>alert('x')</script> shown as text?", text("#card-question"), "the weak card first");

        setClock(LocalDateTime.of(2026, 3, 4, 8, 0));
        browser.open("flashcards.html");
        assertEquals("The interview date has come: cards follow their usual schedule again.", text("#deck-daily"));
        browser.find("#interview-date-clear").click();
        assertFalse(browser.find("#deck-daily").isDisplayed());
        assertNull(browser.js("return studyguideProgress.interviewDate()"));
    }

    @Test
    void theProgressLinkCarriesProgressToAnotherBrowser() {
        browser.open("storage.html");
        browser.find("#what-is-a-partition .mark-known").click();
        browser.find("#script-in-question .mark-review").click();
        browser.open("flashcards.html");
        browser.js("var i = document.getElementById('interview-date'); i.value = '2030-01-31'; i.dispatchEvent(new Event('change'))");
        browser.open("index.html");
        browser.find("#progress-code").click();
        browser.waitUntil(d -> browser.find("#progress-code-box").isDisplayed());
        String link = browser.find("#progress-link").getAttribute("value");
        assertTrue(link.startsWith(Browser.url(browser.file("index.html")) + "#progress=z"), link);
        assertEquals("progress-link", browser.driver().switchTo().activeElement().getAttribute("id"));
        browser.screenshot("progress-link");

        browser.js("localStorage.clear()");
        browser.openUrl(link);
        assertTrue(browser.find("#progress-link-found").isDisplayed());
        assertEquals("This link carries progress from another browser. Import it", text("#progress-link-found"));
        browser.find("#progress-link-import").click();
        browser.waitUntil(d -> !text("#study-status").isEmpty());
        assertEquals("Imported the progress of 2 questions from the link.", text("#study-status"));
        assertFalse(browser.driver().getCurrentUrl().contains("#"), "the progress leaves the address bar once imported");
        assertFalse(browser.find("#progress-link-found").isDisplayed());
        assertEquals("1 known · 0 due · 1 to review again · 1 not seen yet",
                text(".category-progress[data-category=storage]"));
        assertEquals("2030-01-31", browser.js("return studyguideProgress.interviewDate()"));
    }

    @Test
    void withoutCompressionStreamTheLinkCarriesPlainJsonAndADamagedOneIsRefused() {
        browser.open("storage.html");
        browser.find("#what-is-a-partition .mark-known").click();
        browser.open("index.html");
        String code = (String) await("window.CompressionStream = undefined; return studyguideProgressLink.code();");
        assertTrue(code.startsWith("j"), code);
        browser.js("localStorage.clear()");
        browser.openUrl(Browser.url(browser.file("index.html")) + "#progress=" + code);
        browser.find("#progress-link-import").click();
        browser.waitUntil(d -> !text("#study-status").isEmpty());
        assertEquals("Imported the progress of 1 question from the link.", text("#study-status"));

        browser.openUrl(Browser.url(browser.file("index.html")) + "#progress=z" + code.substring(1, code.length() / 2));
        browser.find("#progress-link-import").click();
        browser.waitUntil(d -> !text("#study-status").isEmpty());
        assertEquals("Nothing imported: the progress in this link is damaged or incomplete.", text("#study-status"));
    }

    /** The value of the promise a script's body returns, awaited in the page. */
    private Object await(String body) {
        return browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "Promise.resolve((function () {" + body + "}())).then(done, function (e) { done('error: ' + e.message); });");
    }

    @Test
    void aMockInterviewsTickedKeyPointsAreOneReview() {
        browser.open("interview.html?category=storage&count=3");
        browser.find("#interview-start").click();
        for (int i = 0; i < 3; i++) {
            browser.find("#interview-next").click();
        }
        browser.waitUntil(d -> browser.find("#interview-result").isDisplayed());
        WebElement checklist = browser.findAll("#interview-answers li").stream()
                .filter(li -> li.getText().contains("What is a partition?")).findFirst().orElseThrow()
                .findElement(By.cssSelector(".checklist"));
        List<WebElement> boxes = checklist.findElements(By.cssSelector("input"));
        boxes.forEach(WebElement::click);
        @SuppressWarnings("unchecked")
        Map<String, Object> entry = (Map<String, Object>) browser.js("return studyguideProgress.entries()['what-is-a-partition']");
        assertEquals(4L, entry.get("grade"), "every key point covered: easy");
        assertEquals(1L, entry.get("reps"), "each tick replaces the interview's review, not a review per tick");
        boxes.forEach(WebElement::click);
        assertEquals("review", browser.js("return studyguideProgress.mark('what-is-a-partition')"), "nothing covered: again");
        assertEquals(1L, browser.js("return studyguideProgress.entries()['what-is-a-partition'].reps"));
    }

    @Test
    void theNewControlsPassAxeLightAndDark() {
        for (String scheme : List.of("light", "dark")) {
            browser.colorScheme(scheme);
            for (int width : List.of(1280, 390)) {
                browser.resize(width, 900);
                browser.open("storage.html");
                browser.find("#what-is-a-partition .mark-known").click();
                browser.open("index.html");
                browser.screenshot("progress-home-top-" + width + "-" + scheme);
                browser.find("#progress-code").click();
                browser.waitUntil(d -> browser.find("#progress-code-box").isDisplayed());
                assertEquals(List.of(), Axe.violations(browser.driver()), "home page, " + scheme);
                browser.screenshot("progress-home-" + width + "-" + scheme);
                browser.open("index.html#progress=zAAAA");
                assertEquals(List.of(), Axe.violations(browser.driver()), "a link with progress, " + scheme);
                browser.open("flashcards.html");
                browser.js("var i = document.getElementById('interview-date'); i.value = '2099-01-31'; i.dispatchEvent(new Event('change'))");
                assertEquals(List.of(), Axe.violations(browser.driver()), "flashcards with a date, " + scheme);
                browser.screenshot("progress-flashcards-" + width + "-" + scheme);
                browser.open("storage.html");
                browser.screenshot("progress-category-" + width + "-" + scheme);
                browser.js("localStorage.clear()");
            }
        }
        browser.resetWindow();
    }
}
