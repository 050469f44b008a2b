package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import studyguide.Cli;
import studyguide.Slow;

/**
 * The reader's own notes under each question (assets/notes.js): kept across reloads, shown in practice mode
 * with the answer, found by the search box, carried by the progress export and import, printed, and
 * collected on my-answers.html; in headless Chromium from file://.
 */
@Slow.Browser
class NotesInBrowserTest {

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

    private WebElement field(String id) {
        return find("#" + id + "--notes");
    }

    private void write(String id, String text) {
        open("storage.html");
        WebElement field = field(id);
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void aNoteIsSavedAsItIsTypedAndSurvivesAReload() {
        write("what-is-a-partition", "Our orders table: customer id as the key.");
        browser.navigate().refresh();
        assertEquals("Our orders table: customer id as the key.", field("what-is-a-partition").getAttribute("value"));
        assertEquals("", field("tell-me-about-a-time").getAttribute("value"), "only that question's note");
        assertEquals("{\"version\":1,\"notes\":{\"what-is-a-partition\":\"Our orders table: customer id as the key.\"}}",
                browser.executeScript("return localStorage.getItem('studyguide:Small Test Guide:notes')"));

        field("what-is-a-partition").clear();
        field("what-is-a-partition").sendKeys(" ");
        browser.navigate().refresh();
        assertEquals("", field("what-is-a-partition").getAttribute("value"), "a blank note is removed");
    }

    @Test
    void theFieldIsLabelledAndShowsTheAuthorsStoryPromptAsItsPlaceholder() {
        open("storage.html");
        WebElement story = field("tell-me-about-a-time");
        assertEquals("Your own mistake, what it cost, and what you do differently now.", story.getAttribute("placeholder"));
        assertEquals("Your own answer, in your words. It is kept in this browser.",
                field("what-is-a-partition").getAttribute("placeholder"), "without your_story, the theme's words");
        assertEquals("Your notes", find("label[for='tell-me-about-a-time--notes']").getAttribute("textContent"));
        // Chromium names it from the label as shown, in the capitals of the answer's headings.
        assertEquals("your notes", story.getAccessibleName().toLowerCase(Locale.ROOT));
    }

    @Test
    void practiceModeShowsTheNoteWithTheAnswerAfterIt() {
        write("what-is-a-partition", "My own words.");
        find("#practice-switch").click();
        assertFalse(field("what-is-a-partition").isDisplayed(), "hidden with the answer");
        find("#what-is-a-partition .show-answer").click();
        assertTrue(field("what-is-a-partition").isDisplayed());
        assertEquals("My own words.", field("what-is-a-partition").getAttribute("value"));
        assertEquals(true, browser.executeScript("var a = document.querySelector('#what-is-a-partition .answer');"
                + "var n = document.querySelector('#what-is-a-partition .notes');"
                + "return (a.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0"), "after the answer");
    }

    @Test
    void theSearchBoxFindsAWordThatIsOnlyInANote() {
        write("what-is-a-partition", "First line.\nWe hit this at Zanzibar Freight on **sale day**.");
        WebElement input = find("#search-input");
        input.sendKeys("zanzibar");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !find("#search-results").getText().isEmpty());
        List<WebElement> results = browser.findElements(By.cssSelector("#search-results .search-result"));
        assertEquals(1, results.size());
        assertTrue(results.get(0).getAttribute("data-href").endsWith("storage/what-is-a-partition.html#what-is-a-partition"),
                results.get(0).getAttribute("data-href"));
        WebElement note = results.get(0).findElement(By.cssSelector(".search-result-note"));
        assertEquals("Your note: We hit this at Zanzibar Freight on **sale day**.", note.getText());
        assertEquals("Zanzibar", note.findElement(By.tagName("mark")).getText());
        assertEquals("1 result", find("#search-status").getText());
    }

    @Test
    void aQuestionWhoseNoteMatchesComesFirst() {
        open("storage.html");
        WebElement input = find("#search-input");
        input.sendKeys("partition");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !find("#search-results").getText().isEmpty());
        String firstWithout = find("#search-results .search-result").getAttribute("data-href");
        assertFalse(firstWithout.endsWith("#tell-me-about-a-time"), firstWithout);

        write("tell-me-about-a-time", "I split the hot partition in ten.");
        input = find("#search-input");
        input.sendKeys("partitions");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !find("#search-results").getText().isEmpty());
        WebElement first = find("#search-results .search-result");
        assertTrue(first.getAttribute("data-href").endsWith("#tell-me-about-a-time"), first.getAttribute("data-href"));
        assertEquals("Your note: I split the hot partition in ten.", first.findElement(By.cssSelector(".search-result-note")).getText());
    }

    @Test
    void notesAreExportedAndImportedWithTheProgress() throws IOException {
        write("what-is-a-partition", "Exported note.");
        open("index.html");
        String exported = (String) browser.executeScript("return studyguideProgress.exportText()");
        assertTrue(exported.contains("\"notes\": {\n    \"what-is-a-partition\": \"Exported note.\"\n  }"), exported);

        browser.executeScript("localStorage.clear()");
        Path file = temp.resolve("progress.json");
        // The exported note, one more, and two that are dropped: a question the guide lacks and a note that is not text.
        Files.writeString(file, exported.replace("\"notes\": {", "\"notes\": {\"query-vs-scan\": \"Imported note.\","
                + " \"no-such-question\": \"Dropped.\", \"tell-me-about-a-time\": 42,"));
        open("index.html");
        find("#progress-import").sendKeys(file.toString());
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !find("#study-status").getText().isEmpty());
        assertEquals("Imported the progress of 0 questions from progress.json. 2 notes imported.", find("#study-status").getText());
        open("storage.html");
        assertEquals("Exported note.", field("what-is-a-partition").getAttribute("value"));
        assertEquals("", field("tell-me-about-a-time").getAttribute("value"));
        open("queries.html");
        assertEquals("Imported note.", field("query-vs-scan").getAttribute("value"));

        open("index.html");
        find("#progress-reset").click();
        browser.switchTo().alert().accept();
        open("queries.html");
        assertEquals("Imported note.", field("query-vs-scan").getAttribute("value"), "resetting the progress keeps the notes");
    }

    @Test
    void myAnswersListsEveryNoteUnderItsQuestionFormattedAndAsText() {
        open("my-answers.html");
        assertEquals("You have no notes yet. Write one under any question on the category pages and it shows here.",
                find("#my-answers-status").getText());

        write("tell-me-about-a-time", "The **outage** in `eu-west-1`:\n- paged at 3 am\n- <img src=x onerror=alert(1)>");
        open("queries.html");
        field("query-vs-scan").sendKeys("Scan reads everything.");
        open("my-answers.html");
        assertEquals("2 questions with your notes.", find("#my-answers-status").getText());
        List<String> headings = browser.findElements(By.cssSelector("#my-answers-list h2, #my-answers-list h3")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Storage <basics>", "Tell me about a time you were wrong.", "Queries",
                "What's the difference between Query and Scan?"), headings, "in the guide's order");
        WebElement story = find(".my-answer[data-question=tell-me-about-a-time]");
        assertTrue(story.findElement(By.cssSelector("h3 a")).getAttribute("href").endsWith("storage.html#tell-me-about-a-time"));
        assertEquals("outage", story.findElement(By.cssSelector("strong")).getText());
        assertEquals("eu-west-1", story.findElement(By.cssSelector("code")).getText());
        assertEquals(List.of("paged at 3 am", "<img src=x onerror=alert(1)>"), story.findElements(By.cssSelector("ul li"))
                .stream().map(WebElement::getText).toList());
        assertTrue(browser.findElements(By.cssSelector("#my-answers-list img")).isEmpty(), "a note's markup is text");
    }

    @Test
    void printingShowsTheNoteFormattedAndNoEmptyFields() {
        write("what-is-a-partition", "A **printed** note.");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertFalse(field("what-is-a-partition").isDisplayed(), "the field does not print");
            WebElement printed = find("#what-is-a-partition .notes-text");
            assertTrue(printed.isDisplayed());
            assertEquals("A printed note.", printed.getText());
            assertEquals("printed", printed.findElement(By.tagName("strong")).getText());
            assertFalse(find("#tell-me-about-a-time .notes").isDisplayed(), "a question without a note prints none");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void withoutJavaScriptThereIsNoNotesField() {
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            open("storage.html");
            assertTrue(browser.findElements(By.cssSelector(".notes")).stream().noneMatch(WebElement::isDisplayed));
            open("my-answers.html");
            assertEquals("Your notes are kept in the browser, so this page needs JavaScript. Every question is on the "
                    + "category pages, listed on the guide's home page.", find("main p").getText());
            assertFalse(find("#my-answers").isDisplayed());
        } finally {
            browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void screenshotsAtTwoWidthsInLightAndDark() {
        // One question with the author's prompt and no note yet, one with a note, a search that finds it, the page of notes.
        write("what-is-a-partition", "The **outage** in `eu-west-1`:\n- paged at 3 am\n- fixed the retry storm by adding jitter");
        for (String scheme : List.of("light", "dark")) {
            Browser.colorScheme(browser, scheme);
            for (int width : List.of(1280, 390)) {
                browser.manage().window().setSize(new Dimension(width, 900));
                open("storage.html");
                browser.executeScript("document.getElementById('tell-me-about-a-time').scrollIntoView()");
                Browser.screenshot(browser, "notes-" + width + "-" + scheme + "-prompt");
                browser.executeScript("document.querySelector('#what-is-a-partition .notes').scrollIntoView()");
                Browser.screenshot(browser, "notes-" + width + "-" + scheme);
                browser.executeScript("window.scrollTo(0, 0)");
                find("#search-input").sendKeys("jitter");
                new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !find("#search-results").getText().isEmpty());
                Browser.screenshot(browser, "notes-" + width + "-" + scheme + "-search");
                open("my-answers.html");
                Browser.screenshot(browser, "my-answers-" + width + "-" + scheme);
            }
        }
        Browser.colorScheme(browser, "light");
        browser.manage().window().setSize(new Dimension(1000, 900));
    }
}
