package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import studyguide.BuiltSites;
import studyguide.Cli;
import studyguide.Slow;
import studyguide.bench.SyntheticGuide;

/**
 * The sidebar, the one-row header and its menu button, copy buttons and diagrams at phone width, and the
 * links that carry a query (flashcards and the mock interview of a category), on the small fixture guide,
 * the DynamoDB guide and a synthetic guide of 100 categories.
 */
@Slow.Browser
class NavigationInBrowserTest {

    private static final int PHONE = 390;
    private static final int DESKTOP = 1280;

    @RegisterExtension
    static final BrowserSite browser = BrowserSite.withoutSite();

    @TempDir
    static Path temp;

    static Path small;
    static Path wide;

    @BeforeAll
    static void build() throws IOException {
        small = BuiltSites.of(Cli.SMALL_GUIDE).root();
        SyntheticGuide.write(SyntheticGuide.Shape.WIDE, 200, temp.resolve("wide-guide"), SyntheticGuide.Answers.INLINE);
        wide = BuiltSites.of(temp.resolve("wide-guide/content")).root();
    }

    @AfterEach
    void desktopAgain() {
        browser.resetWindow();
        browser.colorScheme("light");
    }

    private static void width(int width) {
        browser.resize(width, 900);
    }

    private static void open(Path site, String page) {
        browser.openUrl(Browser.url(site.resolve("")) + page);
    }

    /** The site's name in a failure's message: its folder is "site" whichever guide it holds. */
    private static String name(Path site) {
        return site.equals(small) ? "small" : site.equals(wide) ? "wide" : "dynamodb";
    }

    private static WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    /** Presses Tab until the focus is on an element matching {@code css}; fails after {@code limit} presses. */
    private static void tabTo(String css, int limit) {
        for (int i = 0; i < limit; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            if ((Boolean) browser.js("return document.activeElement.matches(arguments[0])", css)) {
                return;
            }
        }
        throw new AssertionError("Tab did not reach " + css + "; focus is on " + focused().getAttribute("outerHTML"));
    }

    private static void press(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    /** The header's row holds its items side by side: none below another. */
    private static void headerIsOneRow(String where) {
        @SuppressWarnings("unchecked")
        List<Number> tops = (List<Number>) browser.js("return Array.from(document.querySelectorAll('.header-row > *'))"
                + ".filter(e => e.offsetParent !== null).map(e => e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2)");
        assertTrue(tops.size() >= 2, where + ": " + tops);
        double first = tops.get(0).doubleValue();
        for (Number top : tops) {
            assertTrue(Math.abs(top.doubleValue() - first) < 4, where + ": the header's items are on one row: " + tops);
        }
        Number height = (Number) browser.js("return document.querySelector('.site-header').getBoundingClientRect().height");
        assertTrue(height.doubleValue() < 64, where + ": the header is " + height + " px high");
    }

    private static void noHorizontalOverflow(String where) {
        Number scroll = (Number) browser.js("return document.documentElement.scrollWidth");
        Number client = (Number) browser.js("return document.documentElement.clientWidth");
        assertEquals(client.intValue(), scroll.intValue(), where + ": the page is wider than the window");
    }

    @Test
    void sidebarOnADesktopMarksTheCategoryAndListsItsQuestions() {
        open(small, "storage.html");
        assertTrue(browser.find("#sidebar").isDisplayed());
        assertFalse(browser.find("#menu-button").isDisplayed(), "no menu button where the sidebar is beside the page");
        assertEquals("Storage <basics>", browser.find("#sidebar a[aria-current=page]").getText());
        assertEquals("sticky", browser.js("return getComputedStyle(document.getElementById('sidebar')).position"));
        assertEquals(List.of("flashcards.html", "interview.html", "print/cheatsheet.html", "print/quiz.html",
                "print/cards.html", "my-answers.html"),
                browser.findAll("#sidebar-study + .sidebar-list a").stream().map(a -> a.getDomAttribute("href")).toList(),
                "every study tool and whole-guide sheet is one click away");
        List<String> questions = browser.findAll("#sidebar .sidebar-questions a").stream()
                .map(a -> a.getAttribute("href").replaceAll(".*/", "")).toList();
        List<String> onThePage = browser.findAll("main .question").stream()
                .map(q -> "storage.html#" + q.getAttribute("id")).toList();
        assertEquals(3, onThePage.size());
        assertEquals(onThePage, questions, "the category's questions, in the page's order");
        assertEquals(1, browser.findAll("#sidebar .sidebar-questions").size(),
                "only the current category lists its questions");

        // The keyboard goes from the header into the sidebar, and a question's link goes to the question.
        browser.js("document.querySelector('.skip-link').focus()");
        tabTo("#sidebar .sidebar-questions a[href$='#script-in-question']", 40);
        press(Keys.ENTER);
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("#script-in-question"));
        // The sidebar marks it on the hashchange event, which comes after the address has changed.
        assertEquals("location", browser.attributeOnceSettled("#sidebar a[href$='#script-in-question']", "aria-current",
                "location"), "the question in the address is the current place");
        open(small, "storage.html#what-is-a-partition");
        assertEquals("location", browser.find("#sidebar a[href$='#what-is-a-partition']").getAttribute("aria-current"));
        assertEquals(1, browser.findAll("#sidebar .sidebar-questions a[aria-current]").size());

        open(small, "index.html");
        assertTrue(browser.findAll("#sidebar a[aria-current]").isEmpty(), "the home page is no category");
        assertTrue(browser.findAll("#sidebar .sidebar-questions").isEmpty());
        open(small, "flashcards.html");
        assertEquals("Flashcards", browser.find("#sidebar a[aria-current=page]").getText());
    }

    @Test
    void menuOnAPhoneOpensWithTheKeyboardAndClosesWithEscape() {
        width(PHONE);
        open(small, "storage.html");
        WebElement button = browser.find("#menu-button");
        assertTrue(button.isDisplayed());
        assertFalse(browser.find("#sidebar").isDisplayed(), "closed until asked for");
        assertEquals("false", button.getAttribute("aria-expanded"));
        assertEquals("Menu", button.getAccessibleName());

        tabTo("#menu-button", 5);
        press(Keys.ENTER);
        assertEquals("true", button.getAttribute("aria-expanded"));
        assertTrue(browser.find("#sidebar").isDisplayed());
        assertEquals("Storage <basics>", browser.find("#sidebar a[aria-current=page]").getText());
        tabTo("#sidebar a", 10);
        press(Keys.ESCAPE);
        assertFalse(browser.find("#sidebar").isDisplayed(), "Escape closes the menu");
        assertEquals("false", button.getAttribute("aria-expanded"));
        assertEquals("menu-button", focused().getAttribute("id"), "and returns to its button");

        press(Keys.SPACE);
        assertTrue(browser.find("#sidebar").isDisplayed(), "Space opens it too");
        browser.find("#sidebar a[href$='queries.html']").click();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("queries.html"));
        assertFalse(browser.find("#sidebar").isDisplayed(), "a new page starts with the menu closed");
        headerIsOneRow("small, phone");
        noHorizontalOverflow("small, phone");
    }

    @Test
    void withoutJavaScriptTheSidebarIsPlainLinks() throws IOException {
        // The page as a browser without JavaScript reads it: no "js" class, so .needs-js is hidden and the sidebar open.
        var page = Jsoup.parse(small.resolve("storage.html").toFile(), "UTF-8");
        Element link = page.selectFirst("header a.menu-button.no-js");
        assertEquals("#sidebar", link.attr("href"), "the header's link goes to the sidebar");
        assertEquals("Menu", link.text());
        assertTrue(page.selectFirst("button#menu-button").hasClass("needs-js"));
        assertEquals("storage.html", page.selectFirst("#sidebar a[aria-current=page]").attr("href"));
        // A page one folder down gets every link with its prefix (question pages): none is absolute or bare.
        for (Element a : page.select("#sidebar a")) {
            assertFalse(a.attr("href").startsWith("/") || a.attr("href").startsWith("#"), a.outerHtml());
        }
        width(PHONE);
        browser.openUrl("about:blank");
        browser.colorScheme("light");
        open(small, "storage.html");
        browser.js("document.documentElement.classList.remove('js')");
        assertTrue(browser.find("#sidebar").isDisplayed(), "without the script's class the sidebar shows");
        assertTrue(browser.find("a.menu-button.no-js").isDisplayed());
        assertFalse(browser.find("#menu-button").isDisplayed());
    }

    @Test
    void aHundredCategoriesKeepTheHeaderOnOneRowAndThePageInTheWindow() {
        for (int width : List.of(DESKTOP, PHONE)) {
            width(width);
            for (String page : List.of("index.html", "topic090.html", "storage.html")) {
                open(wide, page);
                String where = page + " at " + width + " px";
                headerIsOneRow(where);
                noHorizontalOverflow(where);
                assertEquals(100, browser.findAll("#sidebar ol.sidebar-list > li").size(), where);
            }
        }
        // On a desktop the current category is scrolled into the sidebar's view, and the page is not scrolled.
        width(DESKTOP);
        open(wide, "topic090.html");
        WebElement current = browser.find("#sidebar a[aria-current=page]");
        assertEquals(0L, ((Number) browser.js("return window.scrollY")).longValue());
        assertTrue((Boolean) browser.js("var s = document.getElementById('sidebar').getBoundingClientRect(), c = arguments[0].getBoundingClientRect();"
                + "return c.top >= s.top && c.bottom <= s.bottom", current), "the current category is in view");
        width(PHONE);
        open(wide, "topic090.html");
        browser.find("#menu-button").click();
        assertTrue((Boolean) browser.js("var s = document.getElementById('sidebar'); return s.scrollHeight > s.clientHeight"),
                "the open menu scrolls on its own rather than push the page a hundred links down");
    }

    @Test
    void everyLinkWithAQueryOpensItsToolAndNotTheSearch() throws IOException {
        BuiltSites.Site dynamodb = BuiltSites.get("dynamodb");
        int checked = 0;
        for (Path site : List.of(small, dynamodb.root())) {
            TreeSet<String> targets = new TreeSet<>();
            for (Path page : BuiltSites.pages(site)) {
                for (Element a : Jsoup.parse(page.toFile(), "UTF-8").select("a[href*=?]")) {
                    String href = a.attr("href");
                    if (!href.startsWith("http")) {
                        targets.add(site.relativize(page.getParent()).resolve(href).normalize().toString().replace('\\', '/'));
                    }
                }
            }
            assertFalse(targets.isEmpty(), "every category links to its flashcards and mock interview");
            for (int width : List.of(DESKTOP, PHONE)) {
                width(width);
                for (String target : targets) {
                    String where = name(site) + "/" + target + " at " + width + " px";
                    open(site, target);
                    browser.waitUntil(d ->
                            !browser.find("#deck-status, #interview-available").getText().isEmpty());
                    assertFalse(browser.find("#search-panel").isDisplayed(), where + ": the search panel stays closed");
                    assertEquals("", browser.find("#search-input").getAttribute("value"), where);
                    assertTrue(browser.driver().getCurrentUrl().endsWith(target.substring(target.indexOf('?'))),
                            where + ": the tool's settings stay in the URL, " + browser.driver().getCurrentUrl());
                    // Nothing lies over the tool: its first button takes a click.
                    WebElement button = browser.findAll("main button").stream()
                            .filter(WebElement::isDisplayed).findFirst().orElseThrow();
                    assertTrue((Boolean) browser.js("var r = arguments[0].getBoundingClientRect();"
                            + "arguments[0].scrollIntoView({block: 'center'}); r = arguments[0].getBoundingClientRect();"
                            + "return arguments[0].contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2))", button),
                            where + ": " + button.getText() + " is covered");
                    checked++;
                }
            }
        }
        assertTrue(checked >= 4 * 2, "links checked: " + checked);

        // A search typed on the tool's page works, and leaves the tool's settings in the URL.
        open(small, "flashcards.html?category=storage");
        browser.find("#search-input").sendKeys("partition");
        browser.waitUntil(d -> browser.find("#search-panel").isDisplayed()
                && !browser.findAll("#search-results [role=option]").isEmpty());
        sleepPastTheUrlUpdate();
        assertTrue(browser.driver().getCurrentUrl().endsWith("flashcards.html?category=storage"), browser.driver().getCurrentUrl());
    }

    private static void sleepPastTheUrlUpdate() {
        try {
            Thread.sleep(600);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void copyButtonCopiesTheCodeAndSaysSo() {
        browser.driver().executeCdpCommand("Browser.grantPermissions",
                Map.of("permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        open(small, "storage.html");
        WebElement code = browser.find("#what-is-a-partition .snippet pre code");
        WebElement button = browser.find("#what-is-a-partition .snippet .copy-code");
        assertEquals("Copy", button.getAccessibleName());
        assertEquals("polite", browser.js("return document.getElementById('copy-status').getAttribute('role') === 'status' ? 'polite' : ''"));
        browser.js("arguments[0].focus()", button);
        press(Keys.ENTER);
        browser.waitUntil(d -> browser.find("#copy-status").getText().length() > 0
                || !((String) browser.js("return document.getElementById('copy-status').textContent")).isEmpty());
        assertEquals("Copied to the clipboard", browser.js("return document.getElementById('copy-status').textContent"));
        Object clipboard = browser.driver().executeAsyncScript("var done = arguments[0]; navigator.clipboard.readText().then(done, e => done('error: ' + e))");
        assertEquals(code.getAttribute("textContent"), clipboard, "the code as text, without the highlighting");
        assertEquals(browser.findAll("main pre > code").size(),
                browser.findAll("main .copy-code").size(), "a button on every code block");
    }

    @Test
    void diagramsOnAPhoneKeepTheirTextReadableAndScrollByKeyboard() {
        BuiltSites.Site dynamodb = BuiltSites.get("dynamodb");
        width(PHONE);
        List<String> small = new ArrayList<>();
        int diagrams = 0;
        boolean scrolled = false;
        for (Path page : dynamodb.pages()) {
            open(dynamodb.root(), dynamodb.root().relativize(page).toString().replace('\\', '/'));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> found = (List<Map<String, Object>>) browser.js("""
                    return Array.from(document.querySelectorAll('main .diagram-image > svg')).map(svg => {
                      var box = svg.viewBox.baseVal, scale = svg.getBoundingClientRect().width / (box && box.width || svg.width.baseVal.value);
                      var sizes = Array.from(svg.querySelectorAll('text')).map(t => parseFloat(getComputedStyle(t).fontSize) * scale);
                      return {smallest: Math.min.apply(null, sizes), label: svg.parentNode.getAttribute('aria-label'),
                              wide: svg.parentNode.scrollWidth > svg.parentNode.clientWidth, tabindex: svg.parentNode.getAttribute('tabindex')};
                    })""");
            for (Map<String, Object> d : found) {
                diagrams++;
                if (((Number) d.get("smallest")).doubleValue() < 8.99) {
                    small.add(page.getFileName() + ": " + d.get("label") + " has text of " + d.get("smallest") + " px");
                }
                assertEquals("0", d.get("tabindex"), "a diagram that scrolls is reached by keyboard");
            }
            if (!scrolled && found.stream().anyMatch(d -> Boolean.TRUE.equals(d.get("wide")))) {
                WebElement box = browser.findAll("main .diagram-image").stream()
                        .filter(e -> (Boolean) browser.js("return arguments[0].scrollWidth > arguments[0].clientWidth", e)).findFirst().orElseThrow();
                browser.js("arguments[0].focus()", box);
                press(Keys.ARROW_RIGHT);
                new WebDriverWait(browser.driver(), Duration.ofSeconds(2)).until(d -> ((Number) browser.js("return arguments[0].scrollLeft", box)).doubleValue() > 0);
                noHorizontalOverflow(page.getFileName().toString());
                scrolled = true;
            }
        }
        assertTrue(diagrams >= 10, "diagrams seen: " + diagrams);
        assertTrue(scrolled, "some diagram is wider than a phone");
        assertEquals(List.of(), small);
    }

    @Test
    void axeFindsNothingWithTheMenuOpen() {
        Axe.requireInstalled();
        width(PHONE);
        List<String> found = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            browser.colorScheme(scheme);
            for (Path site : List.of(small, wide)) {
                open(site, site == small ? "storage.html" : "topic090.html");
                browser.find("#menu-button").click();
                Axe.violations(browser.driver()).forEach(v -> found.add(name(site) + " " + scheme + ": " + v));
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void screenshots() {
        BuiltSites.Site dynamodb = BuiltSites.get("dynamodb");
        for (int width : List.of(DESKTOP, PHONE)) {
            for (String scheme : List.of("light", "dark")) {
                width(width);
                browser.colorScheme(scheme);
                String suffix = width + "-" + scheme;
                open(dynamodb.root(), "index.html");
                browser.screenshot("navigation-dynamodb-home-" + suffix);
                open(dynamodb.root(), "gsi.html");
                browser.screenshot("navigation-dynamodb-category-" + suffix);
                open(wide, "index.html");
                browser.screenshot("navigation-wide-home-" + suffix);
                open(wide, "topic090.html");
                browser.screenshot("navigation-wide-category-" + suffix);
                if (width == PHONE) {
                    browser.find("#menu-button").click();
                    browser.screenshot("navigation-wide-menu-" + suffix);
                    open(dynamodb.root(), "capacity.html");
                    browser.js("document.querySelector('main .diagram-image').scrollIntoView({block: 'center'})");
                    browser.screenshot("navigation-dynamodb-diagram-" + suffix);
                }
            }
        }
    }
}
