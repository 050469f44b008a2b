package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import studyguide.Cli;
import studyguide.Slow;

/**
 * The scripts speak the guide's language: the study buttons, search's status lines, the flashcards' and the
 * home page's counts, for a guide in Japanese (the japanese fixture) and one in German (the small guide
 * with lang: de), from file://. Saves screenshots of the Japanese guide at 1280 and 390 px, light and dark.
 */
@Slow.Browser
class LanguagesInBrowserTest {

    @TempDir
    static Path temp;

    static Path japanese;
    static Path german;
    static ChromeDriver browser;

    @BeforeAll
    static void buildAndOpen() throws IOException {
        japanese = temp.resolve("ja");
        Cli.Run run = Cli.build(Path.of("src/test/resources/guides/japanese"), japanese);
        assertEquals(0, run.exitCode(), run::toString);
        Path content = Cli.copy(Cli.SMALL_GUIDE, temp.resolve("de-content"));
        Files.writeString(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml")) + "lang: de\n");
        german = temp.resolve("de");
        run = Cli.build(content, german);
        assertEquals(0, run.exitCode(), run::toString);
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void forgetEverything() {
        browser.get(Browser.url(japanese.resolve("index.html")));
        browser.executeScript("localStorage.clear()");
    }

    private WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    private void waitForText(String css, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> text.equals(find(css).getText()));
    }

    @Test
    void japaneseStudyButtonsSayTheirWordsInJapanese() {
        browser.get(Browser.url(japanese.resolve("storage.html")));
        find("#practice-switch").click();
        WebElement show = find("#partition-key .show-answer");
        assertEquals("答えを表示", show.getText());
        show.click();
        assertEquals("答えを隠す", show.getText());
        assertEquals("完璧に覚えた", find("#partition-key .mark-known").getText(), "the guide's own word");
    }

    @Test
    void japaneseSearchCountsInJapanese() {
        browser.get(Browser.url(japanese.resolve("index.html")));
        WebElement input = find("#search-input");
        input.click();
        waitForText("#search-status", "検索する語を入力するか、カテゴリ・レベル・タグを選んでください。");
        input.sendKeys("partition");
        waitForText("#search-status", "2 件");
        input.sendKeys("zzzz");
        // Nothing matches: the closest questions, or none at all, said in Japanese either way.
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> find("#search-status").getText()
                .startsWith("これらの語に一致するものはありません。"));
    }

    @Test
    void germanHomePageFlashcardsAndInterviewCountInGerman() {
        browser.get(Browser.url(german.resolve("index.html")));
        waitForText("#study-summary", "Du kannst 0 von 4 Fragen.");
        browser.get(Browser.url(german.resolve("storage.html")));
        find("#practice-switch").click();
        assertEquals("Antwort zeigen", find("#what-is-a-partition .show-answer").getText());
        find("#what-is-a-partition .mark-known").click();
        browser.get(Browser.url(german.resolve("index.html")));
        waitForText("#study-summary", "Du kannst 1 von 4 Fragen.");
        browser.get(Browser.url(german.resolve("flashcards.html")));
        waitForText("#deck-status", "4 Karten zu lernen: 0 fällig, 4 neu.");
        find("#card-reveal").click();
        find("[data-grade=good]").click();
        assertTrue(find("#card-meta").getText().endsWith(" · Karte 2 von 4"), find("#card-meta").getText());
        browser.get(Browser.url(german.resolve("interview.html")));
        waitForText("#interview-available", "4 Fragen passen; das Interview hat alle 4.");
    }

    @Test
    void screenshotsOfTheJapaneseGuide() {
        try {
            for (String scheme : new String[] {"light", "dark"}) {
                Browser.colorScheme(browser, scheme);
                for (int width : new int[] {1280, 390}) {
                    browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
                    browser.get(Browser.url(japanese.resolve("storage.html")));
                    Browser.screenshot(browser, "languages-ja-storage-" + width + "-" + scheme);
                    browser.get(Browser.url(japanese.resolve("index.html")));
                    browser.executeScript("window.scrollTo(0, document.body.scrollHeight)");
                    Browser.screenshot(browser, "languages-ja-index-end-" + width + "-" + scheme);
                }
            }
            assertTrue(Files.exists(Path.of("target/screenshots/languages-ja-storage-390-dark.png")));
        } finally {
            Browser.colorScheme(browser, "light");
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }
}
