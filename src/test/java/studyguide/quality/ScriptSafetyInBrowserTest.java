package studyguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import studyguide.BuiltSites;
import studyguide.Slow;
import studyguide.browser.BrowserSite;

/**
 * Text from a guide never runs as script, in headless Chromium: on every page of the hostile fixture guide
 * (see {@link ScriptSafetyTest}), {@code window.studyguideXss} stays undefined after the page has loaded
 * and, where a page has a search box, after searching.
 */
@Slow.Browser
class ScriptSafetyInBrowserTest {

    private static final String MARKER = ScriptSafetyTest.MARKER;

    @RegisterExtension
    static final BrowserSite browser = BrowserSite.withoutSite();

    @Test
    void noPayloadRunsInTheBrowserOnAnyPage() {
        BuiltSites.Site site = BuiltSites.get("hostile");
        List<Path> pages = site.pages();
        assertFalse(pages.isEmpty());
        List<String> ran = new ArrayList<>();
        for (Path page : pages) {
            browser.open(page);
            settle();
            report(ran, site.root().relativize(page).toString());
            // The browser's own reading of every address: a.protocol is lower-cased, tabs and spaces dropped.
            Object scriptLinks = browser.js("return [...document.querySelectorAll('a[href], area[href]')]"
                    + ".filter(a => !['http:', 'https:', 'mailto:', 'file:'].includes(a.protocol)).map(a => a.href);");
            if (!List.of().equals(scriptLinks)) {
                ran.add(site.root().relativize(page) + ": links that are not http, https, mailto or relative: " + scriptLinks);
            }
            WebElement search = browser.findAll("input[type=search], input[role=combobox]").stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null);
            if (search != null) {
                search.sendKeys(site.searchWord());
                settle();
                report(ran, site.root().relativize(page) + " after searching '" + site.searchWord() + "'");
            }
        }
        assertEquals(List.of(), ran);
    }

    /** The browser check can fail: a payload inserted as HTML on a built page does run from file://. */
    @Test
    void theBrowserCheckSeesAPayloadThatRuns() {
        BuiltSites.Site site = BuiltSites.get("hostile");
        browser.open(site.root().resolve("index.html"));
        browser.js("document.querySelector('main').insertAdjacentHTML('beforeend', arguments[0]);",
                "<img src=x onerror=\"window." + MARKER + "='control'\">");
        settle();
        assertEquals("control", browser.js("return window." + MARKER + ";"));
    }

    /** Lets image error events and deferred scripts run. */
    private static void settle() {
        browser.waitForLoad();
        browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1]; setTimeout(done, 300);");
    }

    private static void report(List<String> ran, String where) {
        Object value = browser.js("return window." + MARKER + ";");
        if (value != null) {
            ran.add(where + ": the payload from the " + value + " ran");
            browser.js("delete window." + MARKER + ";");
        }
    }
}
