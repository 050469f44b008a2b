package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import studyguide.Cli;
import studyguide.Slow;

/**
 * The polyglot guide in Chromium: code in every language it names is highlighted, titles show their code
 * and emphasis in search results and on flashcards, and a guide without levels shows no level control and
 * names none in its hints.
 */
@Slow.Browser
class PolyglotInBrowserTest {

    @RegisterExtension
    static final BrowserSite browser = BrowserSite.of(Cli.POLYGLOT_GUIDE).window(1280, 900);

    /** The number of Prism tokens in the code blocks of a selector, once highlighting has run. */
    private long tokens(String codeBlocks) {
        try {
            browser.waitUntil(d -> !d.findElements(By.cssSelector(codeBlocks + " .token")).isEmpty());
        } catch (TimeoutException e) {
            return 0; // the assertion names the block
        }
        return browser.findAll(codeBlocks + " .token").size();
    }

    private void waitForText(String id, String text) {
        browser.waitUntil(d -> text.equals(d.findElement(By.id(id)).getText()));
    }

    @Test
    void codeInEveryLanguageTheGuideNamesIsHighlighted() {
        browser.open("frontend.html");
        assertTrue(tokens("#typed-props code.language-tsx") > 10, "tsx");
        assertTrue(tokens("#use-state-pair code.language-jsx") > 5, "jsx");
        assertTrue(tokens("#swift-optionals figure.snippet code") > 3, "a swift snippet");
        browser.open("systems.html");
        assertTrue(tokens("#kotlin-data-class code.language-kotlin") > 5, "kotlin");
        assertTrue(tokens("#rust-ownership code.language-rust") > 5, "rust");
        for (String language : List.of("cpp", "golang", "tsql", "tf")) {
            assertTrue(tokens("#many-languages code.language-" + language) > 0, language);
        }
        assertTrue(browser.findAll("code.language-kotln .token").isEmpty(), "an unknown language stays text");
    }

    @Test
    void noLevelControlIsShownAnywhere() {
        browser.open("index.html");
        browser.find("#search-input").click();
        waitForText("search-status", "Type words to search, or choose a category or tag.");
        browser.find("#search-input").sendKeys("usestate");
        browser.waitUntil(d -> !d.findElements(By.cssSelector(".search-result")).isEmpty());
        assertFalse(browser.find("#search-level").isDisplayed(), "no level filter in search");
        assertTrue(browser.find("#search-category").isDisplayed());
        WebElement result = browser.find(".search-result-question");
        assertEquals("Why does useState return a pair?", result.getText());
        assertEquals("useState", result.findElement(By.cssSelector("code")).getText(), "the title's code span, in results too");
        assertTrue(browser.findAll(".level").stream().noneMatch(WebElement::isDisplayed));

        browser.open("flashcards.html");
        browser.waitUntil(d -> d.findElement(By.id("card")).isDisplayed());
        assertFalse(browser.find("select[name=level]").isDisplayed(), "no level filter on flashcards");
        browser.open("interview.html");
        browser.waitUntil(d -> d.findElement(By.id("interview-start")).isDisplayed());
        assertFalse(browser.find("#interview-levels").isDisplayed(), "no level picker in the interview");
        browser.findAll("#interview-categories input:checked").forEach(WebElement::click);
        waitForText("interview-available", "No questions match: choose at least one category.");
        browser.open("frontend.html");
        assertTrue(browser.findAll(".toc-level, .level").stream().noneMatch(WebElement::isDisplayed));
    }

    @Test
    void categoryPageOnADesktopAndAPhoneInLightAndDark() {
        for (int width : new int[] {1280, 390}) {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
            for (String scheme : List.of("light", "dark")) {
                browser.colorScheme(scheme);
                browser.open("frontend.html");
                tokens("#typed-props code.language-tsx");
                Number scroll = (Number) browser.js("return document.documentElement.scrollWidth");
                assertTrue(scroll.intValue() <= width, "nothing wider than the window at " + width);
                browser.screenshot("polyglot-category-" + width + "-" + scheme);
                browser.js("document.getElementById('typed-props').scrollIntoView()");
                browser.screenshot("polyglot-category-" + width + "-" + scheme + "-code");
            }
        }
        browser.colorScheme("light");
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }
}
