package studyguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import studyguide.BuiltSites;
import studyguide.Slow;
import studyguide.browser.Axe;
import studyguide.browser.Browser;
import studyguide.browser.BrowserSite;

/**
 * Every page of every built site (of the question pages, one per category) is accessible: axe-core finds no
 * violation (WCAG 2.2 A and AA, colour contrast included, and best practices) on a desktop in light and dark
 * mode and on a phone, also with search results open where a page has a search box; and the keyboard
 * alone reaches everything that can be focused, each with a visible focus indicator.
 */
@Slow.Browser
class AccessibilityTest {

    /** Window sizes and colour schemes the pages are checked in. */
    private record Setting(String name, int width, int height, String scheme) {
    }

    private static final List<Setting> SETTINGS = List.of(new Setting("desktop, light", 1280, 900, "light"),
            new Setting("desktop, dark", 1280, 900, "dark"), new Setting("phone, light", 390, 844, "light"));

    @RegisterExtension
    static final BrowserSite browser = BrowserSite.withoutSite().withAxe();

    private static void use(Setting setting) {
        browser.driver().manage().window().setSize(new Dimension(setting.width(), setting.height()));
        browser.colorScheme(setting.scheme());
    }

    /**
     * Every page of the site, but of each category's question pages only the first: a question page shows
     * the HTML its category page shows, checked there, in the frame all question pages share (breadcrumbs,
     * previous and next), and each of them in three settings made this the longest test of the build.
     */
    private static List<Path> pagesToCheck(BuiltSites.Site site) {
        Set<Path> folders = new HashSet<>();
        return site.pages().stream().filter(page -> {
            Path folder = page.getParent();
            boolean questionPage = !folder.equals(site.root()) && folder.getParent().equals(site.root())
                    && Files.isRegularFile(site.root().resolve(folder.getFileName() + ".html"));
            return !questionPage || folders.add(folder);
        }).toList();
    }

    @TestFactory
    Stream<DynamicTest> axeFindsNoViolationOnAnyPage() {
        return SETTINGS.stream().flatMap(setting -> BuiltSites.fromDisk().stream().map(site ->
                DynamicTest.dynamicTest(site.name() + " (" + setting.name() + ")", () -> {
                    List<Path> pages = pagesToCheck(site);
                    assertFalse(pages.isEmpty());
                    use(setting);
                    List<String> found = new ArrayList<>();
                    for (Path page : pages) {
                        browser.open(page);
                        for (String violation : Axe.violations(browser.driver())) {
                            found.add(site.root().relativize(page) + ": " + violation);
                        }
                        // A page with a search box is checked again with its results open.
                        WebElement search = browser.findAll("input[type=search], input[role=combobox]").stream()
                                .filter(WebElement::isDisplayed).findFirst().orElse(null);
                        if (search != null) {
                            search.sendKeys(site.searchWord());
                            browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1]; setTimeout(done, 300);");
                            for (String violation : Axe.violations(browser.driver())) {
                                found.add(site.root().relativize(page) + " searching '" + site.searchWord() + "': " + violation);
                            }
                        }
                    }
                    assertEquals(List.of(), found, () -> site + " (" + setting.name() + "):\n" + String.join("\n", found));
                })));
    }

    /**
     * The states a person reaches by clicking, on the DynamoDB guide in light and dark mode: practice
     * mode with answers hidden, one answer shown again, a revealed flashcard, a mock interview under
     * way, a note written, found by the search box and on the page of notes; on the quiz guide, options picked and checked on a page, a flashcard and in the interview. The page checks above see only the state a page loads in.
     */
    @TestFactory
    Stream<DynamicTest> axeFindsNoViolationInTheStatesReachedByClicking() {
        BuiltSites.Site site = BuiltSites.get("dynamodb");
        return SETTINGS.stream().filter(s -> s.width() > 1000).map(setting -> DynamicTest.dynamicTest(setting.name(), () -> {
            use(setting);
            List<String> found = new ArrayList<>();
            try {
                browser.open(site.root().resolve("gsi.html"));
                click("#practice-switch");
                check("gsi.html in practice mode", found);
                click(".show-answer");
                check("gsi.html in practice mode, one answer shown", found);

                browser.open(site.root().resolve("flashcards.html"));
                click("#card-reveal");
                check("flashcards.html with a card revealed", found);

                browser.open(site.root().resolve("interview.html"));
                click("#interview-start");
                check("interview.html under way", found);

                // The reader's notes: written under the questions, found by the search box, and collected.
                browser.open(site.root().resolve("gsi.html"));
                browser.js("localStorage.removeItem('studyguide:' + document.documentElement.getAttribute('data-guide') + ':mode');"
                        + "studyguideNotes.set('gsi-vs-lsi', 'Our **ByStatus** index:\\n- throttled on sale day');");
                browser.driver().navigate().refresh();
                check("gsi.html with a note", found);
                browser.find("#search-input").sendKeys("bystatus");
                browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1]; setTimeout(done, 300);");
                check("gsi.html, a note found by the search box", found);
                browser.open(site.root().resolve("my-answers.html"));
                check("my-answers.html with a note", found);

                // Options picked and checked, wrong (the marks, explanations and result of a check).
                Path quiz = BuiltSites.get("quiz").root();
                browser.open(quiz.resolve("closures.html"));
                click("#practice-switch");
                click("#closure-counter .mc-input[value=B]");
                click("#closure-counter .mc-check");
                check("quiz closures.html, a wrong pick checked", found);
                browser.open(quiz.resolve("flashcards.html"));
                click("#card-front .mc-input");
                click("#card-front .mc-check");
                check("quiz flashcards.html, a pick checked", found);
                browser.openUrl(Browser.url(quiz.resolve("interview.html")) + "?category=async");
                click("#interview-start");
                click("#interview-front .mc-input");
                click("#interview-front .mc-check");
                check("quiz interview.html, a pick checked", found);
            } finally {
                browser.js("window.localStorage.clear()");
            }
            assertEquals(List.of(), found, () -> setting.name() + ":\n" + String.join("\n", found));
        }));
    }

    private static void click(String selector) {
        WebElement element = browser.findAll(selector).stream()
                .filter(WebElement::isDisplayed).findFirst()
                .orElseThrow(() -> new AssertionError("nothing visible matches " + selector));
        element.click();
        browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1]; setTimeout(done, 200);");
    }

    private static void check(String state, List<String> found) {
        for (String violation : Axe.violations(browser.driver())) {
            found.add(state + ": " + violation);
        }
    }

    /**
     * Tab from the top of each page: the skip link comes first and shows itself, the keyboard reaches
     * every focusable element in document order, and each shows a focus outline.
     */
    @TestFactory
    Stream<DynamicTest> keyboardReachesEverythingWithVisibleFocus() {
        return BuiltSites.fromDisk().stream().map(site -> DynamicTest.dynamicTest(site.name(), () -> {
            use(SETTINGS.get(0));
            List<String> found = new ArrayList<>();
            for (Path page : site.pages()) {
                browser.open(page);
                for (String problem : keyboardProblems()) {
                    found.add(site.root().relativize(page) + ": " + problem);
                }
            }
            assertEquals(List.of(), found, () -> site + ":\n" + String.join("\n", found));
        }));
    }

    /** Tabs through the open page, recording each focused element as it gets focus. */
    @SuppressWarnings("unchecked")
    private static List<String> keyboardProblems() {
        // What a keyboard user can reach, in document order: focusable, not disabled, not hidden, not
        // taken out of the order. Elements are compared by identity: scripts may change their classes. A
        // group of radio buttons is one stop (its checked one, or its first); the arrow keys move within it.
        long count = (Long) browser.js("""
                const selector = 'a[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable=""], [contenteditable=true], audio[controls], video[controls]';
                const reachable = el => !el.disabled && el.tabIndex >= 0 && el.getClientRects().length > 0
                    && getComputedStyle(el).visibility !== 'hidden' && !el.closest('[inert]');
                const radioStop = el => {
                  const group = [...document.querySelectorAll('input[type=radio]')]
                      .filter(r => r.name === el.name && r.form === el.form && reachable(r));
                  return group.find(r => r.checked) || group[0];
                };
                window.tabbable = [...document.querySelectorAll(selector)]
                  .filter(el => reachable(el) && (el.type !== 'radio' || !el.name || el === radioStop(el)));
                window.describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                    + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
                    + (el.getAttribute('href') ? '[href="' + el.getAttribute('href') + '"]' : '');
                window.focusLog = [];
                document.addEventListener('focusin', e => {
                  const el = e.target, s = getComputedStyle(el), r = el.getBoundingClientRect();
                  // A date input is a Tab stop per field (month, day, year): one element, one entry.
                  const last = window.focusLog[window.focusLog.length - 1];
                  if (last && last.el === el) {
                    return;
                  }
                  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
                  const ring = s.boxShadow && s.boxShadow !== 'none';
                  const inView = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0
                      && r.top < innerHeight && r.left < innerWidth;
                  window.focusLog.push({el: el, index: window.tabbable.indexOf(el), name: describe(el),
                      indicator: outline || ring, inView: inView});
                });
                return window.tabbable.length + 2 * window.tabbable.filter(el => el.type === 'date').length;
                """);
        Actions tabs = new Actions(browser.driver());
        for (int i = 0; i < count + 1; i++) {
            tabs.sendKeys(Keys.TAB);
        }
        tabs.perform();
        List<Map<String, Object>> log = (List<Map<String, Object>>) browser.js(
                "return window.focusLog.map(f => ({index: f.index, name: f.name, indicator: f.indicator, inView: f.inView}));");
        count = (Long) browser.js("return window.tabbable.length;");
        List<String> problems = new ArrayList<>();
        if (log.isEmpty() || !((String) log.get(0).get("name")).contains("skip-link")) {
            problems.add("the first Tab does not focus the skip link, but " + (log.isEmpty() ? "nothing" : log.get(0).get("name")));
        }
        for (int i = 0; i < count; i++) {
            long index = i < log.size() ? (Long) log.get(i).get("index") : -2;
            if (index != i) {
                problems.add("Tab order differs from document order at Tab " + (i + 1) + ": expected "
                        + browser.js("return describe(window.tabbable[arguments[0]]);", i) + ", got "
                        + (i < log.size() ? log.get(i).get("name") : "nothing"));
                break;
            }
        }
        for (Map<String, Object> focus : log) {
            if (!Boolean.TRUE.equals(focus.get("indicator"))) {
                problems.add("no visible focus indicator on " + focus.get("name"));
            }
            if (!Boolean.TRUE.equals(focus.get("inView"))) {
                problems.add("focused but not in view: " + focus.get("name"));
            }
        }
        return problems;
    }

    /** The gate can fail: axe finds low contrast, a missing alternative text and an unnamed link. */
    @Test
    void axeReportsViolations(@TempDir Path temp) throws Exception {
        Path page = temp.resolve("bad.html");
        Files.writeString(page, "<!DOCTYPE html><html lang=en><head><title>t</title></head><body><main>"
                + "<h1>t</h1><p style=\"color:#aaa;background:#fff\">faint</p><img src=\"x.png\"><a href=\"#\"></a></main></body></html>");
        use(SETTINGS.get(0));
        browser.open(page);
        List<String> rules = Axe.violations(browser.driver()).stream().map(v -> v.substring(0, v.indexOf(' '))).sorted().toList();
        assertEquals(List.of("color-contrast", "image-alt", "link-name"), rules);
    }

    /** The gate can fail: the keyboard check finds a missing skip link, a jump in the order and a hidden outline. */
    @Test
    void keyboardCheckReportsProblems(@TempDir Path temp) throws Exception {
        Path page = temp.resolve("bad.html");
        Files.writeString(page, "<!DOCTYPE html><html lang=en><head><title>t</title><style>#x:focus{outline:none}</style></head>"
                + "<body><main><a href=\"#x\" id=x>first</a><a href=\"#y\" id=y tabindex=\"1\">jumps the queue</a></main></body></html>");
        use(SETTINGS.get(0));
        browser.open(page);
        List<String> problems = keyboardProblems();
        assertEquals(3, problems.size(), problems::toString);
        assertEquals("the first Tab does not focus the skip link, but a#y[href=\"#y\"]", problems.get(0));
        assertEquals("Tab order differs from document order at Tab 1: expected a#x[href=\"#x\"], got a#y[href=\"#y\"]",
                problems.get(1));
        assertEquals("no visible focus indicator on a#x[href=\"#x\"]", problems.get(2));
    }
}
