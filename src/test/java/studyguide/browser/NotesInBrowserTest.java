package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import studyguide.Cli;
import studyguide.Slow;

/**
 * The reader's own notes under each question (assets/notes.js): kept across reloads, shown in practice mode
 * with the answer, found by the search box, carried by the progress export and import, printed, and
 * collected on my-answers.html; in headless Chromium from file://.
 */
@Slow.Browser
class NotesInBrowserTest {

    @RegisterExtension
    static final BrowserSite browser = BrowserSite.of(Cli.SMALL_GUIDE).window(1000, 900).clearingStorage();

    private static WebElement field(String id) {
        return browser.find("#" + id + "--notes");
    }

    private static void write(String id, String text) {
        browser.open("storage.html");
        WebElement field = field(id);
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void aNoteIsSavedAsItIsTypedAndSurvivesAReload() {
        write("what-is-a-partition", "Our orders table: customer id as the key.");
        browser.driver().navigate().refresh();
        assertEquals("Our orders table: customer id as the key.", field("what-is-a-partition").getAttribute("value"));
        assertEquals("", field("tell-me-about-a-time").getAttribute("value"), "only that question's note");
        assertEquals("{\"version\":1,\"notes\":{\"what-is-a-partition\":\"Our orders table: customer id as the key.\"}}",
                browser.js("return localStorage.getItem('studyguide:Small Test Guide:notes')"));

        field("what-is-a-partition").clear();
        field("what-is-a-partition").sendKeys(" ");
        browser.driver().navigate().refresh();
        assertEquals("", field("what-is-a-partition").getAttribute("value"), "a blank note is removed");
    }

    @Test
    void theFieldIsLabelledAndShowsTheAuthorsStoryPromptAsItsPlaceholder() {
        browser.open("storage.html");
        WebElement story = field("tell-me-about-a-time");
        assertEquals("Your own mistake, what it cost, and what you do differently now.", story.getAttribute("placeholder"));
        assertEquals("Your own answer, in your words. It is kept in this browser.",
                field("what-is-a-partition").getAttribute("placeholder"), "without your_story, the theme's words");
        assertEquals("Your notes", browser.find("label[for='tell-me-about-a-time--notes']").getAttribute("textContent"));
        // Chromium names it from the label as shown, in the capitals of the answer's headings.
        assertEquals("your notes", story.getAccessibleName().toLowerCase(Locale.ROOT));
    }

    @Test
    void practiceModeShowsTheNoteWithTheAnswerAfterIt() {
        write("what-is-a-partition", "My own words.");
        browser.find("#practice-switch").click();
        assertFalse(field("what-is-a-partition").isDisplayed(), "hidden with the answer");
        browser.find("#what-is-a-partition .show-answer").click();
        assertTrue(field("what-is-a-partition").isDisplayed());
        assertEquals("My own words.", field("what-is-a-partition").getAttribute("value"));
        assertEquals(true, browser.js("var a = document.querySelector('#what-is-a-partition .answer');"
                + "var n = document.querySelector('#what-is-a-partition .notes');"
                + "return (a.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0"), "after the answer");
    }

    @Test
    void theSearchBoxFindsAWordThatIsOnlyInANote() {
        write("what-is-a-partition", "First line.\nWe hit this at Zanzibar Freight on **sale day**.");
        WebElement input = browser.find("#search-input");
        input.sendKeys("zanzibar");
        browser.waitUntil(d -> !browser.find("#search-results").getText().isEmpty());
        List<WebElement> results = browser.findAll("#search-results .search-result");
        assertEquals(1, results.size());
        assertTrue(results.get(0).getAttribute("data-href").endsWith("storage/what-is-a-partition.html#what-is-a-partition"),
                results.get(0).getAttribute("data-href"));
        WebElement note = results.get(0).findElement(By.cssSelector(".search-result-note"));
        assertEquals("Your note: We hit this at Zanzibar Freight on **sale day**.", note.getText());
        assertEquals("Zanzibar", note.findElement(By.tagName("mark")).getText());
        assertEquals("1 result", browser.find("#search-status").getText());
    }

    @Test
    void aQuestionWhoseNoteMatchesComesFirst() {
        browser.open("storage.html");
        WebElement input = browser.find("#search-input");
        input.sendKeys("partition");
        browser.waitUntil(d -> !browser.find("#search-results").getText().isEmpty());
        String firstWithout = browser.find("#search-results .search-result").getAttribute("data-href");
        assertFalse(firstWithout.endsWith("#tell-me-about-a-time"), firstWithout);

        write("tell-me-about-a-time", "I split the hot partition in ten.");
        input = browser.find("#search-input");
        input.sendKeys("partitions");
        browser.waitUntil(d -> !browser.find("#search-results").getText().isEmpty());
        WebElement first = browser.find("#search-results .search-result");
        assertTrue(first.getAttribute("data-href").endsWith("#tell-me-about-a-time"), first.getAttribute("data-href"));
        assertEquals("Your note: I split the hot partition in ten.", first.findElement(By.cssSelector(".search-result-note")).getText());
    }

    @Test
    void notesAreExportedAndImportedWithTheProgress(@TempDir Path temp) throws IOException {
        write("what-is-a-partition", "Exported note.");
        browser.open("index.html");
        String exported = (String) browser.js("return studyguideProgress.exportText()");
        assertTrue(exported.contains("\"notes\": {\n    \"what-is-a-partition\": \"Exported note.\"\n  }"), exported);

        browser.js("localStorage.clear()");
        Path file = temp.resolve("progress.json");
        // The exported note, one more, and two that are dropped: a question the guide lacks and a note that is not text.
        Files.writeString(file, exported.replace("\"notes\": {", "\"notes\": {\"query-vs-scan\": \"Imported note.\","
                + " \"no-such-question\": \"Dropped.\", \"tell-me-about-a-time\": 42,"));
        browser.open("index.html");
        browser.find("#progress-import").sendKeys(file.toString());
        browser.waitUntil(d -> !browser.find("#study-status").getText().isEmpty());
        assertEquals("Imported the progress of 0 questions from progress.json. 2 notes imported.", browser.find("#study-status").getText());
        browser.open("storage.html");
        assertEquals("Exported note.", field("what-is-a-partition").getAttribute("value"));
        assertEquals("", field("tell-me-about-a-time").getAttribute("value"));
        browser.open("queries.html");
        assertEquals("Imported note.", field("query-vs-scan").getAttribute("value"));

        browser.open("index.html");
        browser.find("#progress-reset").click();
        browser.driver().switchTo().alert().accept();
        browser.open("queries.html");
        assertEquals("Imported note.", field("query-vs-scan").getAttribute("value"), "resetting the progress keeps the notes");
    }

    @Test
    void myAnswersListsEveryNoteUnderItsQuestionFormattedAndAsText() {
        browser.open("my-answers.html");
        assertEquals("You have no notes yet. Write one under any question on the category pages and it shows here.",
                browser.find("#my-answers-status").getText());

        write("tell-me-about-a-time", "The **outage** in `eu-west-1`:\n- paged at 3 am\n- <img src=x onerror=alert(1)>");
        browser.open("queries.html");
        field("query-vs-scan").sendKeys("Scan reads everything.");
        browser.open("my-answers.html");
        assertEquals("2 questions with your notes.", browser.find("#my-answers-status").getText());
        List<String> headings = browser.texts("#my-answers-list h2, #my-answers-list h3");
        assertEquals(List.of("Storage <basics>", "Tell me about a time you were wrong.", "Queries",
                "What's the difference between Query and Scan?"), headings, "in the guide's order");
        WebElement story = browser.find(".my-answer[data-question=tell-me-about-a-time]");
        assertTrue(story.findElement(By.cssSelector("h3 a")).getAttribute("href").endsWith("storage.html#tell-me-about-a-time"));
        assertEquals("outage", story.findElement(By.cssSelector("strong")).getText());
        assertEquals("eu-west-1", story.findElement(By.cssSelector("code")).getText());
        assertEquals(List.of("paged at 3 am", "<img src=x onerror=alert(1)>"), story.findElements(By.cssSelector("ul li"))
                .stream().map(WebElement::getText).toList());
        assertTrue(browser.findAll("#my-answers-list img").isEmpty(), "a note's markup is text");
    }

    @Test
    void printingShowsTheNoteFormattedAndNoEmptyFields() {
        write("what-is-a-partition", "A **printed** note.");
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertFalse(field("what-is-a-partition").isDisplayed(), "the field does not print");
            WebElement printed = browser.find("#what-is-a-partition .notes-text");
            assertTrue(printed.isDisplayed());
            assertEquals("A printed note.", printed.getText());
            assertEquals("printed", printed.findElement(By.tagName("strong")).getText());
            assertFalse(browser.find("#tell-me-about-a-time .notes").isDisplayed(), "a question without a note prints none");
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void withoutJavaScriptThereIsNoNotesField() {
        browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            browser.open("storage.html");
            assertTrue(browser.findAll(".notes").stream().noneMatch(WebElement::isDisplayed));
            browser.open("my-answers.html");
            assertEquals("Your notes are kept in the browser, so this page needs JavaScript. Every question is on the "
                    + "category pages, listed on the guide's home page.", browser.find("main p").getText());
            assertFalse(browser.find("#my-answers").isDisplayed());
        } finally {
            browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void screenshotsAtTwoWidthsInLightAndDark() {
        // One question with the author's prompt and no note yet, one with a note, a search that finds it, the page of notes.
        write("what-is-a-partition", "The **outage** in `eu-west-1`:\n- paged at 3 am\n- fixed the retry storm by adding jitter");
        for (String scheme : List.of("light", "dark")) {
            browser.colorScheme(scheme);
            for (int width : List.of(1280, 390)) {
                browser.resize(width, 900);
                browser.open("storage.html");
                browser.js("document.getElementById('tell-me-about-a-time').scrollIntoView()");
                browser.screenshot("notes-" + width + "-" + scheme + "-prompt");
                browser.js("document.querySelector('#what-is-a-partition .notes').scrollIntoView()");
                browser.screenshot("notes-" + width + "-" + scheme);
                browser.js("window.scrollTo(0, 0)");
                browser.find("#search-input").sendKeys("jitter");
                browser.waitUntil(d -> !browser.find("#search-results").getText().isEmpty());
                browser.screenshot("notes-" + width + "-" + scheme + "-search");
                browser.open("my-answers.html");
                browser.screenshot("my-answers-" + width + "-" + scheme);
            }
        }
        browser.colorScheme("light");
        browser.resetWindow();
    }
}
