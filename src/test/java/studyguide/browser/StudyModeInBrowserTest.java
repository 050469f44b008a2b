package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import studyguide.Cli;
import studyguide.Slow;

/** Practice mode, the "Show answer" control, marks and progress, in headless Chromium from file://. */
@Slow.Browser
class StudyModeInBrowserTest {

    @RegisterExtension
    static final BrowserSite browser = BrowserSite.of(Cli.SMALL_GUIDE).window(1000, 900).clearingStorage();

    @TempDir
    static Path temp;

    private boolean answerShown(String id) {
        return browser.find("#" + id + " .question-body").isDisplayed();
    }

    @Test
    void practiceSwitchHidesAnswersAndShowAnswerRevealsOne() {
        browser.open("storage.html");
        WebElement practice = browser.find("#practice-switch");
        assertEquals("false", practice.getAttribute("aria-checked"));
        assertTrue(answerShown("what-is-a-partition"), "reading mode shows answers");
        assertFalse(browser.find("#what-is-a-partition .show-answer").isDisplayed(), "no Show answer in reading mode");

        practice.click();
        assertEquals("true", practice.getAttribute("aria-checked"));
        assertFalse(answerShown("what-is-a-partition"));
        assertFalse(answerShown("tell-me-about-a-time"));
        assertTrue(browser.find("#what-is-a-partition .question-title").isDisplayed(), "the question stays");

        WebElement show = browser.find("#what-is-a-partition .show-answer");
        assertEquals("false", show.getAttribute("aria-expanded"));
        assertEquals("what-is-a-partition--body", show.getAttribute("aria-controls"));
        show.click();
        assertTrue(answerShown("what-is-a-partition"));
        assertEquals("true", show.getAttribute("aria-expanded"));
        assertEquals("Hide answer", show.getText());
        assertFalse(answerShown("tell-me-about-a-time"), "only that question's answer");

        practice.click();
        assertTrue(answerShown("tell-me-about-a-time"), "reading mode again");
    }

    @Test
    void everythingWorksFromTheKeyboard() {
        browser.open("storage.html");
        WebElement practice = browser.find("#practice-switch");
        practice.sendKeys(Keys.SPACE);
        assertEquals("true", practice.getAttribute("aria-checked"));
        WebElement show = browser.find("#what-is-a-partition .show-answer");
        show.sendKeys(Keys.ENTER);
        assertTrue(answerShown("what-is-a-partition"));
        show.sendKeys(Keys.TAB);
        WebElement known = browser.driver().switchTo().activeElement();
        assertEquals("I know this", known.getText());
        known.sendKeys(Keys.SPACE);
        assertEquals("true", known.getAttribute("aria-pressed"));
        String outline = known.getCssValue("outline-style");
        assertFalse(outline.equals("none"), "focus is visible: outline " + outline);
    }

    @Test
    void modeIsKeptAcrossPagesAndReloads() {
        browser.open("storage.html");
        browser.find("#practice-switch").click();
        browser.driver().navigate().refresh();
        assertEquals("true", browser.find("#practice-switch").getAttribute("aria-checked"));
        assertFalse(answerShown("what-is-a-partition"));
        browser.open("queries.html");
        assertFalse(answerShown("query-vs-scan"));
    }

    @Test
    void aDeepLinkShowsItsAnswerInPracticeMode() {
        browser.open("storage.html");
        browser.find("#practice-switch").click();
        browser.open("storage.html#what-is-a-partition");
        assertTrue(answerShown("what-is-a-partition"));
        assertFalse(answerShown("script-in-question"));
        // A link to a heading inside an answer shows that answer too.
        browser.open("storage.html#script-in-question--a-heading");
        assertTrue(answerShown("script-in-question"));
    }

    @Test
    void aSearchResultLandsOnTheVisibleAnswerInPracticeMode() {
        browser.open("queries.html");
        browser.find("#practice-switch").click();
        assertFalse(answerShown("query-vs-scan"));
        WebElement input = browser.find("#search-input");
        input.sendKeys("scan");
        input.sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("#query-vs-scan"));
        assertTrue(answerShown("query-vs-scan"));
    }

    @Test
    void marksSurviveAReloadAndShowAsProgressOnTheHomePage() {
        browser.open("storage.html");
        browser.find("#what-is-a-partition .mark-known").click();
        browser.find("#script-in-question .mark-review").click();
        browser.find("#tell-me-about-a-time .mark-known").click();
        browser.find("#tell-me-about-a-time .mark-known").click();
        browser.driver().navigate().refresh();
        assertEquals("true", browser.find("#what-is-a-partition .mark-known").getAttribute("aria-pressed"));
        assertEquals("false", browser.find("#what-is-a-partition .mark-review").getAttribute("aria-pressed"));
        assertEquals("true", browser.find("#script-in-question .mark-review").getAttribute("aria-pressed"));
        assertEquals("false", browser.find("#tell-me-about-a-time .mark-known").getAttribute("aria-pressed"), "a second press unmarks");

        assertEquals("1 known · 0 due · 1 to review again · 1 not seen yet", browser.find("#category-progress").getText(),
                "a press taken back leaves the question unseen");

        browser.open("index.html");
        assertEquals("1 known · 0 due · 1 to review again · 1 not seen yet",
                browser.find(".category-progress[data-category=storage]").getText());
        assertEquals("0 known · 0 due · 0 to review again · 1 not seen yet",
                browser.find(".category-progress[data-category=queries]").getText());
        assertTrue(browser.find("#study-summary").getText().startsWith("You know 1 of 4 questions."));
    }

    @Test
    void progressIsExportedImportedAndReset() throws IOException {
        browser.open("storage.html");
        browser.find("#what-is-a-partition .mark-known").click();
        browser.open("index.html");
        String exported = (String) browser.js("return studyguideProgress.exportText()");
        assertTrue(exported.contains("\"format\": \"studyguide-progress\""), exported);
        assertTrue(exported.contains("\"version\": 2"), exported);
        assertTrue(exported.contains("\"mark\": \"known\""), exported);

        browser.find("#progress-reset").click();
        browser.driver().switchTo().alert().accept();
        assertEquals("Progress reset.", browser.find("#study-status").getText());
        assertEquals("0 known · 0 due · 0 to review again · 3 not seen yet",
                browser.find(".category-progress[data-category=storage]").getText());

        Path file = temp.resolve("progress.json");
        // The exported question, one more, and two that are dropped: an unknown question and a malformed entry.
        String entry = exported.substring(exported.indexOf("\"what-is-a-partition\": {") + 23, exported.indexOf('}') + 1);
        Files.writeString(file, exported.replace("\"questions\": {", "\"questions\": {\"query-vs-scan\": "
                + entry.replace("\"known\"", "\"review\"") + ", \"no-such-question\": " + entry
                + ", \"script-in-question\": {\"s\": -1},"));
        browser.find("#progress-import").sendKeys(file.toString());
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> !browser.find("#study-status").getText().isEmpty());
        assertEquals("Imported the progress of 2 questions from progress.json.", browser.find("#study-status").getText());
        assertEquals("1 known · 0 due · 0 to review again · 2 not seen yet",
                browser.find(".category-progress[data-category=storage]").getText());
        assertEquals("0 known · 0 due · 1 to review again · 0 not seen yet",
                browser.find(".category-progress[data-category=queries]").getText());

        Path bad = temp.resolve("not-progress.json");
        Files.writeString(bad, "{\"marks\": {}}");
        browser.find("#progress-import").sendKeys(bad.toString());
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> browser.find("#study-status").getText().startsWith("Nothing"));
        assertEquals("Nothing imported: This file is not a studyguide progress file.", browser.find("#study-status").getText());
        assertEquals("1 known · 0 due · 0 to review again · 2 not seen yet",
                browser.find(".category-progress[data-category=storage]").getText(), "a bad file changes nothing");
    }

    @Test
    void twoGuidesOpenedFromDiskKeepTheirProgressApart() throws IOException {
        Path other = temp.resolve("other-guide");
        Cli.copy(Cli.SMALL_GUIDE, other);
        Files.writeString(other.resolve("site.yaml"), Files.readString(other.resolve("site.yaml"))
                .replace("title: Small Test Guide", "title: Another Guide"));
        Path otherSite = temp.resolve("other-site");
        Cli.Run otherRun = Cli.build(other, otherSite);
        assertEquals(0, otherRun.exitCode(), otherRun::toString);

        browser.open("storage.html");
        browser.find("#what-is-a-partition .mark-known").click();
        browser.find("#practice-switch").click();
        browser.open(otherSite.resolve("storage.html"));
        assertEquals("false", browser.find("#what-is-a-partition .mark-known").getAttribute("aria-pressed"));
        assertEquals("false", browser.find("#practice-switch").getAttribute("aria-checked"));
        assertTrue(answerShown("what-is-a-partition"));
        browser.open("storage.html");
        assertEquals("true", browser.find("#what-is-a-partition .mark-known").getAttribute("aria-pressed"));
    }

    @Test
    void withoutJavaScriptAnswersAreShownAndTheToolsHidden() {
        browser.open("storage.html");
        browser.find("#practice-switch").click();
        browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            browser.open("storage.html");
            assertTrue(answerShown("what-is-a-partition"), "practice mode needs the script, so answers show");
            assertFalse(browser.find("#practice-switch").isDisplayed());
            assertFalse(browser.findAll(".study-bar").isEmpty());
            assertTrue(browser.findAll(".study-bar").stream().noneMatch(WebElement::isDisplayed));
            browser.open("index.html");
            assertFalse(browser.find("#study-tools").isDisplayed());
            assertFalse(browser.find(".category-progress").isDisplayed());
        } finally {
            browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void printingShowsEveryAnswerEvenInPracticeMode() {
        browser.open("storage.html");
        browser.find("#practice-switch").click();
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertTrue(answerShown("what-is-a-partition"));
            assertFalse(browser.find("#practice-switch").isDisplayed());
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }
}
