package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import studyguide.Cli;
import studyguide.Slow;

/**
 * The mock interview's second version: a countdown per question on a clock the test moves, a follow-up
 * after the answer, a score per question and per interview, and the history of past interviews with its
 * chart, kept across a reload and in the progress export.
 */
@Slow.Browser
class MockInterviewInBrowserTest {

    @RegisterExtension
    static final BrowserSite browser = BrowserSite.of(Cli.SMALL_GUIDE).withAxe().clearingStorage();

    /** 2026-03-02 10:00 UTC: the clock's start; the pages see it as Date.now() until moved by {@link #advance}. */
    private static final long START = 1_772_445_600_000L;

    private String clock;

    @AfterEach
    void realTime() {
        fixClock(false);
        browser.colorScheme("light");
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    /**
     * Pages opened from now on see a clock standing at START that moves only when {@link #advance} says so, so
     * that the countdown can be read at a minute left and after zero without waiting; false: the real time.
     */
    private void fixClock(boolean on) {
        if (clock != null) {
            browser.removeScriptBeforePages(clock);
            clock = null;
        }
        if (on) {
            clock = browser.fixClockBeforePages(START);
        }
    }

    /** Moves the page's clock on; the countdown shows it at its next tick (within a second). */
    private void advance(long seconds) {
        browser.js("window.advanceTestClock(arguments[0])", seconds * 1000);
    }

    private String text(String css) {
        return browser.find(css).getText();
    }

    /**
     * Asks the one basic storage question ("What is a partition?", two key points, one follow-up), starting so
     * many seconds after the clock's start (a page opened starts the clock again; an interview is named by its start).
     */
    private void startPartitionInterview(String minutes, long secondsLater) {
        browser.open("interview.html?category=storage&level=basic&count=1");
        advance(secondsLater);
        new Select(browser.find("#interview-budget")).selectByValue(minutes);
        browser.find("#interview-start").click();
        assertEquals("What is a partition?", text("#interview-title"));
    }

    @Test
    void countdownFollowUpScoreAndHistory() {
        fixClock(true);
        browser.open("interview.html");
        assertEquals(List.of("2 minutes", "5 minutes", "10 minutes"), browser.texts("#interview-budget option"));
        assertEquals("5", new Select(browser.find("#interview-budget")).getFirstSelectedOption().getAttribute("value"),
                "five minutes unless the reader chooses");
        assertFalse(browser.shown("#interview-history"), "no history before the first interview");

        startPartitionInterview("2", 0);
        assertEquals("Time left: 02:00", text("#interview-clock"));
        assertEquals("", text("#interview-alert"), "nothing said at the start");
        advance(30);
        browser.waitForText("#interview-timer", "01:30");
        assertEquals("", text("#interview-alert"), "the countdown does not speak every second");
        advance(31);
        browser.waitForText("#interview-timer", "00:59");
        assertEquals("One minute left.", text("#interview-alert"));
        advance(61);
        browser.waitForText("#interview-clock", "Over time: 00:02");
        assertEquals("Time is up. Finish your answer; the clock now counts the time over.", text("#interview-alert"));
        assertTrue(browser.shown("#interview-next"), "the question is not cut off at zero");

        assertFalse(browser.shown("#interview-follow-up"), "the follow-up waits for the answer");
        browser.find("#interview-answered").click();
        assertEquals("Follow-up: How is a partition split?", text("#interview-follow-up"));
        assertEquals("interview-follow-up", browser.js("return document.activeElement.id"), "focus on the follow-up");
        assertFalse(browser.shown("#interview-answered"), "one follow-up per question");

        browser.find("#interview-next").click();
        assertTrue(text("#interview-answers").contains("Follow-up: How is a partition split?"), "the end says what was asked");
        assertEquals("Score: 0%", text(".interview-question-score"));
        browser.findAll("#interview-answers input[type=checkbox]").get(0).click();
        assertEquals("Score: 50%", text(".interview-question-score"), "one key point of two");
        assertTrue(text("#interview-score").endsWith("you covered 1 of 2 key points. Score for the interview: 50%."),
                text("#interview-score"));
        assertEquals(3L, browser.js("return studyguideProgress.entries()['what-is-a-partition'].grade"),
                "half the key points is a review graded good, as before");

        assertEquals(List.of("1", "50%"), browser.texts("#history-rows td").subList(1, 3));
        browser.open("interview.html");
        assertTrue(browser.shown("#interview-history"), "the history survives a reload");
        assertEquals(List.of("1", "50%"), browser.texts("#history-rows td").subList(1, 3));
        assertEquals("Score of your one mock interview: 50%.", text("#history-chart figcaption"));
        assertEquals(1L, browser.js("return document.querySelectorAll('#history-chart circle').length"));

        startPartitionInterview("5", 3600);
        assertEquals("Time left: 05:00", text("#interview-clock"));
        browser.find("#interview-next").click();
        assertFalse(text("#interview-answers").contains("Follow-up"), "no follow-up asked when the reader did not answer");
        browser.findAll("#interview-answers input[type=checkbox]").forEach(box -> box.click());
        assertEquals("Score: 100%", text(".interview-question-score"));
        assertEquals(List.of("1", "100%", "1", "50%"), List.of(browser.texts("#history-rows td").get(1),
                browser.texts("#history-rows td").get(2), browser.texts("#history-rows td").get(4),
                browser.texts("#history-rows td").get(5)), "newest first");
        assertEquals("Score over time: 2 mock interviews, from 50% to 100%.",
                browser.find("#history-chart svg").getAttribute("aria-label"));
        assertEquals("40,60 310,10", browser.find("#history-chart polyline").getAttribute("points"),
                "50% then 100%, left to right");

        String exported = (String) browser.js("return studyguideProgress.exportText()");
        browser.js("localStorage.clear()");
        browser.open("interview.html");
        assertFalse(browser.shown("#interview-history"));
        browser.js("studyguideProgress.importText(arguments[0])", exported);
        browser.open("interview.html");
        assertEquals(2L, browser.js("return document.querySelectorAll('#history-chart circle').length"),
                "the history travels with the progress file");

        browser.open("index.html");
        String code = (String) browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "studyguideProgressLink.code().then(done, function (e) { done('error: ' + e.message); });");
        browser.js("localStorage.clear()");
        browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "studyguideProgressLink.read(arguments[0]).then(done, function (e) { done('error: ' + e.message); });", code);
        assertEquals("[50, 100]", browser.js("return JSON.stringify(studyguideProgress.mockInterviews().map("
                + "function (m) { return Math.round(m.earned * 100 / m.possible); }))").toString().replace(",", ", "),
                "and with a progress link");
    }

    @Test
    void noAccessibilityViolationsAndScreenshots() {
        fixClock(true);
        for (String scheme : List.of("light", "dark")) {
            for (int width : List.of(1280, 390)) {
                browser.driver().manage().window().setSize(new Dimension(width, 1100));
                browser.colorScheme(scheme);
                String suffix = "-" + width + "-" + scheme;
                browser.js("localStorage.clear()");
                browser.js("localStorage.setItem(arguments[0], arguments[1])",
                        browser.js("return studyguideProgress.key"), """
                        {"version": 2, "questions": {}, "mocks": [
                          {"at": %d, "questions": 5, "earned": 4, "possible": 12},
                          {"at": %d, "questions": 5, "earned": 7, "possible": 12},
                          {"at": %d, "questions": 3, "earned": 6, "possible": 8}]}
                        """.formatted(START - 3 * 86_400_000L, START - 2 * 86_400_000L, START - 86_400_000L));
                browser.open("interview.html");
                assertEquals(List.of(), Axe.violations(browser.driver()), "setup" + suffix);
                browser.screenshot("mock-interview-setup" + suffix);
                startPartitionInterview("2", 0);
                advance(70);
                browser.waitForText("#interview-alert", "One minute left.");
                browser.find("#interview-answered").click();
                assertEquals(List.of(), Axe.violations(browser.driver()), "question" + suffix);
                browser.screenshot("mock-interview-question" + suffix);
                browser.find("#interview-next").click();
                browser.findAll("#interview-answers input[type=checkbox]").get(0).click();
                assertEquals(List.of(), Axe.violations(browser.driver()), "end" + suffix);
                browser.js("document.getElementById('interview-history').scrollIntoView()");
                browser.screenshot("mock-interview-end" + suffix);
            }
        }
    }
}
