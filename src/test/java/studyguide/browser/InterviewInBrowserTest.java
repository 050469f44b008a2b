package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import studyguide.Cli;
import studyguide.Slow;

/** The mock interview: choices, random questions one at a time against a clock, a checklist at the end. */
@Slow.Browser
class InterviewInBrowserTest {

    @RegisterExtension
    static final BrowserSite browser = BrowserSite.of(Cli.SMALL_GUIDE).window(1000, 900);

    private void choose(String name, String value, boolean on) {
        WebElement box = browser.find("input[name=" + name + "][value='" + value + "']");
        if (box.isSelected() != on) {
            box.click();
        }
    }

    private String available() {
        return browser.find("#interview-available").getText();
    }

    @Test
    void randomQuestionsOneAtATimeWithAClockThenAChecklist() {
        browser.open("interview.html");
        assertEquals("4 questions match; the interview will have all 4.", available());
        choose("category", "queries", false);
        choose("level", "-", false);
        assertEquals("2 questions match; the interview will have all 2.", available());
        WebElement count = browser.find("#interview-count");
        count.clear();
        count.sendKeys("2");
        assertEquals("2 questions match.", available());
        browser.find("#interview-start").click();

        assertFalse(browser.find("#interview-setup").isDisplayed());
        assertEquals("Question 1 of 2", browser.find("#interview-progress").getText());
        String first = browser.find("#interview-title").getText();
        Set<String> storageBasicOrAdvanced = Set.of("What is a partition?", "Is <script>alert('x')</script> shown as text?");
        assertTrue(storageBasicOrAdvanced.contains(first), first);
        assertEquals("05:00", browser.find("#interview-timer").getText(), "counts down from the default five minutes");
        // The clock shows the time left on the wall clock, so a tick the loaded browser runs late may skip 04:59.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(d -> browser.find("#interview-timer").getText().matches("04:5[0-9]"));

        browser.find("#interview-next").click();
        assertEquals("Question 2 of 2", browser.find("#interview-progress").getText());
        String second = browser.find("#interview-title").getText();
        assertTrue(storageBasicOrAdvanced.contains(second), second);
        assertNotEquals(first, second, "no question twice");
        assertEquals("05:00", browser.find("#interview-timer").getText(), "each question has its own clock");
        assertEquals("Finish", browser.find("#interview-next").getText());
        browser.find("#interview-next").click();

        assertFalse(browser.find("#interview-question").isDisplayed());
        List<WebElement> answers = browser.findAll("#interview-answers > li");
        assertEquals(List.of(first, second), answers.stream().map(a -> a.findElement(By.tagName("h3")).getText()).toList());
        assertTrue(answers.get(0).getText().matches("(?s).*You took 0:0[1-9].*"), "the first question took a second or more");
        List<WebElement> points = browser.findAll("#interview-answers input[type=checkbox]");
        assertEquals(3, points.size(), "the key points of both questions");
        assertTrue(browser.find("#interview-score").getText().endsWith("; you covered 0 of 3 key points. Score for the interview: 0%."));
        points.get(1).click();
        assertTrue(browser.find("#interview-score").getText().endsWith("; you covered 1 of 3 key points. Score for the interview: 33%."), browser.find("#interview-score").getText());
        assertTrue(browser.find("#interview-answers").getText().contains("Keys are hashed"));
        assertTrue(browser.findAll("#interview-answers a").get(0).getAttribute("href").contains("/storage/"));

        browser.find("#interview-again").click();
        assertTrue(browser.find("#interview-setup").isDisplayed());
    }

    @Test
    void theUrlPresetsTheChoicesAndTheKeyboardRunsIt() {
        browser.open("interview.html?category=queries&count=3");
        assertFalse(browser.find("input[name=category][value=storage]").isSelected());
        assertTrue(browser.find("input[name=category][value=queries]").isSelected());
        assertEquals("1 question matches; the interview will have all 1.", available());
        browser.find("#interview-count").sendKeys(Keys.ENTER);
        assertEquals("interview-title", browser.driver().switchTo().activeElement().getAttribute("id"), "focus moves to the question");
        assertEquals("What's the difference between Query and Scan?", browser.find("#interview-title").getText());
        browser.find("#interview-next").sendKeys(Keys.ENTER);
        assertEquals("result-title", browser.driver().switchTo().activeElement().getAttribute("id"));
    }

    @Test
    void endingEarlyGradesTheQuestionsAskedSoFar() {
        browser.open("interview.html");
        browser.find("#interview-start").click();
        browser.find("#interview-next").click();
        browser.find("#interview-stop").click();
        assertEquals(2, browser.findAll("#interview-answers > li").size());
        assertTrue(browser.find("#interview-score").getText().startsWith("2 questions in 0:0"), browser.find("#interview-score").getText());
    }

    @Test
    void nothingChosenNothingToStart() {
        browser.open("interview.html?level=none-such");
        assertEquals("4 questions match; the interview will have all 4.", available(), "an unknown level in the URL means all");
        for (WebElement box : browser.findAll("input[name=level]")) {
            box.click();
        }
        assertEquals("No questions match: choose at least one category and one level.", available());
        assertFalse(browser.find("#interview-start").isEnabled());
    }

    @Test
    void withoutJavaScriptThePageSaysWhatItNeeds() {
        browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            browser.open("interview.html");
            assertFalse(browser.find("#interview").isDisplayed());
            assertTrue(browser.find("main").getText().contains("The mock interview needs JavaScript."));
        } finally {
            browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }
}
