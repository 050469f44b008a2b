package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
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
import studyguide.Cli;
import studyguide.Slow;
import studyguide.print.PdfText;

/**
 * Multiple-choice questions and prompts in the browser (the quiz fixture guide): read with the right
 * options marked; picked and checked in practice mode, on a flashcard and in the mock interview, by mouse
 * and keyboard, with the result marked, explained, announced and counted in the reader's progress.
 */
@Slow.Browser
class ChoicesInBrowserTest {

    static final Path QUIZ = Path.of("src/test/resources/guides/quiz");

    @TempDir
    static Path temp;

    static Path site;
    static ChromeDriver browser;

    @BeforeAll
    static void buildAndOpen() {
        site = temp.resolve("site");
        Cli.Run run = Cli.build(QUIZ, site);
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
        browser.get(Browser.url(site.resolve("")) + page);
    }

    private WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    private List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private boolean shown(String css) {
        List<WebElement> found = browser.findElements(By.cssSelector(css));
        return !found.isEmpty() && found.stream().allMatch(WebElement::isDisplayed);
    }

    private Object mark(String id) {
        return browser.executeScript("return studyguideProgress.mark(arguments[0])", id);
    }

    @Test
    void readingModeListsTheOptionsWithTheRightOnesMarkedInWords() {
        open("closures.html");
        String q = "#closure-counter";
        assertTrue(find(q + " .question-prompt pre").getText().contains("function makeCounter()"), "the prompt's code");
        assertEquals("Choose one answer", find(q + " .mc-legend").getText());
        assertEquals(List.of("A", "B", "C", "D"), texts(q + " .mc-letter"));
        assertEquals(List.of("✓ Right answer"), texts(q + " .mc-key"));
        assertTrue(find(q + " .mc-option[data-letter=A]").getText().contains("Each call increments the same captured n."),
                "the explanation under its option");
        assertFalse(shown(q + " .mc-input"), "nothing to pick while the answers are shown");
        assertFalse(shown(q + " .mc-check"));
        assertEquals("Choose all that apply", find("#loop-closure-output .mc-legend").getText());
        assertEquals("checkbox", find("#loop-closure-output .mc-input").getAttribute("type"));
        assertEquals(2, texts("#loop-closure-output .mc-key").size());
    }

    @Test
    void practiceModeKeepsThePromptAndOptionsAndChecksAPickByKeyboard() {
        open("closures.html");
        find("#practice-switch").click();
        String q = "#closure-counter";
        assertTrue(shown(q + " .question-prompt"), "the prompt is part of the question");
        assertTrue(shown(q + " .mc-input"));
        assertFalse(shown(q + " .mc-key"), "which option is right waits");
        assertFalse(shown(q + " .mc-why"));

        WebElement check = find(q + " .mc-check");
        check.sendKeys(Keys.ENTER);
        assertEquals("Pick an option, then check.", find(q + " .mc-result").getText());
        assertEquals(null, mark("closure-counter"), "nothing picked counts for nothing");

        // Radio buttons: Space picks the focused one, an arrow moves the pick.
        WebElement a = find(q + " .mc-input[value=A]");
        a.sendKeys(Keys.SPACE);
        a.sendKeys(Keys.ARROW_DOWN);
        assertTrue(find(q + " .mc-input[value=B]").isSelected());
        assertEquals("closure-counter--pick-B", browser.switchTo().activeElement().getAttribute("id"));
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals("Check", browser.switchTo().activeElement().getText());
        browser.switchTo().activeElement().sendKeys(Keys.SPACE);

        assertEquals("Not right: you picked B; the right answer is A.", find(q + " .mc-result").getText());
        assertEquals("status", find(q + " .mc-result").getAttribute("role"), "the result is announced");
        assertEquals(List.of("✓ A right answer: you did not pick it.", "✗ Wrong: you picked it."), texts(q + " .mc-verdict"));
        assertTrue(find(q + " .mc-option[data-letter=B]").getAttribute("class").contains("mc-wrong"));
        assertTrue(shown(q + " .mc-why"), "the explanations show after the check");
        assertEquals("review", mark("closure-counter"), "wrong counts as review again");
        assertEquals("true", find(q + " .mark-review").getAttribute("aria-pressed"));

        // A click on the option's text picks it; picking again starts over.
        find(q + " .mc-option[data-letter=A] .mc-text").click();
        assertTrue(find(q + " .mc-input[value=A]").isSelected());
        assertEquals("", find(q + " .mc-result").getText());
        assertEquals(List.of(), texts(q + " .mc-verdict"));
        check.click();
        assertEquals("Right: the right answer is A.", find(q + " .mc-result").getText());
        assertEquals(List.of("✓ Right: you picked it."), texts(q + " .mc-verdict"));
        assertEquals("known", mark("closure-counter"), "right counts as I know this");
        assertEquals("true", find(q + " .mark-known").getAttribute("aria-pressed"));
        assertEquals(List.of(), Axe.violations(browser), "axe after a check");

        find("#practice-switch").click();
        assertEquals(List.of(), texts(q + " .mc-verdict"), "reading mode reads as before the check");
        assertFalse(find(q + " .mc-input[value=A]").isSelected());
        assertTrue(shown(q + " .mc-key"));
    }

    @Test
    void severalRightOptionsArePickedWithCheckboxesAndTheMissedOneIsNamed() {
        open("closures.html");
        find("#practice-switch").click();
        String q = "#loop-closure-output";
        find(q + " .mc-input[value=A]").sendKeys(Keys.SPACE);
        find(q + " .mc-check").click();
        assertEquals("Not right: you picked A; the right answers are A and C.", find(q + " .mc-result").getText());
        assertEquals(List.of("✓ Right: you picked it.", "✓ A right answer: you did not pick it."), texts(q + " .mc-verdict"));
        assertTrue(find(q + " .mc-option[data-letter=C]").getAttribute("class").contains("mc-missed"));
        find(q + " .mc-input[value=C]").sendKeys(Keys.SPACE);
        find(q + " .mc-check").click();
        assertEquals("Right: the right answers are A and C.", find(q + " .mc-result").getText());
        assertEquals("known", mark("loop-closure-output"));
    }

    @Test
    void showAnswerInPracticeModeMarksTheRightOptions() {
        open("closures.html");
        find("#practice-switch").click();
        find("#closure-counter .show-answer").click();
        assertEquals(List.of("✓ Right answer"), texts("#closure-counter .mc-key"));
        assertTrue(shown("#closure-counter .mc-why"));
    }

    @Test
    void aFlashcardIsAnsweredByPickingAndAWrongPickComesBackAgain() {
        open("flashcards.html?category=closures");
        assertEquals("What does counter() return the third time?", find("#card-question").getText());
        assertEquals("counter()", find("#card-question code").getText(), "the title's code span is code on the card");
        assertTrue(find("#card-front .question-prompt").getText().contains("const counter = makeCounter();"),
                "the prompt on the card's front");
        assertFalse(shown("#card-reveal"), "a card with options is answered by picking");
        assertFalse(shown("#card-front .mc-key"));

        WebElement b = find("#card-front .mc-input[value=B]");
        b.sendKeys(Keys.SPACE);
        find("#card-front .mc-check").sendKeys(Keys.ENTER);
        assertEquals("Not right: you picked B; the right answer is A.", find("#card-front .mc-result").getText());
        assertTrue(shown("#card-answer"));
        assertEquals("Not this time: this card comes back soon.", find("#grade-prompt").getText());
        assertEquals(List.of("Again 1"), browser.findElements(By.cssSelector("[data-grade]")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).toList(), "a wrong pick can only be graded again");
        assertFalse(shown("#card-points"), "no word about missing key points");
        assertEquals("review", mark("closure-counter"));
        assertEquals(List.of(), Axe.violations(browser), "axe after a check");

        browser.switchTo().activeElement().sendKeys("3");
        assertEquals("What does counter() return the third time?", find("#card-question").getText(),
                "3 (good) is not offered after a wrong pick");
        browser.switchTo().activeElement().sendKeys("1");

        assertEquals("Which of these loops log 0 1 2?", find("#card-question").getText());
        assertEquals("card-question", browser.switchTo().activeElement().getAttribute("id"),
                "focus on the question of a card to pick on");
        find("#card-front .mc-input[value=A]").sendKeys(Keys.SPACE);
        find("#card-front .mc-input[value=C]").sendKeys(Keys.SPACE);
        find("#card-front .mc-check").click();
        assertEquals("Right: the right answers are A and C.", find("#card-front .mc-result").getText());
        assertEquals("How well did you know it?", find("#grade-prompt").getText());
        assertEquals(4, browser.findElements(By.cssSelector("[data-grade]")).stream().filter(WebElement::isDisplayed).count());
        assertEquals("known", mark("loop-closure-output"));
        find("[data-grade=easy]").click();

        assertEquals("What is a closure?", find("#card-question").getText());
        assertTrue(shown("#card-reveal"), "a question without options is revealed as before");
        assertEquals("", find("#card-front").getText());
        find("#card-reveal").click();
        find("[data-grade=good]").click();

        assertEquals("What does counter() return the third time?", find("#card-question").getText(),
                "the card graded again comes back in this session");
        assertEquals(List.of(), texts("#card-front .mc-verdict"), "with nothing picked");
    }

    @Test
    void theMockInterviewAsksForAPickAndCountsIt() {
        open("interview.html?category=async&count=2");
        find("#interview-start").click();
        for (int i = 0; i < 2; i++) {
            String title = find("#interview-title").getText();
            assertTrue(shown("#interview-front .mc"), "options under the question");
            if (title.equals("In what order are the letters logged?")) {
                assertTrue(find("#interview-front .question-prompt").getText().contains("queue"), "the prompt's table");
                find("#interview-front .mc-input[value=C]").sendKeys(Keys.SPACE);
                find("#interview-front .mc-check").sendKeys(Keys.ENTER);
                assertEquals("Not right: you picked C; the right answer is A.", find("#interview-front .mc-result").getText());
                assertTrue(find("#interview-front .mc-option[data-letter=C]").getText()
                        .contains("A timer's callback is a task; it waits until the microtask queue is empty."));
            } else {
                // Picked but not checked: moving on counts the pick.
                find("#interview-front .mc-input[value=A]").click();
                find("#interview-front .mc-input[value=C]").click();
            }
            find("#interview-next").click();
        }
        String answers = find("#interview-answers").getText();
        assertTrue(answers.contains("✗ Not right: you picked C; the right answer is A."), answers);
        assertTrue(answers.contains("✓ Right: you picked A and C."), answers);
        assertFalse(answers.contains("No key points"), answers);
        assertTrue(find("#interview-score").getText().endsWith(". You picked the right answer in 1 of 2."),
                find("#interview-score").getText());
        @SuppressWarnings("unchecked")
        Map<String, Object> marks = (Map<String, Object>) browser.executeScript(
                "var e = studyguideProgress.entries(), m = {}; Object.keys(e).forEach(function (id) { m[id] = e[id].mark; }); return m");
        assertEquals(Map.of("microtask-order", "review", "await-in-loop", "known"), marks);
        Browser.screenshot(browser, "choices-interview-result");
    }

    @Test
    void aPagePrintsTheOptionsWithTheRightOnesMarkedWhateverWasPicked() throws IOException {
        open("closures.html");
        find("#practice-switch").click();
        find("#closure-counter .mc-input[value=B]").click();
        find("#closure-counter .mc-check").click();
        Map<String, Object> pdf = browser.executeCdpCommand("Page.printToPDF", Map.of("paperWidth", 8.27,
                "paperHeight", 11.69, "printBackground", true));
        String text = new PdfText(Base64.getDecoder().decode((String) pdf.get("data")), 1).text();
        assertEquals(3, text.split("Rightanswer", -1).length - 1, "the right options of all three questions: " + text);
        assertTrue(text.contains("Eachcallincrementsthesamecapturedn."), "explanations: " + text);
        assertFalse(text.contains("Wrong:youpickedit"), "not the marks of a check: " + text);
        assertFalse(text.contains("Notright"), text);
        find("#practice-switch").click();
    }

    @Test
    void searchFindsTheWordsOfAPromptAndShowsTheirLine() {
        WebElement box = find("#search-input");
        box.click();
        box.sendKeys("microtasks");
        assertEquals(List.of("In what order are the letters logged?"), texts("#search-results .search-result-question"));
        assertEquals("microtasks", find("#search-results .search-result-context").getText(), "the prompt's line as context");
        box.clear();
        box.sendKeys("settimeout");
        assertTrue(texts("#search-results .search-result-context").contains("setTimeout(() => console.log('B'));"),
                texts("#search-results .search-result-context").toString());
    }

    @Test
    void screenshotsInReadingAndPracticeModeAndOfACheckedFlashcard() {
        for (String scheme : List.of("light", "dark")) {
            for (int width : List.of(1280, 390)) {
                browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 1700));
                Browser.colorScheme(browser, scheme);
                String suffix = "-" + width + "-" + scheme;
                open("closures.html#closure-counter");
                Browser.screenshot(browser, "choices-reading" + suffix);
                assertTrue(pageFitsTheWindow(), "nothing wider than the window at " + width);
                find("#practice-switch").click();
                find("#closure-counter .mc-input[value=B]").click();
                find("#closure-counter .mc-check").click();
                browser.executeScript("document.getElementById('closure-counter').scrollIntoView()");
                Browser.screenshot(browser, "choices-practice" + suffix);
                assertTrue(pageFitsTheWindow(), "nothing wider than the window at " + width);
                find("#practice-switch").click();
                open("flashcards.html?category=closures");
                find("#card-front .mc-input[value=A]").click();
                find("#card-front .mc-check").click();
                Browser.screenshot(browser, "choices-flashcard" + suffix);
                assertTrue(pageFitsTheWindow(), "nothing wider than the window at " + width);
                browser.executeScript("localStorage.clear()");
            }
        }
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1000, 900));
        Browser.colorScheme(browser, "light");
    }

    private boolean pageFitsTheWindow() {
        return (Boolean) browser.executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth");
    }
}
