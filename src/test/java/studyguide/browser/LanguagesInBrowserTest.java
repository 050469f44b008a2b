package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import studyguide.BuiltSites;
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

    @RegisterExtension
    static final BrowserSite browser = BrowserSite.of(Path.of("src/test/resources/guides/japanese")).clearingStorage();

    @TempDir
    static Path temp;

    static Path german;
    static Path germanQuiz;

    @BeforeAll
    static void buildInGerman() throws IOException {
        german = BuiltSites.of(inGerman(Cli.SMALL_GUIDE, "de-content")).root();
        germanQuiz = BuiltSites.of(inGerman(Path.of("src/test/resources/guides/quiz"), "quiz-de-content")).root();
    }

    /** A copy of a guide with {@code lang: de} added to its site.yaml. */
    private static Path inGerman(Path guide, String name) throws IOException {
        Path content = Cli.copy(guide, temp.resolve(name));
        Files.writeString(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml")) + "lang: de\n");
        return content;
    }

    @Test
    void japaneseStudyButtonsSayTheirWordsInJapanese() {
        browser.open("storage.html");
        browser.find("#practice-switch").click();
        WebElement show = browser.find("#partition-key .show-answer");
        assertEquals("答えを表示", show.getText());
        show.click();
        assertEquals("答えを隠す", show.getText());
        assertEquals("完璧に覚えた", browser.find("#partition-key .mark-known").getText(), "the guide's own word");
    }

    @Test
    void japaneseSearchCountsInJapanese() {
        browser.open("index.html");
        WebElement input = browser.find("#search-input");
        input.click();
        browser.waitForText("#search-status", "検索する語を入力するか、カテゴリ・レベル・タグを選んでください。");
        input.sendKeys("partition");
        browser.waitForText("#search-status", "2 件");
        input.sendKeys("zzzz");
        // Nothing matches: the closest questions, or none at all, said in Japanese either way.
        browser.waitUntil(d -> browser.find("#search-status").getText()
                .startsWith("これらの語に一致するものはありません。"));
    }

    @Test
    void germanHomePageFlashcardsAndInterviewCountInGerman() {
        browser.open(german.resolve("index.html"));
        browser.waitForText("#study-summary", "Du kannst 0 von 4 Fragen.");
        browser.open(german.resolve("storage.html"));
        browser.find("#practice-switch").click();
        assertEquals("Antwort zeigen", browser.find("#what-is-a-partition .show-answer").getText());
        browser.find("#what-is-a-partition .mark-known").click();
        browser.open(german.resolve("index.html"));
        browser.waitForText("#study-summary", "Du kannst 1 von 4 Fragen.");
        browser.open(german.resolve("flashcards.html"));
        browser.waitForText("#deck-status", "3 Karten zu lernen: 0 fällig, 3 neu; 1 noch nicht fällig.");
        browser.find("#card-reveal").click();
        browser.find("[data-grade=good]").click();
        assertTrue(browser.find("#card-meta").getText().endsWith(" · Karte 2 von 3"), browser.find("#card-meta").getText());
        browser.js("var t = new Date(Date.now() + 86400000), i = document.getElementById('interview-date');"
                + "i.value = t.getFullYear() + '-' + String(t.getMonth() + 1).padStart(2, '0') + '-' + String(t.getDate()).padStart(2, '0');"
                + "i.dispatchEvent(new Event('change'));");
        assertEquals("2 heute, noch 1 Tag.", browser.find("#deck-daily").getText(), "two new cards left of four, one day");
        browser.open(german.resolve("interview.html"));
        browser.waitForText("#interview-available", "4 Fragen passen; das Interview hat alle 4.");
    }

    /** The theme's English words in what the page shows now, leaving out the guide's own code. */
    private Set<String> englishShown(String lang) {
        String shown = (String) browser.js("var body = document.body.cloneNode(true);"
                + "body.querySelectorAll('pre, code').forEach(function (e) { e.remove(); });"
                + "document.documentElement.appendChild(body); var text = body.innerText; body.remove(); return text;");
        return ThemeWords.shownIn(shown, lang);
    }

    /** Picks the options of a question in practice mode and checks them. */
    private void pickAndCheck(String question, String... letters) {
        for (String letter : letters) {
            browser.find(question + " .mc-input[value=" + letter + "]").click();
        }
        browser.find(question + " .mc-check").click();
    }

    @Test
    void japaneseMultipleChoiceIsCheckedInJapanese() {
        browser.open("consistency.html");
        browser.find("#practice-switch").click();
        String one = "#read-after-write";
        assertEquals("答えを 1 つ選んでください", browser.find(one + " .mc-legend").getText());
        browser.find(one + " .mc-check").click();
        assertEquals("選択肢を 1 つ選んでから、答え合わせをしてください。", browser.find(one + " .mc-result").getText());
        pickAndCheck(one, "A");
        assertEquals("不正解です。選んだのは A、正解は B です。", browser.find(one + " .mc-result").getText());
        assertEquals(List.of("✗ 不正解：この選択肢を選びました。", "✓ 正解の選択肢：選んでいませんでした。"), browser.texts(one + " .mc-verdict"));
        String several = "#avoid-stale-reads";
        assertEquals("当てはまるものをすべて選んでください", browser.find(several + " .mc-legend").getText());
        pickAndCheck(several, "A", "C");
        assertEquals("正解です。答えは A、C です。", browser.find(several + " .mc-result").getText());
        assertEquals(List.of("✓ 正解：この選択肢を選びました。", "✓ 正解：この選択肢を選びました。"), browser.texts(several + " .mc-verdict"));
        assertEquals(Set.of(), englishShown("ja"), "after the checks");

        browser.open("interview.html?category=consistency&count=4");
        browser.find("#interview-start").click();
        for (int i = 0; i < 4; i++) {
            browser.find("#interview-next").click();
        }
        assertEquals(List.of("未回答：正解は A、C です。", "未回答：正解は B です。"),
                browser.texts(".interview-pick").stream().sorted().toList(), "the interview's result, nothing picked");
        assertEquals(Set.of(), englishShown("ja"), "the interview's result");
    }

    @Test
    void germanMultipleChoiceIsCheckedInGerman() {
        browser.open(germanQuiz.resolve("closures.html"));
        browser.find("#practice-switch").click();
        String q = "#loop-closure-output";
        assertEquals("Wähle alle zutreffenden Antworten", browser.find(q + " .mc-legend").getText());
        assertEquals("Prüfen", browser.find(q + " .mc-check").getText());
        pickAndCheck(q, "A");
        assertEquals("Nicht richtig: Du hast A gewählt; die richtigen Antworten sind A und C.", browser.find(q + " .mc-result").getText());
        assertEquals(List.of("✓ Richtig: Du hast sie gewählt.", "✓ Eine richtige Antwort: Du hast sie nicht gewählt."),
                browser.texts(q + " .mc-verdict"));
        pickAndCheck("#closure-counter", "A");
        assertEquals("Richtig: Die richtige Antwort ist A.", browser.find("#closure-counter .mc-result").getText());

        // The checks above were reviews: without them the deck starts with the question checked right.
        browser.js("localStorage.clear()");
        browser.openUrl(Browser.url(germanQuiz.resolve("flashcards.html")) + "?category=closures");
        browser.find("#card-front .mc-input[value=B]").click();
        browser.find("#card-front .mc-check").click();
        assertEquals("Nicht richtig: Du hast B gewählt; die richtige Antwort ist A.", browser.find("#card-front .mc-result").getText());
        assertEquals("Diesmal nicht: Diese Karte kommt bald wieder.", browser.find("#grade-prompt").getText());
    }

    @Test
    void screenshotsOfTheJapaneseGuide() {
        try {
            for (String scheme : new String[] {"light", "dark"}) {
                browser.colorScheme(scheme);
                for (int width : new int[] {1280, 390}) {
                    browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
                    browser.open("storage.html");
                    browser.screenshot("languages-ja-storage-" + width + "-" + scheme);
                    browser.open("index.html");
                    browser.js("window.scrollTo(0, document.body.scrollHeight)");
                    browser.screenshot("languages-ja-index-end-" + width + "-" + scheme);
                    browser.js("localStorage.clear(); sessionStorage.clear()");
                    browser.open("consistency.html");
                    browser.find("#practice-switch").click();
                    pickAndCheck("#read-after-write", "A");
                    browser.js("document.querySelector('#read-after-write .mc').scrollIntoView()");
                    browser.screenshot("languages-ja-choices-" + width + "-" + scheme);
                    browser.js("localStorage.clear(); sessionStorage.clear()");
                    browser.open(germanQuiz.resolve("closures.html"));
                    browser.find("#practice-switch").click();
                    pickAndCheck("#loop-closure-output", "A");
                    browser.js("document.querySelector('#loop-closure-output .mc').scrollIntoView()");
                    browser.screenshot("languages-de-choices-" + width + "-" + scheme);
                }
            }
            assertTrue(Files.exists(Path.of("target/screenshots/languages-ja-storage-390-dark.png")));
        } finally {
            browser.colorScheme("light");
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }
}
