package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import studyguide.Cli;
import studyguide.Slow;

/** The mock interview: choices, random questions one at a time against a clock, a checklist at the end. */
@Slow.Browser
class InterviewInBrowserTest {

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

    private void open(String page) {
        browser.get(Browser.url(site.resolve("")) + page);
    }

    private WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    private void choose(String name, String value, boolean on) {
        WebElement box = find("input[name=" + name + "][value='" + value + "']");
        if (box.isSelected() != on) {
            box.click();
        }
    }

    private String available() {
        return find("#interview-available").getText();
    }

    @Test
    void randomQuestionsOneAtATimeWithAClockThenAChecklist() {
        open("interview.html");
        assertEquals("4 questions match; the interview will have all 4.", available());
        choose("category", "queries", false);
        choose("level", "-", false);
        assertEquals("2 questions match; the interview will have all 2.", available());
        WebElement count = find("#interview-count");
        count.clear();
        count.sendKeys("2");
        assertEquals("2 questions match.", available());
        find("#interview-start").click();

        assertFalse(find("#interview-setup").isDisplayed());
        assertEquals("Question 1 of 2", find("#interview-progress").getText());
        String first = find("#interview-title").getText();
        Set<String> storageBasicOrAdvanced = Set.of("What is a partition?", "Is <script>alert('x')</script> shown as text?");
        assertTrue(storageBasicOrAdvanced.contains(first), first);
        assertEquals("0:00", find("#interview-timer").getText());
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> find("#interview-timer").getText().equals("0:01"));

        find("#interview-next").click();
        assertEquals("Question 2 of 2", find("#interview-progress").getText());
        String second = find("#interview-title").getText();
        assertTrue(storageBasicOrAdvanced.contains(second), second);
        assertNotEquals(first, second, "no question twice");
        assertEquals("0:00", find("#interview-timer").getText(), "each question has its own clock");
        assertEquals("Finish", find("#interview-next").getText());
        find("#interview-next").click();

        assertFalse(find("#interview-question").isDisplayed());
        List<WebElement> answers = browser.findElements(By.cssSelector("#interview-answers > li"));
        assertEquals(List.of(first, second), answers.stream().map(a -> a.findElement(By.tagName("h3")).getText()).toList());
        assertTrue(answers.get(0).getText().matches("(?s).*You took 0:0[1-9].*"), "the first question took a second or more");
        List<WebElement> points = browser.findElements(By.cssSelector("#interview-answers input[type=checkbox]"));
        assertEquals(3, points.size(), "the key points of both questions");
        assertTrue(find("#interview-score").getText().endsWith("; you covered 0 of 3 key points."));
        points.get(1).click();
        assertTrue(find("#interview-score").getText().endsWith("; you covered 1 of 3 key points."), find("#interview-score").getText());
        assertTrue(find("#interview-answers").getText().contains("Keys are hashed"));
        assertTrue(browser.findElements(By.cssSelector("#interview-answers a")).get(0).getAttribute("href").contains("/storage/"));

        find("#interview-again").click();
        assertTrue(find("#interview-setup").isDisplayed());
    }

    @Test
    void theUrlPresetsTheChoicesAndTheKeyboardRunsIt() {
        open("interview.html?category=queries&count=3");
        assertFalse(find("input[name=category][value=storage]").isSelected());
        assertTrue(find("input[name=category][value=queries]").isSelected());
        assertEquals("1 question matches; the interview will have all 1.", available());
        find("#interview-count").sendKeys(Keys.ENTER);
        assertEquals("interview-title", browser.switchTo().activeElement().getAttribute("id"), "focus moves to the question");
        assertEquals("What's the difference between Query and Scan?", find("#interview-title").getText());
        find("#interview-next").sendKeys(Keys.ENTER);
        assertEquals("result-title", browser.switchTo().activeElement().getAttribute("id"));
    }

    @Test
    void endingEarlyGradesTheQuestionsAskedSoFar() {
        open("interview.html");
        find("#interview-start").click();
        find("#interview-next").click();
        find("#interview-stop").click();
        assertEquals(2, browser.findElements(By.cssSelector("#interview-answers > li")).size());
        assertTrue(find("#interview-score").getText().startsWith("2 questions in 0:0"), find("#interview-score").getText());
    }

    @Test
    void nothingChosenNothingToStart() {
        open("interview.html?level=none-such");
        assertEquals("4 questions match; the interview will have all 4.", available(), "an unknown level in the URL means all");
        for (WebElement box : browser.findElements(By.cssSelector("input[name=level]"))) {
            box.click();
        }
        assertEquals("No questions match: choose at least one category and one level.", available());
        assertFalse(find("#interview-start").isEnabled());
    }

    @Test
    void withoutJavaScriptThePageSaysWhatItNeeds() {
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            open("interview.html");
            assertFalse(find("#interview").isDisplayed());
            assertTrue(find("main").getText().contains("The mock interview needs JavaScript."));
        } finally {
            browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }
}
