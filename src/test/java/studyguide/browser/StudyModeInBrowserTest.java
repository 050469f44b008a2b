package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import studyguide.Cli;
import studyguide.Slow;

/** Practice mode, the "Show answer" control, marks and progress, in headless Chromium from file://. */
@Slow.Browser
class StudyModeInBrowserTest {

    @TempDir
    static Path temp;

    static Path site;
    static ChromeDriver browser;

    @BeforeAll
    static void buildAndOpen() {
        site = temp.resolve("site");
        Cli.Run run = Cli.build(Cli.SMALL_GUIDE, site);
        assertEquals(0, run.exitCode(), run::toString);
        browser = Browser.start(1000, 900);
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

    private void open(String page) {
        browser.get(Browser.url(site.resolve(page)));
    }

    private WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    private boolean answerShown(String id) {
        return find("#" + id + " .question-body").isDisplayed();
    }

    @Test
    void practiceSwitchHidesAnswersAndShowAnswerRevealsOne() {
        open("storage.html");
        WebElement practice = find("#practice-switch");
        assertEquals("false", practice.getAttribute("aria-checked"));
        assertTrue(answerShown("what-is-a-partition"), "reading mode shows answers");
        assertFalse(find("#what-is-a-partition .show-answer").isDisplayed(), "no Show answer in reading mode");

        practice.click();
        assertEquals("true", practice.getAttribute("aria-checked"));
        assertFalse(answerShown("what-is-a-partition"));
        assertFalse(answerShown("tell-me-about-a-time"));
        assertTrue(find("#what-is-a-partition .question-title").isDisplayed(), "the question stays");

        WebElement show = find("#what-is-a-partition .show-answer");
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
        open("storage.html");
        WebElement practice = find("#practice-switch");
        practice.sendKeys(Keys.SPACE);
        assertEquals("true", practice.getAttribute("aria-checked"));
        WebElement show = find("#what-is-a-partition .show-answer");
        show.sendKeys(Keys.ENTER);
        assertTrue(answerShown("what-is-a-partition"));
        show.sendKeys(Keys.TAB);
        WebElement known = browser.switchTo().activeElement();
        assertEquals("I know this", known.getText());
        known.sendKeys(Keys.SPACE);
        assertEquals("true", known.getAttribute("aria-pressed"));
        String outline = known.getCssValue("outline-style");
        assertFalse(outline.equals("none"), "focus is visible: outline " + outline);
    }

    @Test
    void modeIsKeptAcrossPagesAndReloads() {
        open("storage.html");
        find("#practice-switch").click();
        browser.navigate().refresh();
        assertEquals("true", find("#practice-switch").getAttribute("aria-checked"));
        assertFalse(answerShown("what-is-a-partition"));
        open("queries.html");
        assertFalse(answerShown("query-vs-scan"));
    }

    @Test
    void aDeepLinkShowsItsAnswerInPracticeMode() {
        open("storage.html");
        find("#practice-switch").click();
        browser.get(Browser.url(site.resolve("storage.html")) + "#what-is-a-partition");
        assertTrue(answerShown("what-is-a-partition"));
        assertFalse(answerShown("script-in-question"));
        // A link to a heading inside an answer shows that answer too.
        browser.get(Browser.url(site.resolve("storage.html")) + "#script-in-question--a-heading");
        assertTrue(answerShown("script-in-question"));
    }

    @Test
    void aSearchResultLandsOnTheVisibleAnswerInPracticeMode() {
        open("queries.html");
        find("#practice-switch").click();
        assertFalse(answerShown("query-vs-scan"));
        WebElement input = find("#search-input");
        input.sendKeys("scan");
        input.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("#query-vs-scan"));
        assertTrue(answerShown("query-vs-scan"));
    }

    @Test
    void marksSurviveAReloadAndShowAsProgressOnTheHomePage() {
        open("storage.html");
        find("#what-is-a-partition .mark-known").click();
        find("#script-in-question .mark-review").click();
        find("#tell-me-about-a-time .mark-known").click();
        find("#tell-me-about-a-time .mark-known").click();
        browser.navigate().refresh();
        assertEquals("true", find("#what-is-a-partition .mark-known").getAttribute("aria-pressed"));
        assertEquals("false", find("#what-is-a-partition .mark-review").getAttribute("aria-pressed"));
        assertEquals("true", find("#script-in-question .mark-review").getAttribute("aria-pressed"));
        assertEquals("false", find("#tell-me-about-a-time .mark-known").getAttribute("aria-pressed"), "a second press unmarks");

        assertEquals("1 known · 0 due · 1 to review again · 1 not seen yet", find("#category-progress").getText(),
                "a press taken back leaves the question unseen");

        open("index.html");
        assertEquals("1 known · 0 due · 1 to review again · 1 not seen yet",
                find(".category-progress[data-category=storage]").getText());
        assertEquals("0 known · 0 due · 0 to review again · 1 not seen yet",
                find(".category-progress[data-category=queries]").getText());
        assertTrue(find("#study-summary").getText().startsWith("You know 1 of 4 questions."));
    }

    @Test
    void progressIsExportedImportedAndReset() throws IOException {
        open("storage.html");
        find("#what-is-a-partition .mark-known").click();
        open("index.html");
        String exported = (String) browser.executeScript("return studyguideProgress.exportText()");
        assertTrue(exported.contains("\"format\": \"studyguide-progress\""), exported);
        assertTrue(exported.contains("\"version\": 2"), exported);
        assertTrue(exported.contains("\"mark\": \"known\""), exported);

        find("#progress-reset").click();
        browser.switchTo().alert().accept();
        assertEquals("Progress reset.", find("#study-status").getText());
        assertEquals("0 known · 0 due · 0 to review again · 3 not seen yet",
                find(".category-progress[data-category=storage]").getText());

        Path file = temp.resolve("progress.json");
        // The exported question, one more, and two that are dropped: an unknown question and a malformed entry.
        String entry = exported.substring(exported.indexOf("\"what-is-a-partition\": {") + 23, exported.indexOf('}') + 1);
        Files.writeString(file, exported.replace("\"questions\": {", "\"questions\": {\"query-vs-scan\": "
                + entry.replace("\"known\"", "\"review\"") + ", \"no-such-question\": " + entry
                + ", \"script-in-question\": {\"s\": -1},"));
        find("#progress-import").sendKeys(file.toString());
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !find("#study-status").getText().isEmpty());
        assertEquals("Imported the progress of 2 questions from progress.json.", find("#study-status").getText());
        assertEquals("1 known · 0 due · 0 to review again · 2 not seen yet",
                find(".category-progress[data-category=storage]").getText());
        assertEquals("0 known · 0 due · 1 to review again · 0 not seen yet",
                find(".category-progress[data-category=queries]").getText());

        Path bad = temp.resolve("not-progress.json");
        Files.writeString(bad, "{\"marks\": {}}");
        find("#progress-import").sendKeys(bad.toString());
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> find("#study-status").getText().startsWith("Nothing"));
        assertEquals("Nothing imported: This file is not a studyguide progress file.", find("#study-status").getText());
        assertEquals("1 known · 0 due · 0 to review again · 2 not seen yet",
                find(".category-progress[data-category=storage]").getText(), "a bad file changes nothing");
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

        open("storage.html");
        find("#what-is-a-partition .mark-known").click();
        find("#practice-switch").click();
        browser.get(Browser.url(otherSite.resolve("storage.html")));
        assertEquals("false", find("#what-is-a-partition .mark-known").getAttribute("aria-pressed"));
        assertEquals("false", find("#practice-switch").getAttribute("aria-checked"));
        assertTrue(answerShown("what-is-a-partition"));
        open("storage.html");
        assertEquals("true", find("#what-is-a-partition .mark-known").getAttribute("aria-pressed"));
    }

    @Test
    void withoutJavaScriptAnswersAreShownAndTheToolsHidden() {
        open("storage.html");
        find("#practice-switch").click();
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            open("storage.html");
            assertTrue(answerShown("what-is-a-partition"), "practice mode needs the script, so answers show");
            assertFalse(find("#practice-switch").isDisplayed());
            assertFalse(browser.findElements(By.cssSelector(".study-bar")).isEmpty());
            assertTrue(browser.findElements(By.cssSelector(".study-bar")).stream().noneMatch(WebElement::isDisplayed));
            open("index.html");
            assertFalse(find("#study-tools").isDisplayed());
            assertFalse(find(".category-progress").isDisplayed());
        } finally {
            browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void printingShowsEveryAnswerEvenInPracticeMode() {
        open("storage.html");
        find("#practice-switch").click();
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertTrue(answerShown("what-is-a-partition"));
            assertFalse(find("#practice-switch").isDisplayed());
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }
}
