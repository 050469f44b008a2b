package studyguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import studyguide.BuiltSites;
import studyguide.Slow;
import studyguide.browser.Browser;
import studyguide.browser.BrowserSite;

/**
 * Everything can be done with the keyboard alone: every interactive feature of the built site is
 * operated here with key presses only (Tab, Shift+Tab, Enter, Space, Escape, arrow keys and the
 * documented shortcuts, sent to whatever has focus, as a person's keyboard does; never a click), and
 * each step checks what a person would see: the answer shows, the URL changes, focus lands where the
 * next key press makes sense.
 *
 * <p>Two things are the browser's own and are settled the way WebDriver can: the operating system's file
 * chooser (the test checks that the key opens it, then gives the input its file) and the confirmation
 * dialog of "Reset progress" (accepted, as Enter does).
 */
@Slow.Browser
class KeyboardOperationTest {

    @TempDir
    static Path downloads;

    @RegisterExtension
    static final BrowserSite browser = BrowserSite.withoutSite();

    @BeforeAll
    static void downloadsToATemporaryFolder() {
        browser.driver().executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
                downloads.toAbsolutePath().toString()));
    }

    @AfterEach
    void forgetProgress() {
        if (browser.driver() != null && browser.driver().getCurrentUrl().startsWith("file:")) {
            browser.js("localStorage.clear()");
        }
    }

    // ------------------------------------------------------------------ search

    @Test
    void searchOpensAResultAndEscapeClosesAndClears() {
        open("small", "storage.html");
        tabTo("#practice-switch");
        press(Keys.SPACE);
        expect("Space turns practice mode on", () -> "true".equals(attribute("#practice-switch", "aria-checked")));

        press("/");
        assertFocused("#search-input", "/ focuses the search box, from a button too");
        press("scan");
        expect("typing shows results", () -> shown("#search-panel") && resultCount() == 1);
        press(Keys.ARROW_DOWN);
        assertEquals("true", attribute("#search-result-0", "aria-selected"), "↓ selects the first result");
        assertEquals("search-result-0", attribute("#search-input", "aria-activedescendant"));

        press(Keys.ESCAPE);
        expect("Esc closes the results", () -> !shown("#search-panel"));
        assertFocused("#search-input", "focus stays in the box after Esc");
        assertEquals("scan", attribute("#search-input", "value"), "the first Esc keeps the words");
        press(Keys.ESCAPE);
        assertEquals("", attribute("#search-input", "value"), "a second Esc clears the box");

        press("scan");
        expect("results again", () -> resultCount() == 1);
        press(Keys.ENTER);
        expect("Enter opens the first result", () -> browser.driver().getCurrentUrl().endsWith("queries/query-vs-scan.html#query-vs-scan"));
        assertTrue(shown("#query-vs-scan .question-body"), "the result's answer shows, in practice mode too");
        press(Keys.TAB);
        assertFocused("#query-vs-scan .show-answer", "the next Tab goes on from the question the result opened");
    }

    @Test
    void searchFiltersAndMoreResultsWorkFromTheKeyboard() {
        open("dynamodb", "index.html");
        press("/");
        press(Keys.ARROW_DOWN);
        expect("↓ in an empty box opens the filters", () -> shown("#search-panel"));
        press(Keys.TAB);
        assertFocused("#search-category", "Tab goes from the box to the first filter");
        press(Keys.ARROW_DOWN);
        expect("an arrow key chooses a category and lists its questions",
                () -> !attribute("#search-category", "value").isEmpty() && resultCount() > 0);
        press(Keys.ESCAPE);
        expect("Esc on a filter closes the results", () -> !shown("#search-panel"));
        assertFocused("#search-input", "Esc on a filter returns focus to the box");

        open("dynamodb", "index.html");
        press("/", "partition");
        expect("more results than one page", () -> resultCount() == 20 && shown("#search-more"));
        for (int i = 0; i < 21; i++) {
            press(Keys.ARROW_DOWN);
        }
        expect("↓ past the last result shown loads more", () -> resultCount() > 20);
        assertEquals("search-result-20", attribute("#search-input", "aria-activedescendant"));

        open("dynamodb", "index.html");
        press("/", "partition");
        expect("one page of results", () -> resultCount() == 20);
        tabTo("#search-more");
        int before = 20;
        // However many pages the guide's results fill, Enter on the focused button adds one each time.
        while (true) {
            int shownBefore = before;
            press(Keys.ENTER);
            expect("Enter on Show more shows more", () -> resultCount() > shownBefore);
            if (!shown("#search-more")) {
                break;
            }
            assertFocused("#search-more", "focus stays on Show more while there is more");
            before = resultCount();
        }
        pause();
        assertTrue(shown("#search-panel"), "the results stay open when the last Show more goes");
        assertFocused("#search-input", "focus returns to the box when the focused Show more goes");
        assertEquals("search-result-" + before, attribute("#search-input", "aria-activedescendant"),
                "on the first of the results it added");
    }

    @Test
    void aLibrarysGuideFilterGuidesAndLanguageSwitcherWorkFromTheKeyboard() {
        open("library", "index.html");
        press("/");
        press(Keys.ARROW_DOWN);
        expect("↓ in an empty box opens the filters", () -> shown("#search-panel"));
        press(Keys.TAB);
        assertFocused("#search-guide", "Tab goes from the box to the guide filter, the first");
        press(Keys.ARROW_DOWN);
        expect("an arrow key chooses a guide and lists its questions",
                () -> attribute("#search-guide", "value").equals("databases") && resultCount() == 3);
        press(Keys.ESCAPE);
        tabTo(".guide-card a[href='streams/index.html']");
        press(Keys.ENTER);
        expect("Enter opens the guide", () -> browser.driver().getCurrentUrl().endsWith("/streams/index.html"));

        open("bilingual", "networking/tcp.html");
        tabTo(".languages a");
        press(Keys.ENTER);
        expect("Enter on the switcher opens the page in the other language",
                () -> browser.driver().getCurrentUrl().endsWith("/networking-de/tcp.html"));
    }

    @Test
    void searchInTheSingleFileGuideLandsOnTheSection() {
        open("small", "export/guide.html");
        press("/", "scan", Keys.ENTER);
        expect("Enter moves to the section", () -> browser.driver().getCurrentUrl().endsWith("#query-vs-scan"));
        expect("the results close", () -> !shown("#search-panel"));
        press(Keys.TAB);
        assertFocused("#query-vs-scan a", "the next Tab goes on from the question");
    }

    // ------------------------------------------------------------------ pages, skip link, sheets

    @Test
    void skipLinkAndPrintableSheetsWorkFromTheKeyboard() {
        open("small", "index.html");
        press(Keys.TAB);
        assertFocused(".skip-link", "the first Tab reaches the skip link");
        press(Keys.ENTER);
        expect("Enter follows it", () -> browser.driver().getCurrentUrl().endsWith("#main"));
        press(Keys.TAB);
        assertFocused("main *", "the next Tab is inside the content, past the header");

        tabTo("a[href='print/cheatsheet.html']");
        press(Keys.ENTER);
        expect("Enter opens the cheat sheet", () -> browser.driver().getCurrentUrl().endsWith("print/cheatsheet.html"));
        press(Keys.TAB);
        assertFocused(".skip-link", "the sheet's first Tab is its skip link");
        press(Keys.ENTER);
        assertFocused("#sheet", "the skip link moves focus to the sheet");
        shiftTab();
        tabBackTo(".sheet-bar a[href='../index.html']");
        press(Keys.ENTER);
        expect("the sheet's back link returns home", () -> browser.driver().getCurrentUrl().endsWith("/index.html"));

        tabTo("a[href='print/quiz.html']");
        press(Keys.ENTER);
        expect("Enter opens the quiz sheet", () -> browser.driver().getCurrentUrl().endsWith("print/quiz.html"));
    }

    // ------------------------------------------------------------------ study mode

    @Test
    void practiceModeAnswersAndMarksWorkFromTheKeyboard() {
        open("small", "storage.html");
        tabTo("#practice-switch");
        press(Keys.SPACE);
        expect("Space turns practice mode on and hides the answers",
                () -> "true".equals(attribute("#practice-switch", "aria-checked")) && !shown("#what-is-a-partition .question-body"));

        tabTo("#what-is-a-partition .show-answer");
        press(Keys.ENTER);
        expect("Enter shows the answer", () -> shown("#what-is-a-partition .question-body"));
        assertEquals("Hide answer", text("#what-is-a-partition .show-answer"));
        assertEquals("true", attribute("#what-is-a-partition .show-answer", "aria-expanded"));
        press(Keys.ENTER);
        expect("Enter again hides it", () -> !shown("#what-is-a-partition .question-body"));
        press(Keys.SPACE);
        expect("Space shows it too", () -> shown("#what-is-a-partition .question-body"));

        press(Keys.TAB);
        assertFocused("#what-is-a-partition .mark-known", "the marks follow the answer button");
        press(Keys.ENTER);
        expect("Enter marks the question known", () -> "true".equals(attribute("#what-is-a-partition .mark-known", "aria-pressed")));
        press(Keys.TAB, Keys.SPACE);
        expect("Space marks it for review instead",
                () -> "true".equals(attribute("#what-is-a-partition .mark-review", "aria-pressed"))
                        && "false".equals(attribute("#what-is-a-partition .mark-known", "aria-pressed")));
        press(Keys.SPACE);
        expect("pressing the pressed mark again removes it",
                () -> "false".equals(attribute("#what-is-a-partition .mark-review", "aria-pressed")));
        shiftTab();
        press(Keys.ENTER);
        expect("known again", () -> "true".equals(attribute("#what-is-a-partition .mark-known", "aria-pressed")));

        // In practice mode a link to a question shows its answer.
        open("small", "storage.html");
        tabTo(".toc a[href='#tell-me-about-a-time']");
        press(Keys.ENTER);
        expect("Enter on a contents link shows that answer", () -> browser.driver().getCurrentUrl().endsWith("#tell-me-about-a-time")
                && shown("#tell-me-about-a-time .question-body"));
        press(Keys.TAB);
        assertFocused("#tell-me-about-a-time a", "the next Tab goes on from that question");

        shiftTab();
        tabBackTo("a.brand");
        press(Keys.ENTER);
        expect("the brand link leads home", () -> browser.driver().getCurrentUrl().endsWith("/index.html"));
        expect("the home page counts the mark", () -> text(".category-progress[data-category=storage]").equals("1 known · 0 due · 0 to review again · 2 not seen yet"));
    }

    @Test
    void progressIsExportedImportedAndResetFromTheKeyboard() throws Exception {
        open("small", "storage.html");
        tabTo("#what-is-a-partition .mark-known");
        press(Keys.ENTER);
        open("small", "index.html");

        tabTo("#progress-export");
        press(Keys.ENTER);
        expect("Enter exports", () -> text("#study-status").equals("Progress exported as small-test-guide-progress.json."));
        Path exported = downloads.resolve("small-test-guide-progress.json");
        expect("the file is saved", () -> Files.exists(exported));
        expect("with the mark", () -> read(exported).contains("\"mark\": \"known\""));

        tabTo("#progress-reset");
        press(Keys.ENTER);
        expect("Enter asks first", () -> {
            try {
                browser.driver().switchTo().alert().accept();
                return true;
            } catch (org.openqa.selenium.NoAlertPresentException e) {
                return false;
            }
        });
        expect("then resets", () -> text("#study-status").equals("Progress reset.")
                && text(".category-progress[data-category=storage]").equals("0 known · 0 due · 0 to review again · 3 not seen yet"));

        // "Import progress" is a file input, out of sight but in the Tab order; its label shows the focus.
        shiftTab();
        tabBackTo("#progress-import");
        assertFalse("none".equals(browser.find("label[for=progress-import]").getCssValue("outline-style")),
                "the label shows where focus is");
        browser.js("window.choosers = 0; arguments[0].addEventListener('click', e => { window.choosers++; e.preventDefault(); });",
                browser.driver().findElement(By.id("progress-import")));
        press(Keys.SPACE);
        assertEquals(1L, browser.js("return window.choosers"), "Space opens the file chooser");
        browser.driver().switchTo().activeElement().sendKeys(exported.toString()); // what choosing the file in it does
        expect("the file is imported", () -> text("#study-status").startsWith("Imported the progress of 1 question")
                && text(".category-progress[data-category=storage]").equals("1 known · 0 due · 0 to review again · 2 not seen yet"));
    }

    @Test
    void flashcardsWorkFromTheKeyboard() {
        open("small", "flashcards.html");
        tabTo("#deck-filters select[name=category]");
        press(Keys.ARROW_DOWN);
        expect("an arrow key narrows the deck to a category",
                () -> browser.driver().getCurrentUrl().endsWith("?category=storage") && text("#card-meta").contains("card 1 of 3"));
        press(Keys.ARROW_UP);
        expect("and back to all", () -> text("#card-meta").contains("card 1 of 4"));
        tabTo("#deck-filters input[name=review]");
        press(Keys.SPACE);
        expect("Space on the checkbox keeps only marked cards", () -> text("#deck-status").equals("No questions match these filters."));
        press(Keys.SPACE);
        expect("and Space again takes them all", () -> text("#card-meta").contains("card 1 of 4"));

        tabTo("#card-reveal");
        press(Keys.ENTER);
        expect("Enter shows the answer", () -> shown("#card-answer"));
        assertFocused("#card-answer", "focus moves to the answer");
        press("3");
        expect("the key 3 grades Good and shows the next card", () -> text("#card-meta").contains("card 2 of 4") && !shown("#card-answer"));
        assertFocused("#card-reveal", "focus is back on Show answer");
        press(Keys.SPACE);
        expect("Space shows the answer too", () -> shown("#card-answer"));
        tabTo("[data-grade=easy]");
        press(Keys.ENTER);
        expect("Enter on a grade button shows the next card", () -> text("#card-meta").contains("card 3 of 4"));
        for (int card = 3; card <= 4; card++) {
            press(Keys.ENTER, "4");
        }
        expect("the session ends", () -> text("#deck-status").startsWith("Done: 4 cards reviewed."));
        assertFocused("#study-all", "focus moves on to \"Study all these cards now\"");
        press(Keys.ENTER);
        expect("Enter studies the whole deck again", () -> text("#card-meta").contains("card 1 of 4"));
        assertFocused("#card-reveal", "focus is on Show answer");
        press(Keys.ENTER);
        tabTo("#card-link");
        String href = attribute("#card-link", "href");
        press(Keys.ENTER);
        expect("Enter on the card's link opens the full answer", () -> browser.driver().getCurrentUrl().equals(href));
    }

    @Test
    void mockInterviewWorksFromTheKeyboard() {
        open("small", "interview.html");
        tabTo("#interview-categories input");
        press(Keys.SPACE);
        expect("Space leaves a category out", () -> text("#interview-available").startsWith("1 question matches"));
        press(Keys.SPACE);
        expect("and takes it in again", () -> text("#interview-available").startsWith("4 questions match"));
        tabTo("#interview-count");
        press(Keys.ARROW_DOWN);
        expect("↓ in the number of questions counts down", () -> attribute("#interview-count", "value").equals("4"));
        press(Keys.ENTER);
        expect("Enter in the form starts the interview", () -> shown("#interview-question")
                && text("#interview-progress").equals("Question 1 of 4"));
        assertFocused("#interview-title", "focus is on the question");
        for (int next = 2; next <= 4; next++) {
            tabTo("#interview-next");
            press(Keys.ENTER);
            String progress = "Question " + next + " of 4";
            expect("Enter on Next question moves on", () -> text("#interview-progress").equals(progress));
            assertFocused("#interview-title", "focus is on the new question");
        }
        tabTo("#interview-next");
        assertEquals("Finish", text("#interview-next"));
        press(Keys.ENTER);
        expect("Finish shows the checklist", () -> shown("#interview-result"));
        assertFocused("#result-title", "focus is on the result");
        tabTo("#interview-answers input[type=checkbox]");
        press(Keys.SPACE);
        expect("Space ticks a key point and the score counts it", () -> text("#interview-score").contains("you covered 1 of"));
        tabTo("#interview-again");
        press(Keys.ENTER);
        expect("Another interview returns to the setup", () -> shown("#interview-setup"));
        assertFocused("#interview-start", "focus is on Start");
        press(Keys.ENTER);
        expect("Enter on Start starts it", () -> text("#interview-progress").equals("Question 1 of 4"));
        tabTo("#interview-stop");
        press(Keys.ENTER);
        expect("End the interview stops early", () -> shown("#interview-result")
                && browser.findAll("#interview-answers > li").size() == 1);
    }

    // ------------------------------------------------------------------ the gate can fail

    /**
     * The gate can fail: a control that only a mouse can use is caught, whether Tab never reaches it (a
     * div with a click handler) or it takes focus but ignores the keys (a focusable div without a key
     * handler).
     */
    @Test
    void aClickOnlyControlFailsTheGate(@TempDir Path temp) throws Exception {
        Path page = temp.resolve("bad.html");
        String show = "onclick=\"document.getElementById('answer').hidden = false\"";
        Files.writeString(page, "<!DOCTYPE html><html lang=en><head><title>t</title></head><body><main>"
                + "<div id=clickable " + show + ">Show answer</div><div id=focusable tabindex=0 " + show + ">Show answer</div>"
                + "<p id=answer hidden>42</p><a href=\"#top\">top</a></main></body></html>");
        browser.open(page);
        AssertionError unreachable = assertThrows(AssertionError.class, () -> tabTo("#clickable"));
        assertTrue(unreachable.getMessage().startsWith("Tab never reaches #clickable"), unreachable.getMessage());

        browser.open(page);
        tabTo("#focusable");
        press(Keys.ENTER);
        AssertionError ignored = assertThrows(AssertionError.class, () -> expect("Enter shows the answer", () -> shown("#answer")));
        assertEquals("no visible effect: Enter shows the answer", ignored.getMessage());
    }

    // ------------------------------------------------------------------ helpers

    private static void open(String site, String page) {
        browser.open(BuiltSites.get(site).root().resolve(page));
    }

    /** Key presses go to whatever has focus, as a keyboard's do. */
    private static void press(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private static void tabTo(String css) {
        moveFocusTo(css, () -> press(Keys.TAB), "Tab");
    }

    private static void shiftTab() {
        new Actions(browser.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    }

    /** Shift+Tab until the focused element matches; the first press is the caller's. */
    private static void tabBackTo(String css) {
        if (!focusedMatches(css)) {
            moveFocusTo(css, KeyboardOperationTest::shiftTab, "Shift+Tab");
        }
    }

    /** Presses the key until the focused element matches the selector; fails when it never does. */
    private static void moveFocusTo(String css, Runnable key, String keyName) {
        long limit = (Long) browser.js(
                "return document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]').length") + 2;
        List<String> passed = new ArrayList<>();
        for (long i = 0; i < limit; i++) {
            key.run();
            if (focusedMatches(css)) {
                return;
            }
            passed.add((String) browser.js("""
                    const el = document.activeElement;
                    return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string'
                        ? '.' + el.className.trim().split(/\\s+/).join('.') : '');"""));
        }
        fail(keyName + " never reaches " + css + "; it went through " + passed);
    }

    private static boolean focusedMatches(String css) {
        return (Boolean) browser.js("return document.activeElement.matches(arguments[0])", css);
    }

    private static void assertFocused(String css, String why) {
        assertTrue(focusedMatches(css), () -> why + ": focus is on " + browser.js(
                "return document.activeElement.outerHTML.slice(0, 120)"));
    }

    /** Waits a moment for the visible effect of a key press; fails when it does not come. */
    private static void expect(String effect, BooleanSupplier condition) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(3)).until(d -> condition.getAsBoolean());
        } catch (TimeoutException e) {
            fail("no visible effect: " + effect);
        }
    }

    /** Lets the page's deferred reactions (a task, a frame) happen before checking that nothing undid the effect. */
    private static void pause() {
        browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1]; requestAnimationFrame(() => setTimeout(done, 50));");
    }

    private static boolean shown(String css) {
        return browser.findAll(css).stream().anyMatch(e -> e.isDisplayed());
    }

    /** The live property where there is one (value, an absolute href), else the attribute. */
    private static String attribute(String css, String name) {
        String value = browser.find(css).getDomProperty(name);
        return value != null ? value : browser.find(css).getAttribute(name);
    }

    private static String text(String css) {
        return browser.find(css).getText();
    }

    private static int resultCount() {
        return browser.findAll("#search-results [role=option]").size();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
