package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import studyguide.Slow;

/**
 * Search finds what people mean, typed into the box of the CJK fixture guide (Chinese and Japanese
 * questions, and a page with an English section): words inside CJK sentences, stems, British spellings,
 * glued and split words, two typos, pages' sections, and a useful empty state.
 */
@Slow.Browser
class SearchRelevanceInBrowserTest {

    @RegisterExtension
    static final BrowserSite browser = BrowserSite.of(Path.of("src/test/resources/guides/cjk")).window(1280, 900);

    @BeforeEach
    void home() {
        browser.open("index.html");
    }

    private WebElement input() {
        return browser.find("#search-input");
    }

    private void type(String text) {
        input().click();
        input().clear();
        input().sendKeys(text);
    }

    private List<String> results() {
        return browser.texts("#search-results .search-result-question");
    }

    private String first() {
        List<String> r = results();
        return r.isEmpty() ? "(none)" : r.get(0);
    }

    private String status() {
        return browser.find("#search-status").getText();
    }

    @Test
    void findsAChineseWordInsideASentence() {
        type("NoSQL数据库");
        assertEquals("DynamoDB 是什么样的NoSQL数据库？", first());
        type("分区键");
        assertTrue(results().contains("如何选择分区键？"), results().toString());
        type("指数退避");
        assertEquals("请求被限流时应该怎么办？", first(), "a word of a key point");
    }

    @Test
    void findsAJapaneseWordInsideASentence() {
        type("ホットパーティション");
        assertEquals("ホットパーティションをどう防ぎますか？", first());
        type("テーブル全体");
        assertEquals("クエリとスキャンの違いは何ですか？", first());
    }

    @Test
    void findsAPagesSectionAndOpensItAtItsHeading() {
        type("400 KB");
        assertEquals("数字", first());
        String meta = browser.find("#search-results .search-result-meta").getText();
        assertEquals("Page: 学习笔记", meta);
        browser.find("#search-results [role=option] .search-result-question").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("notes.html#数字")
                || d.getCurrentUrl().endsWith("notes.html#%E6%95%B0%E5%AD%97"));
    }

    @Test
    void findsOtherFormsOfAWord() {
        type("calculating");
        assertEquals("Capacity, in English", first(), "the text says calculation");
        type("adjust");
        assertEquals("Capacity, in English", first(), "the text says adjusts");
    }

    @Test
    void findsBritishAndAmericanSpellingsAlike() {
        type("practice");
        assertEquals("Capacity, in English", first(), "the text says practise");
    }

    @Test
    void findsGluedAndSplitWords() {
        type("ondemand");
        assertEquals("Capacity, in English", first(), "the text says on-demand");
        type("auto scaling");
        assertEquals("Capacity, in English", first());
        type("autoscaling");
        assertEquals("Capacity, in English", first());
    }

    @Test
    void forgivesTwoTyposInALongWord() {
        type("provisonned");
        assertEquals("Capacity, in English", first(), "one letter missing and one extra");
    }

    @Test
    void aWordThatMatchesNothingLowersTheScoreInsteadOfEmptyingTheList() {
        type("calculation zebra");
        assertEquals("Capacity, in English", first());
    }

    @Test
    void anEmptyResultOffersTheClosestWordAndItsQuestions() {
        // Three letters allow no typo in a search; the suggestion allows one.
        type("tdl");
        assertEquals("生存时间（TTL）如何删除过期数据？", first(), "no match, but the closest");
        assertEquals("Nothing matches these words. The closest questions:", status());
        WebElement suggested = browser.find("#search-suggested");
        assertTrue(suggested.isDisplayed());
        assertEquals("ttl", suggested.getText());
        suggested.click();
        assertEquals("ttl", input().getAttribute("value"));
        assertFalse(browser.find("#search-suggestion").isDisplayed(), "the suggestion, taken, goes");
        assertEquals("生存时间（TTL）如何删除过期数据？", first());

        type("xyzzyq");
        assertEquals(List.of(), results());
        assertEquals("Nothing matches these words. Try fewer or other words.", status());
    }

    @Test
    void screenshotsOfAPageResultAndTheEmptyState() {
        for (String scheme : List.of("light", "dark")) {
            browser.colorScheme(scheme);
            for (int width : new int[] {1280, 390}) {
                browser.driver().manage().window().setSize(new Dimension(width, 900));
                browser.open("index.html");
                type("capacity");
                browser.screenshot("search-relevance-results-" + width + "-" + scheme);
                type("tdl");
                browser.screenshot("search-relevance-empty-" + width + "-" + scheme);
            }
        }
        browser.colorScheme("light");
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }
}
