package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import studyguide.Slow;

/**
 * A guide in English and German (translation_of) opened from disk: the language switcher on the home page, a
 * category page and a question page goes to the same page in the other language, to the same question where
 * it is filed elsewhere, else to the other guide's home page; each language has its own words. At a phone's
 * and a desktop's width, light and dark.
 */
@Slow.Browser
class TranslationsInBrowserTest {

    static final Path BILINGUAL = Path.of("src/test/resources/guides/bilingual");

    @RegisterExtension
    static final BrowserSite browser = BrowserSite.of(BILINGUAL).clearingStorage();

    @AfterEach
    void desktopLight() {
        browser.resetWindow();
        browser.colorScheme("light");
    }

    /** Follows the switcher's one link from {@code page} and returns the address reached, from the site's root. */
    private static String switchFrom(String page, String language) {
        browser.open(page);
        assertEquals(List.of(language), browser.texts(".languages a"));
        String before = browser.driver().getCurrentUrl();
        browser.find(".languages a").click();
        browser.waitUntil(d -> !d.getCurrentUrl().equals(before));
        String url = browser.driver().getCurrentUrl();
        return url.substring(url.indexOf("/networking"));
    }

    @Test
    void theSwitcherGoesToTheSamePageInTheOtherLanguage() {
        assertEquals("/networking/index.html", switchFrom("networking-de/index.html", "English"));
        assertEquals("/networking-de/tcp.html", switchFrom("networking/tcp.html", "Deutsch"));
        assertEquals("/networking/tcp/three-way-handshake.html",
                switchFrom("networking-de/tcp/three-way-handshake.html", "English"));
        assertEquals("/networking-de/tcp/three-way-handshake.html",
                switchFrom("networking/tcp/three-way-handshake.html", "Deutsch"));
        assertEquals("Was ist der Drei-Wege-Handschlag?", browser.find("h1").getText());
    }

    @Test
    void aQuestionFiledElsewhereIsFoundByItsIdAndAMissingPageLeadsHome() {
        assertEquals("/networking-de/namen/what-is-a-resolver.html", switchFrom("networking/dns/what-is-a-resolver.html", "Deutsch"));
        assertEquals("/networking-de/index.html", switchFrom("networking/tcp/slow-start.html", "Deutsch"));
        assertEquals("/networking-de/index.html", switchFrom("networking/dns.html", "Deutsch"));
    }

    @Test
    void eachLanguageHasItsWordsAndTheHeadNamesTheOther() {
        browser.open("networking-de/tcp.html");
        assertEquals("de", browser.find("html").getAttribute("lang"));
        assertEquals("en", browser.find(".languages a").getAttribute("lang"), "the link is in its own language");
        assertEquals("Andere Sprachen", browser.find(".languages").getAttribute("aria-label"));
        assertEquals(List.of("en", "de"), browser.findAll("link[rel=alternate][hreflang]").stream()
                .map(l -> l.getAttribute("hreflang")).toList());
        assertTrue(browser.find("link[hreflang=en]").getAttribute("href").endsWith("/networking/tcp.html"));
        browser.open("networking/tcp.html");
        assertEquals("en", browser.find("html").getAttribute("lang"));
        assertEquals("Other languages", browser.find(".languages").getAttribute("aria-label"));
    }

    @Test
    void screenshotsWithTheHeaderOnOneRow() {
        for (String scheme : List.of("light", "dark")) {
            browser.colorScheme(scheme);
            for (int width : List.of(1280, 390)) {
                browser.resize(width, width == 390 ? 844 : 900);
                browser.open("networking-de/tcp/three-way-handshake.html");
                assertTrue(browser.find(".site-header").getSize().getHeight() < 64, "the header is one row at " + width);
                assertEquals(true, browser.js("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
                        "nothing is wider than the window at " + width);
                browser.screenshot("translation-" + width + "-" + scheme);
            }
        }
    }
}
