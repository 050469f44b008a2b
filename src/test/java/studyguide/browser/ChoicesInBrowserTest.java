package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
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

    @RegisterExtension
    static final BrowserSite browser = BrowserSite.of(QUIZ).window(1000, 900).clearingStorage();

    private Object mark(String id) {
        return browser.js("return studyguideProgress.mark(arguments[0])", id);
    }

    @Test
    void readingModeListsTheOptionsWithTheRightOnesMarkedInWords() {
        browser.open("closures.html");
        String q = "#closure-counter";
        assertTrue(browser.find(q + " .question-prompt pre").getText().contains("function makeCounter()"), "the prompt's code");
        assertEquals("Choose one answer", browser.find(q + " .mc-legend").getText());
        assertEquals(List.of("A", "B", "C", "D"), browser.texts(q + " .mc-letter"));
        assertEquals(List.of("✓ Right answer"), browser.texts(q + " .mc-key"));
        assertTrue(browser.find(q + " .mc-option[data-letter=A]").getText().contains("Each call increments the same captured n."),
                "the explanation under its option");
        assertFalse(browser.shown(q + " .mc-input"), "nothing to pick while the answers are shown");
        assertFalse(browser.shown(q + " .mc-check"));
        assertEquals("Choose all that apply", browser.find("#loop-closure-output .mc-legend").getText());
        assertEquals("checkbox", browser.find("#loop-closure-output .mc-input").getAttribute("type"));
        assertEquals(2, browser.texts("#loop-closure-output .mc-key").size());
    }

    @Test
    void practiceModeKeepsThePromptAndOptionsAndChecksAPickByKeyboard() {
        browser.open("closures.html");
        browser.find("#practice-switch").click();
        String q = "#closure-counter";
        assertTrue(browser.shown(q + " .question-prompt"), "the prompt is part of the question");
        assertTrue(browser.shown(q + " .mc-input"));
        assertFalse(browser.shown(q + " .mc-key"), "which option is right waits");
        assertFalse(browser.shown(q + " .mc-why"));

        WebElement check = browser.find(q + " .mc-check");
        check.sendKeys(Keys.ENTER);
        assertEquals("Pick an option, then check.", browser.find(q + " .mc-result").getText());
        assertEquals(null, mark("closure-counter"), "nothing picked counts for nothing");

        // Radio buttons: Space picks the focused one, an arrow moves the pick.
        WebElement a = browser.find(q + " .mc-input[value=A]");
        a.sendKeys(Keys.SPACE);
        a.sendKeys(Keys.ARROW_DOWN);
        assertTrue(browser.find(q + " .mc-input[value=B]").isSelected());
        assertEquals("closure-counter--pick-B", browser.driver().switchTo().activeElement().getAttribute("id"));
        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals("Check", browser.driver().switchTo().activeElement().getText());
        browser.driver().switchTo().activeElement().sendKeys(Keys.SPACE);

        assertEquals("Not right: you picked B; the right answer is A.", browser.find(q + " .mc-result").getText());
        assertEquals("status", browser.find(q + " .mc-result").getAttribute("role"), "the result is announced");
        assertEquals(List.of("✓ A right answer: you did not pick it.", "✗ Wrong: you picked it."), browser.texts(q + " .mc-verdict"));
        assertTrue(browser.find(q + " .mc-option[data-letter=B]").getAttribute("class").contains("mc-wrong"));
        assertTrue(browser.shown(q + " .mc-why"), "the explanations show after the check");
        assertEquals("review", mark("closure-counter"), "wrong counts as review again");
        assertEquals("true", browser.find(q + " .mark-review").getAttribute("aria-pressed"));

        // A click on the option's text picks it; picking again starts over.
        browser.find(q + " .mc-option[data-letter=A] .mc-text").click();
        assertTrue(browser.find(q + " .mc-input[value=A]").isSelected());
        assertEquals("", browser.find(q + " .mc-result").getText());
        assertEquals(List.of(), browser.texts(q + " .mc-verdict"));
        check.click();
        assertEquals("Right: the right answer is A.", browser.find(q + " .mc-result").getText());
        assertEquals(List.of("✓ Right: you picked it."), browser.texts(q + " .mc-verdict"));
        assertEquals("known", mark("closure-counter"), "right counts as I know this");
        assertEquals("true", browser.find(q + " .mark-known").getAttribute("aria-pressed"));
        assertEquals(List.of(), Axe.violations(browser.driver()), "axe after a check");

        browser.find("#practice-switch").click();
        assertEquals(List.of(), browser.texts(q + " .mc-verdict"), "reading mode reads as before the check");
        assertFalse(browser.find(q + " .mc-input[value=A]").isSelected());
        assertTrue(browser.shown(q + " .mc-key"));
    }

    @Test
    void severalRightOptionsArePickedWithCheckboxesAndTheMissedOneIsNamed() {
        browser.open("closures.html");
        browser.find("#practice-switch").click();
        String q = "#loop-closure-output";
        browser.find(q + " .mc-input[value=A]").sendKeys(Keys.SPACE);
        browser.find(q + " .mc-check").click();
        assertEquals("Not right: you picked A; the right answers are A and C.", browser.find(q + " .mc-result").getText());
        assertEquals(List.of("✓ Right: you picked it.", "✓ A right answer: you did not pick it."), browser.texts(q + " .mc-verdict"));
        assertTrue(browser.find(q + " .mc-option[data-letter=C]").getAttribute("class").contains("mc-missed"));
        browser.find(q + " .mc-input[value=C]").sendKeys(Keys.SPACE);
        browser.find(q + " .mc-check").click();
        assertEquals("Right: the right answers are A and C.", browser.find(q + " .mc-result").getText());
        assertEquals("known", mark("loop-closure-output"));
    }

    @Test
    void showAnswerInPracticeModeMarksTheRightOptions() {
        browser.open("closures.html");
        browser.find("#practice-switch").click();
        browser.find("#closure-counter .show-answer").click();
        assertEquals(List.of("✓ Right answer"), browser.texts("#closure-counter .mc-key"));
        assertTrue(browser.shown("#closure-counter .mc-why"));
    }

    @Test
    void aFlashcardIsAnsweredByPickingAndAWrongPickComesBackAgain() {
        browser.open("flashcards.html?category=closures");
        assertEquals("What does counter() return the third time?", browser.find("#card-question").getText());
        assertEquals("counter()", browser.find("#card-question code").getText(), "the title's code span is code on the card");
        assertTrue(browser.find("#card-front .question-prompt").getText().contains("const counter = makeCounter();"),
                "the prompt on the card's front");
        assertFalse(browser.shown("#card-reveal"), "a card with options is answered by picking");
        assertFalse(browser.shown("#card-front .mc-key"));

        WebElement b = browser.find("#card-front .mc-input[value=B]");
        b.sendKeys(Keys.SPACE);
        browser.find("#card-front .mc-check").sendKeys(Keys.ENTER);
        assertEquals("Not right: you picked B; the right answer is A.", browser.find("#card-front .mc-result").getText());
        assertTrue(browser.shown("#card-answer"));
        assertEquals("Not this time: this card comes back soon.", browser.find("#grade-prompt").getText());
        assertEquals(List.of("Again 1"), browser.findAll("[data-grade]").stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).toList(), "a wrong pick can only be graded again");
        assertFalse(browser.shown("#card-points"), "no word about missing key points");
        assertEquals("review", mark("closure-counter"));
        assertEquals(List.of(), Axe.violations(browser.driver()), "axe after a check");

        browser.driver().switchTo().activeElement().sendKeys("3");
        assertEquals("What does counter() return the third time?", browser.find("#card-question").getText(),
                "3 (good) is not offered after a wrong pick");
        browser.driver().switchTo().activeElement().sendKeys("1");

        assertEquals("Which of these loops log 0 1 2?", browser.find("#card-question").getText());
        assertEquals("card-question", browser.driver().switchTo().activeElement().getAttribute("id"),
                "focus on the question of a card to pick on");
        browser.find("#card-front .mc-input[value=A]").sendKeys(Keys.SPACE);
        browser.find("#card-front .mc-input[value=C]").sendKeys(Keys.SPACE);
        browser.find("#card-front .mc-check").click();
        assertEquals("Right: the right answers are A and C.", browser.find("#card-front .mc-result").getText());
        assertEquals("How well did you know it?", browser.find("#grade-prompt").getText());
        assertEquals(4, browser.findAll("[data-grade]").stream().filter(WebElement::isDisplayed).count());
        assertEquals("known", mark("loop-closure-output"));
        browser.find("[data-grade=easy]").click();

        assertEquals("What is a closure?", browser.find("#card-question").getText());
        assertTrue(browser.shown("#card-reveal"), "a question without options is revealed as before");
        assertEquals("", browser.find("#card-front").getText());
        browser.find("#card-reveal").click();
        browser.find("[data-grade=good]").click();

        assertEquals("What does counter() return the third time?", browser.find("#card-question").getText(),
                "the card graded again comes back in this session");
        assertEquals(List.of(), browser.texts("#card-front .mc-verdict"), "with nothing picked");
    }

    @Test
    void flashcardsAndTheInterviewLoadTheCardsOfTheCategoriesTheyShowOnly() {
        browser.open("flashcards.html?category=async");
        assertEquals("In what order are the letters logged?", browser.find("#card-question").getText());
        assertTrue(browser.shown("#card-front .mc"), "the card's options, from its category's script");
        assertEquals(List.of("cards/async.js"), cardScripts());
        browser.find("#deck-filters select[name=category] option[value=closures]").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d ->
                browser.find("#card-question").getText().equals("What does counter() return the third time?"));
        assertTrue(browser.find("#card-front .question-prompt").getText().contains("makeCounter"));
        assertEquals(List.of("cards/async.js", "cards/closures.js"), cardScripts());

        browser.open("interview.html?category=closures&count=1");
        assertEquals(List.of("cards/closures.js"), cardScripts(), "a small choice is loaded while setting up");
        browser.find("#interview-start").click();
        assertTrue(browser.shown("#interview-front .mc") || browser.find("#interview-title").getText().equals("What is a closure?"));
    }

    /** The card scripts the page has loaded, from the site's root. */
    private List<String> cardScripts() {
        return browser.findAll(".card-scripts script").stream()
                .map(s -> s.getAttribute("src").substring(s.getAttribute("src").indexOf("cards/"))).toList();
    }

    @Test
    void theMockInterviewAsksForAPickAndCountsIt() {
        browser.open("interview.html?category=async&count=2");
        browser.find("#interview-start").click();
        for (int i = 0; i < 2; i++) {
            String title = browser.find("#interview-title").getText();
            assertTrue(browser.shown("#interview-front .mc"), "options under the question");
            if (title.equals("In what order are the letters logged?")) {
                assertTrue(browser.find("#interview-front .question-prompt").getText().contains("queue"), "the prompt's table");
                browser.find("#interview-front .mc-input[value=C]").sendKeys(Keys.SPACE);
                browser.find("#interview-front .mc-check").sendKeys(Keys.ENTER);
                assertEquals("Not right: you picked C; the right answer is A.", browser.find("#interview-front .mc-result").getText());
                assertTrue(browser.find("#interview-front .mc-option[data-letter=C]").getText()
                        .contains("A timer's callback is a task; it waits until the microtask queue is empty."));
            } else {
                // Picked but not checked: moving on counts the pick.
                browser.find("#interview-front .mc-input[value=A]").click();
                browser.find("#interview-front .mc-input[value=C]").click();
            }
            browser.find("#interview-next").click();
        }
        String answers = browser.find("#interview-answers").getText();
        assertTrue(answers.contains("✗ Not right: you picked C; the right answer is A."), answers);
        assertTrue(answers.contains("✓ Right: you picked A and C."), answers);
        assertFalse(answers.contains("No key points"), answers);
        assertTrue(browser.find("#interview-score").getText().endsWith(". You picked the right answer in 1 of 2. Score for the interview: 50%."),
                browser.find("#interview-score").getText());
        @SuppressWarnings("unchecked")
        Map<String, Object> marks = (Map<String, Object>) browser.js(
                "var e = studyguideProgress.entries(), m = {}; Object.keys(e).forEach(function (id) { m[id] = e[id].mark; }); return m");
        assertEquals(Map.of("microtask-order", "review", "await-in-loop", "known"), marks);
        browser.screenshot("choices-interview-result");
    }

    @Test
    void aPagePrintsTheOptionsWithTheRightOnesMarkedWhateverWasPicked() throws IOException {
        browser.open("closures.html");
        browser.find("#practice-switch").click();
        browser.find("#closure-counter .mc-input[value=B]").click();
        browser.find("#closure-counter .mc-check").click();
        Map<String, Object> pdf = browser.driver().executeCdpCommand("Page.printToPDF", Map.of("paperWidth", 8.27,
                "paperHeight", 11.69, "printBackground", true));
        String text = new PdfText(Base64.getDecoder().decode((String) pdf.get("data")), 1).text();
        assertEquals(3, text.split("Rightanswer", -1).length - 1, "the right options of all three questions: " + text);
        assertTrue(text.contains("Eachcallincrementsthesamecapturedn."), "explanations: " + text);
        assertFalse(text.contains("Wrong:youpickedit"), "not the marks of a check: " + text);
        assertFalse(text.contains("Notright"), text);
        browser.find("#practice-switch").click();
    }

    @Test
    void searchFindsTheWordsOfAPromptAndShowsTheirLine() {
        WebElement box = browser.find("#search-input");
        box.click();
        box.sendKeys("microtasks");
        assertEquals(List.of("In what order are the letters logged?"), browser.texts("#search-results .search-result-question"));
        assertEquals("microtasks", browser.find("#search-results .search-result-context").getText(), "the prompt's line as context");
        box.clear();
        box.sendKeys("settimeout");
        assertTrue(browser.texts("#search-results .search-result-context").contains("setTimeout(() => console.log('B'));"),
                browser.texts("#search-results .search-result-context").toString());
    }

    @Test
    void screenshotsInReadingAndPracticeModeAndOfACheckedFlashcard() {
        for (String scheme : List.of("light", "dark")) {
            for (int width : List.of(1280, 390)) {
                browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(width, 1700));
                browser.colorScheme(scheme);
                String suffix = "-" + width + "-" + scheme;
                browser.open("closures.html#closure-counter");
                browser.screenshot("choices-reading" + suffix);
                assertTrue(pageFitsTheWindow(), "nothing wider than the window at " + width);
                browser.find("#practice-switch").click();
                browser.find("#closure-counter .mc-input[value=B]").click();
                browser.find("#closure-counter .mc-check").click();
                browser.js("document.getElementById('closure-counter').scrollIntoView()");
                browser.screenshot("choices-practice" + suffix);
                assertTrue(pageFitsTheWindow(), "nothing wider than the window at " + width);
                browser.find("#practice-switch").click();
                browser.open("flashcards.html?category=closures");
                browser.find("#card-front .mc-input[value=A]").click();
                browser.find("#card-front .mc-check").click();
                browser.screenshot("choices-flashcard" + suffix);
                assertTrue(pageFitsTheWindow(), "nothing wider than the window at " + width);
                browser.js("localStorage.clear()");
            }
        }
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1000, 900));
        browser.colorScheme("light");
    }

    private boolean pageFitsTheWindow() {
        return (Boolean) browser.js(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth");
    }
}
