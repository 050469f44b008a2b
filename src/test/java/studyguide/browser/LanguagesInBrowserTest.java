package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
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
import studyguide.ThemeWords;

/**
 * The scripts speak the guide's language: the study buttons, search's status lines, the flashcards' and the
 * home page's counts, a multiple-choice question's instructions and verdicts, for a guide in Japanese (the
 * japanese fixture) and in German (the small and the quiz guide with lang: de), from file://. Saves
 * screenshots of the Japanese guide and of checked options in Japanese and German at 1280 and 390 px, light
 * and dark.
 */
@Slow.Browser
class LanguagesInBrowserTest {

    @TempDir
    static Path temp;

    static Path japanese;
    static Path german;
    static Path germanQuiz;
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
        Path quiz = Cli.copy(Path.of("src/test/resources/guides/quiz"), temp.resolve("quiz-de-content"));
        Files.writeString(quiz.resolve("site.yaml"), Files.readString(quiz.resolve("site.yaml")) + "lang: de\n");
        germanQuiz = temp.resolve("quiz-de");
        run = Cli.build(quiz, germanQuiz);
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
        waitForText("#deck-status", "3 Karten zu lernen: 0 fällig, 3 neu; 1 noch nicht fällig.");
        find("#card-reveal").click();
        find("[data-grade=good]").click();
        assertTrue(find("#card-meta").getText().endsWith(" · Karte 2 von 3"), find("#card-meta").getText());
        browser.executeScript("var t = new Date(Date.now() + 86400000), i = document.getElementById('interview-date');"
                + "i.value = t.getFullYear() + '-' + String(t.getMonth() + 1).padStart(2, '0') + '-' + String(t.getDate()).padStart(2, '0');"
                + "i.dispatchEvent(new Event('change'));");
        assertEquals("2 heute, noch 1 Tag.", find("#deck-daily").getText(), "two new cards left of four, one day");
        browser.get(Browser.url(german.resolve("interview.html")));
        waitForText("#interview-available", "4 Fragen passen; das Interview hat alle 4.");
    }

    private List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    /** The theme's English words in what the page shows now, leaving out the guide's own code. */
    private Set<String> englishShown(String lang) {
        String shown = (String) browser.executeScript("var body = document.body.cloneNode(true);"
                + "body.querySelectorAll('pre, code').forEach(function (e) { e.remove(); });"
                + "document.documentElement.appendChild(body); var text = body.innerText; body.remove(); return text;");
        return ThemeWords.shownIn(shown, lang);
    }

    /** Picks the options of a question in practice mode and checks them. */
    private void pickAndCheck(String question, String... letters) {
        for (String letter : letters) {
            find(question + " .mc-input[value=" + letter + "]").click();
        }
        find(question + " .mc-check").click();
    }

    @Test
    void japaneseMultipleChoiceIsCheckedInJapanese() {
        browser.get(Browser.url(japanese.resolve("consistency.html")));
        find("#practice-switch").click();
        String one = "#read-after-write";
        assertEquals("答えを 1 つ選んでください", find(one + " .mc-legend").getText());
        find(one + " .mc-check").click();
        assertEquals("選択肢を 1 つ選んでから、答え合わせをしてください。", find(one + " .mc-result").getText());
        pickAndCheck(one, "A");
        assertEquals("不正解です。選んだのは A、正解は B です。", find(one + " .mc-result").getText());
        assertEquals(List.of("✗ 不正解：この選択肢を選びました。", "✓ 正解の選択肢：選んでいませんでした。"), texts(one + " .mc-verdict"));
        String several = "#avoid-stale-reads";
        assertEquals("当てはまるものをすべて選んでください", find(several + " .mc-legend").getText());
        pickAndCheck(several, "A", "C");
        assertEquals("正解です。答えは A、C です。", find(several + " .mc-result").getText());
        assertEquals(List.of("✓ 正解：この選択肢を選びました。", "✓ 正解：この選択肢を選びました。"), texts(several + " .mc-verdict"));
        assertEquals(Set.of(), englishShown("ja"), "after the checks");

        browser.get(Browser.url(japanese.resolve("interview.html")) + "?category=consistency&count=4");
        find("#interview-start").click();
        for (int i = 0; i < 4; i++) {
            find("#interview-next").click();
        }
        assertEquals(List.of("未回答：正解は A、C です。", "未回答：正解は B です。"),
                texts(".interview-pick").stream().sorted().toList(), "the interview's result, nothing picked");
        assertEquals(Set.of(), englishShown("ja"), "the interview's result");
    }

    @Test
    void germanMultipleChoiceIsCheckedInGerman() {
        browser.get(Browser.url(germanQuiz.resolve("closures.html")));
        find("#practice-switch").click();
        String q = "#loop-closure-output";
        assertEquals("Wähle alle zutreffenden Antworten", find(q + " .mc-legend").getText());
        assertEquals("Prüfen", find(q + " .mc-check").getText());
        pickAndCheck(q, "A");
        assertEquals("Nicht richtig: Du hast A gewählt; die richtigen Antworten sind A und C.", find(q + " .mc-result").getText());
        assertEquals(List.of("✓ Richtig: Du hast sie gewählt.", "✓ Eine richtige Antwort: Du hast sie nicht gewählt."),
                texts(q + " .mc-verdict"));
        pickAndCheck("#closure-counter", "A");
        assertEquals("Richtig: Die richtige Antwort ist A.", find("#closure-counter .mc-result").getText());

        // The checks above were reviews: without them the deck starts with the question checked right.
        browser.executeScript("localStorage.clear()");
        browser.get(Browser.url(germanQuiz.resolve("flashcards.html")) + "?category=closures");
        find("#card-front .mc-input[value=B]").click();
        find("#card-front .mc-check").click();
        assertEquals("Nicht richtig: Du hast B gewählt; die richtige Antwort ist A.", find("#card-front .mc-result").getText());
        assertEquals("Diesmal nicht: Diese Karte kommt bald wieder.", find("#grade-prompt").getText());
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
                    browser.executeScript("localStorage.clear(); sessionStorage.clear()");
                    browser.get(Browser.url(japanese.resolve("consistency.html")));
                    find("#practice-switch").click();
                    pickAndCheck("#read-after-write", "A");
                    browser.executeScript("document.querySelector('#read-after-write .mc').scrollIntoView()");
                    Browser.screenshot(browser, "languages-ja-choices-" + width + "-" + scheme);
                    browser.executeScript("localStorage.clear(); sessionStorage.clear()");
                    browser.get(Browser.url(germanQuiz.resolve("closures.html")));
                    find("#practice-switch").click();
                    pickAndCheck("#loop-closure-output", "A");
                    browser.executeScript("document.querySelector('#loop-closure-output .mc').scrollIntoView()");
                    Browser.screenshot(browser, "languages-de-choices-" + width + "-" + scheme);
                }
            }
            assertTrue(Files.exists(Path.of("target/screenshots/languages-ja-storage-390-dark.png")));
        } finally {
            Browser.colorScheme(browser, "light");
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }
}
