package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
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

    @TempDir
    static java.nio.file.Path temp;

    static java.nio.file.Path site;
    static ChromeDriver browser;
    private String clock;

    @BeforeAll
    static void buildAndOpen() {
        site = temp.resolve("site");
        Cli.Run run = Cli.build(Cli.SMALL_GUIDE, site);
        assertEquals(0, run.exitCode(), run::toString);
        browser = Browser.start(1000, 900);
        browser.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", BERLIN.getId()));
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void forgetEverything() {
        open("index.html");
        browser.executeScript("localStorage.clear()");
    }

    @AfterEach
    void realTime() {
        setClock(null);
        Browser.colorScheme(browser, "light");
    }

    /** Pages opened from now on see this local time in Berlin as Date.now() and new Date(); null: the real time. */
    private void setClock(LocalDateTime time) {
        if (clock != null) {
            browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", clock));
            clock = null;
        }
        if (time != null) {
            long ms = time.atZone(BERLIN).toInstant().toEpochMilli();
            clock = (String) browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                    (function () {
                      var Real = Date, fixed = %d;
                      function Fixed() { return arguments.length ? new (Function.prototype.bind.apply(Real, [null].concat([].slice.call(arguments))))() : new Real(fixed); }
                      Fixed.now = function () { return fixed; };
                      Fixed.UTC = Real.UTC;
                      Fixed.parse = Real.parse;
                      Fixed.prototype = Real.prototype;
                      Date = Fixed;
                    }());
                    """.formatted(ms))).get("identifier");
        }
    }

    private void open(String page) {
        browser.get(Browser.url(site.resolve("")) + page);
    }

    private WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    private String text(String css) {
        return find(css).getText();
    }

    private Object run(String script, Object... args) {
        return browser.executeScript(script, args);
    }

    private void grade(String grade) {
        find("#card-reveal").click();
        find("[data-grade=" + grade + "]").click();
    }

    @Test
    void todaysStoredProgressIsMigratedWithoutLosingAMark() {
        long now = System.currentTimeMillis();
        long day = 86_400_000L;
        run("localStorage.setItem(arguments[0], arguments[1])", OLD_KEY, """
                {"marks": {"what-is-a-partition": "known", "query-vs-scan": "review"},
                 "cards": {"script-in-question": {"ef": 2.5, "reps": 2, "interval": 6, "due": %d},
                           "what-is-a-partition": {"ef": 1.3, "reps": 0, "interval": 0, "due": %d}}}
                """.formatted(now + 3 * day, now - day));
        open("storage.html");
        assertEquals("true", find("#what-is-a-partition .mark-known").getAttribute("aria-pressed"));
        assertEquals("false", find("#script-in-question .mark-known").getAttribute("aria-pressed"), "a card is no mark");
        assertNull(run("return localStorage.getItem(arguments[0])", OLD_KEY), "the old key is gone once moved");
        assertEquals(2L, run("return JSON.parse(localStorage.getItem(arguments[0])).version", OLD_KEY + ":progress"));
        @SuppressWarnings("unchecked")
        Map<String, Object> script = (Map<String, Object>) run("return studyguideProgress.entries()['script-in-question']");
        assertEquals(now + 3 * day, ((Number) script.get("due")).longValue(), "an SM-2 card keeps its due time");
        assertEquals(6.0, ((Number) script.get("s")).doubleValue(), "its interval is its stability");
        assertEquals(5.0, ((Number) script.get("d")).doubleValue(), "SM-2's first ease is FSRS's middle difficulty");
        assertEquals("1 known · 1 due · 0 to review again · 1 not seen yet", text("#category-progress"),
                "partition is marked known but its failed card is due; script's card is not due yet");

        open("queries.html");
        assertEquals("true", find("#query-vs-scan .mark-review").getAttribute("aria-pressed"));
        assertEquals("0 known · 0 due · 1 to review again · 0 not seen yet", text("#category-progress"));
    }

    @Test
    void markingAQuestionKnownChangesTheDeckAndTheStatusLine() {
        open("flashcards.html?category=storage");
        assertEquals("3 cards to study: 0 due, 3 new.", text("#deck-status"));
        assertEquals("What is a partition?", text("#card-question"));
        String deck = browser.getWindowHandle();

        browser.switchTo().newWindow(WindowType.TAB);
        open("storage.html");
        find("#what-is-a-partition .mark-known").click();
        assertEquals("1 known · 0 due · 0 to review again · 2 not seen yet", text("#category-progress"));
        browser.close();
        browser.switchTo().window(deck);

        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> text("#deck-status").startsWith("2 cards"));
        assertEquals("2 cards to study: 0 due, 2 new; 1 not due yet.", text("#deck-status"));
        assertEquals("Is <script>alert('x')</script> shown as text?", text("#card-question"), "the known card left the deck");
        assertEquals(8.0, ((Number) run("return (studyguideProgress.entries()['what-is-a-partition'].due - Date.now()) / 864e5"))
                .doubleValue(), 0.01, "I know this is a review graded easy");
    }

    @Test
    void aMarkTakenBackTakesItsReviewWithIt() {
        open("storage.html");
        find("#tell-me-about-a-time .mark-review").click();
        find("#tell-me-about-a-time .mark-known").click();
        @SuppressWarnings("unchecked")
        Map<String, Object> entry = (Map<String, Object>) run("return studyguideProgress.entries()['tell-me-about-a-time']");
        assertEquals(1L, entry.get("reps"), "the other mark replaces the first, not a second review");
        assertEquals(4L, entry.get("grade"));
        find("#tell-me-about-a-time .mark-known").click();
        assertNull(run("return studyguideProgress.entries()['tell-me-about-a-time'] || null"));
        assertEquals("0 known · 0 due · 0 to review again · 3 not seen yet", text("#category-progress"));
    }

    @Test
    void anInterviewDateSpreadsTheNewCardsOverTheDaysLeft() {
        setClock(LocalDateTime.of(2026, 3, 2, 10, 0));
        open("flashcards.html");
        assertFalse(find("#deck-daily").isDisplayed(), "no date, no daily count");
        assertEquals("4 cards to study: 0 due, 4 new.", text("#deck-status"));
        run("var i = document.getElementById('interview-date'); i.value = '2026-03-04'; i.dispatchEvent(new Event('change'))");
        assertEquals("2 today, 2 days left.", text("#deck-daily"));
        assertEquals("2 cards to study: 0 due, 2 new; 2 not due yet.", text("#deck-status"));
        grade("good");
        assertEquals("1 today, 2 days left.", text("#deck-daily"));
        grade("again");
        assertEquals("0 today, 2 days left.", text("#deck-daily"), "today's new cards are seen");
        assertEquals("Is <script>alert('x')</script> shown as text?", text("#card-question"),
                "and the one graded again comes back in this session");
        grade("again");
        Browser.screenshot(browser, "progress-flashcards-date");

        setClock(LocalDateTime.of(2026, 3, 3, 11, 0));
        open("flashcards.html");
        assertEquals("2026-03-04", find("#interview-date").getAttribute("value"), "the date is kept");
        assertEquals("3 today, 1 day left.", text("#deck-daily"), "the two new cards left, and the weak one again");
        assertEquals("3 cards to study: 1 due, 2 new; 1 not due yet.", text("#deck-status"));
        assertEquals("Is <script>alert('x')</script> shown as text?", text("#card-question"), "the weak card first");

        setClock(LocalDateTime.of(2026, 3, 4, 8, 0));
        open("flashcards.html");
        assertEquals("The interview date has come: cards follow their usual schedule again.", text("#deck-daily"));
        find("#interview-date-clear").click();
        assertFalse(find("#deck-daily").isDisplayed());
        assertNull(run("return studyguideProgress.interviewDate()"));
    }

    @Test
    void theProgressLinkCarriesProgressToAnotherBrowser() {
        open("storage.html");
        find("#what-is-a-partition .mark-known").click();
        find("#script-in-question .mark-review").click();
        open("flashcards.html");
        run("var i = document.getElementById('interview-date'); i.value = '2030-01-31'; i.dispatchEvent(new Event('change'))");
        open("index.html");
        find("#progress-code").click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> find("#progress-code-box").isDisplayed());
        String link = find("#progress-link").getAttribute("value");
        assertTrue(link.startsWith(Browser.url(site.resolve("index.html")) + "#progress=z"), link);
        assertEquals("progress-link", browser.switchTo().activeElement().getAttribute("id"));
        Browser.screenshot(browser, "progress-link");

        run("localStorage.clear()");
        browser.get(link);
        assertTrue(find("#progress-link-found").isDisplayed());
        assertEquals("This link carries progress from another browser. Import it", text("#progress-link-found"));
        find("#progress-link-import").click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !text("#study-status").isEmpty());
        assertEquals("Imported the progress of 2 questions from the link.", text("#study-status"));
        assertFalse(browser.getCurrentUrl().contains("#"), "the progress leaves the address bar once imported");
        assertFalse(find("#progress-link-found").isDisplayed());
        assertEquals("1 known · 0 due · 1 to review again · 1 not seen yet",
                text(".category-progress[data-category=storage]"));
        assertEquals("2030-01-31", run("return studyguideProgress.interviewDate()"));
    }

    @Test
    void withoutCompressionStreamTheLinkCarriesPlainJsonAndADamagedOneIsRefused() {
        open("storage.html");
        find("#what-is-a-partition .mark-known").click();
        open("index.html");
        String code = (String) await("window.CompressionStream = undefined; return studyguideProgressLink.code();");
        assertTrue(code.startsWith("j"), code);
        run("localStorage.clear()");
        browser.get(Browser.url(site.resolve("index.html")) + "#progress=" + code);
        find("#progress-link-import").click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !text("#study-status").isEmpty());
        assertEquals("Imported the progress of 1 question from the link.", text("#study-status"));

        browser.get(Browser.url(site.resolve("index.html")) + "#progress=z" + code.substring(1, code.length() / 2));
        find("#progress-link-import").click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !text("#study-status").isEmpty());
        assertEquals("Nothing imported: the progress in this link is damaged or incomplete.", text("#study-status"));
    }

    /** The value of the promise a script's body returns, awaited in the page. */
    private Object await(String body) {
        return browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "Promise.resolve((function () {" + body + "}())).then(done, function (e) { done('error: ' + e.message); });");
    }

    @Test
    void aMockInterviewsTickedKeyPointsAreOneReview() {
        open("interview.html?category=storage&count=3");
        find("#interview-start").click();
        for (int i = 0; i < 3; i++) {
            find("#interview-next").click();
        }
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> find("#interview-result").isDisplayed());
        WebElement checklist = browser.findElements(By.cssSelector("#interview-answers li")).stream()
                .filter(li -> li.getText().contains("What is a partition?")).findFirst().orElseThrow()
                .findElement(By.cssSelector(".checklist"));
        List<WebElement> boxes = checklist.findElements(By.cssSelector("input"));
        boxes.forEach(WebElement::click);
        @SuppressWarnings("unchecked")
        Map<String, Object> entry = (Map<String, Object>) run("return studyguideProgress.entries()['what-is-a-partition']");
        assertEquals(4L, entry.get("grade"), "every key point covered: easy");
        assertEquals(1L, entry.get("reps"), "each tick replaces the interview's review, not a review per tick");
        boxes.forEach(WebElement::click);
        assertEquals("review", run("return studyguideProgress.mark('what-is-a-partition')"), "nothing covered: again");
        assertEquals(1L, run("return studyguideProgress.entries()['what-is-a-partition'].reps"));
    }

    @Test
    void theNewControlsPassAxeLightAndDark() {
        for (String scheme : List.of("light", "dark")) {
            Browser.colorScheme(browser, scheme);
            for (int width : List.of(1280, 390)) {
                browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
                open("storage.html");
                find("#what-is-a-partition .mark-known").click();
                open("index.html");
                Browser.screenshot(browser, "progress-home-top-" + width + "-" + scheme);
                find("#progress-code").click();
                new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> find("#progress-code-box").isDisplayed());
                assertEquals(List.of(), Axe.violations(browser), "home page, " + scheme);
                Browser.screenshot(browser, "progress-home-" + width + "-" + scheme);
                open("index.html#progress=zAAAA");
                assertEquals(List.of(), Axe.violations(browser), "a link with progress, " + scheme);
                open("flashcards.html");
                run("var i = document.getElementById('interview-date'); i.value = '2099-01-31'; i.dispatchEvent(new Event('change'))");
                assertEquals(List.of(), Axe.violations(browser), "flashcards with a date, " + scheme);
                Browser.screenshot(browser, "progress-flashcards-" + width + "-" + scheme);
                open("storage.html");
                Browser.screenshot(browser, "progress-category-" + width + "-" + scheme);
                run("localStorage.clear()");
            }
        }
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1000, 900));
    }
}
