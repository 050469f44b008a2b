package studyguide.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import studyguide.BuiltSites;
import studyguide.Cli;
import studyguide.SkipWhenSetUpAborted;

/**
 * The set-up of a browser test class: a fixture guide built (once per test run, shared through
 * {@link BuiltSites}) and a headless Chromium opened for the class, quit after it. A class declares it:
 *
 * <pre>{@code
 * @Slow.Browser
 * class FlashcardsInBrowserTest {
 *     @RegisterExtension
 *     static final BrowserSite browser = BrowserSite.of(Cli.SMALL_GUIDE).window(1000, 900).clearingStorage();
 *
 *     @Test
 *     void ...() {
 *         browser.open("flashcards.html");
 *         browser.find("#card-reveal").click();
 *     }
 * }
 * }</pre>
 *
 * <p>Without Chromium (or axe-core, for {@link #withAxe()}) every test of the class is reported as skipped
 * with the reason, and nothing is built; with {@code STUDYGUIDE_REQUIRE_BROWSER=1} the class fails instead.
 * The class's own {@code @BeforeAll} methods run after the browser has started, and are skipped with it.
 *
 * <p>The configuration methods return a new fixture, so the field is set once and never changes.
 */
public final class BrowserSite implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    /** The papers {@link #printToPdf} knows. */
    public static final List<String> PAPERS = List.of("a4", "letter");
    /** Paper sizes in inches, as Chromium's print takes them. */
    private static final Map<String, double[]> PAPER = Map.of("a4", new double[] {210 / 25.4, 297 / 25.4},
            "letter", new double[] {8.5, 11});
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final Path guide;
    private final List<String> buildArgs;
    private final int width;
    private final int height;
    private final boolean axe;
    private final boolean clearingStorage;

    private BuiltSites.Site site;
    private ChromeDriver driver;
    private Path copies;
    private int copiesMade;

    private BrowserSite(Path guide, List<String> buildArgs, int width, int height, boolean axe, boolean clearingStorage) {
        this.guide = guide;
        this.buildArgs = buildArgs;
        this.width = width;
        this.height = height;
        this.axe = axe;
        this.clearingStorage = clearingStorage;
    }

    /** The guide in {@code guide} built with {@code buildArgs}, shown in a 1280 × 900 window. */
    public static BrowserSite of(Path guide, String... buildArgs) {
        return new BrowserSite(guide, List.of(buildArgs), 1280, 900, false, false);
    }

    /** A 1280 × 900 browser alone, for a class that makes or serves its own sites. */
    public static BrowserSite withoutSite() {
        return new BrowserSite(null, List.of(), 1280, 900, false, false);
    }

    /** The window's size in CSS pixels (390 × 844 is a phone). */
    public BrowserSite window(int newWidth, int newHeight) {
        return new BrowserSite(guide, buildArgs, newWidth, newHeight, axe, clearingStorage);
    }

    /** Also requires axe-core, for {@link Axe#violations}. */
    public BrowserSite withAxe() {
        return new BrowserSite(guide, buildArgs, width, height, true, clearingStorage);
    }

    /** Before each test, opens the site's home page and clears the reader's progress (localStorage). */
    public BrowserSite clearingStorage() {
        if (guide == null) {
            throw new IllegalStateException("clearingStorage() needs a site to open");
        }
        return new BrowserSite(guide, buildArgs, width, height, axe, true);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        try {
            Browser.requireInstalled();
            if (axe) {
                Axe.requireInstalled();
            }
        } catch (TestAbortedException e) {
            SkipWhenSetUpAborted.skipClass(context, e);
            return;
        }
        if (guide != null) {
            site = BuiltSites.of(guide, buildArgs.toArray(String[]::new));
        }
        driver = Browser.start(width, height);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (clearingStorage && driver != null) {
            open("index.html");
            driver.executeScript("localStorage.clear()");
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (copies != null) {
            Cli.delete(copies);
            copies = null;
        }
    }

    /** The browser, for what this class does not wrap. */
    public ChromeDriver driver() {
        return driver;
    }

    /** The built site's folder. */
    public Path site() {
        return built().root();
    }

    /** The build: its folder and what it printed. */
    public BuiltSites.Site built() {
        if (site == null) {
            throw new IllegalStateException("this BrowserSite has no site");
        }
        return site;
    }

    /** A file of the site, by its path inside the site. */
    public Path file(String path) {
        return site().resolve(path);
    }

    /**
     * A copy of {@code file} alone in an empty folder, deleted after the class: a single-file export opened
     * there can reach none of the site's other files, as on a reader's laptop.
     */
    public Path copyAlone(Path file) {
        try {
            if (copies == null) {
                copies = Files.createTempDirectory("studyguide-alone-");
            }
            Path alone = Files.createDirectories(copies.resolve(copiesMade++ + "/alone"));
            return Files.copy(file, alone.resolve(file.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a page of the site, by its path inside the site, with any {@code ?query} or {@code #fragment}. */
    public void open(String page) {
        openUrl(Browser.url(site().resolve("")) + page);
    }

    /** Opens any file, such as a single-file export copied elsewhere. */
    public void open(Path file) {
        openUrl(Browser.url(file));
    }

    /** Opens an address; like WebDriver's {@code get}, returns once the page's load event has fired. */
    public void openUrl(String url) {
        driver.get(url);
    }

    /** Waits up to 20 s for the open page's {@code document.readyState} to be "complete". */
    public void waitForLoad() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "complete".equals(js("return document.readyState")));
    }

    /** Runs a script in the page; {@code arguments[i]} are {@code args}. */
    public Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** The first element matching a CSS selector; fails when there is none. */
    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Every element matching a CSS selector. */
    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The visible texts of the elements matching a CSS selector, in document order. */
    public List<String> texts(String css) {
        return findAll(css).stream().map(WebElement::getText).toList();
    }

    /** Whether there is an element matching a CSS selector and every such element is displayed. */
    public boolean shown(String css) {
        List<WebElement> found = findAll(css);
        return !found.isEmpty() && found.stream().allMatch(WebElement::isDisplayed);
    }

    /** Waits up to 10 s for a condition to give a value other than null or false, and returns it. */
    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }

    /**
     * The attribute of the first element matching a CSS selector once it is {@code expected}, or as it is after
     * 10 s: for what a page's script sets in answer to an event that comes after the change a test waited for
     * (a {@code hashchange} after the address changed). The caller asserts it.
     */
    public String attributeOnceSettled(String css, String name, String expected) {
        try {
            waitUntil(d -> expected.equals(find(css).getAttribute(name)));
        } catch (TimeoutException e) {
            // The caller's assertion says what it is instead.
        }
        return find(css).getAttribute(name);
    }

    /** Waits up to 10 s for the first element matching a CSS selector to show exactly {@code text}. */
    public void waitForText(String css, String text) {
        waitUntil(d -> text.equals(find(css).getText()));
    }

    /** Opens a page, waits for its fonts, and prints it to PDF on "a4" or "letter" paper, as Chromium's print does. */
    public byte[] printToPdf(Path page, String paper) {
        open(page);
        driver.executeAsyncScript("document.fonts.ready.then(arguments[arguments.length - 1])");
        double[] size = PAPER.get(paper);
        Map<String, Object> result = driver.executeCdpCommand("Page.printToPDF", Map.of("paperWidth", size[0],
                "paperHeight", size[1], "printBackground", true, "preferCSSPageSize", false));
        return Base64.getDecoder().decode((String) result.get("data"));
    }

    /** Resizes the window for what follows; a test that does calls {@link #resetWindow()} after. */
    public void resize(int newWidth, int newHeight) {
        driver.manage().window().setSize(new Dimension(newWidth, newHeight));
    }

    /** The window back at the fixture's size ({@link #window}, or 1280 × 900). */
    public void resetWindow() {
        resize(width, height);
    }

    /** Pages opened from now on see this time zone (an IANA id such as "Europe/Berlin") as the system's. */
    public void timeZone(String id) {
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", id));
    }

    /**
     * Runs {@code source} in every page opened from now on, before the page's own scripts (a fixed clock, a
     * stubbed API); returns the id that {@link #removeScriptBeforePages} takes.
     */
    public String addScriptBeforePages(String source) {
        return (String) driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source))
                .get("identifier");
    }

    /**
     * Pages opened from now on see a clock standing at {@code epochMillis}: {@code Date.now()} and
     * {@code new Date()} give it until the page calls {@code window.advanceTestClock(ms)}. Returns the id
     * that {@link #removeScriptBeforePages} takes to give the pages the real time again.
     */
    public String fixClockBeforePages(long epochMillis) {
        return addScriptBeforePages("""
                (function () {
                  var Real = Date, fixed = %d;
                  function Fixed() { return arguments.length ? new (Function.prototype.bind.apply(Real, [null].concat([].slice.call(arguments))))() : new Real(fixed); }
                  Fixed.now = function () { return fixed; };
                  Fixed.UTC = Real.UTC;
                  Fixed.parse = Real.parse;
                  Fixed.prototype = Real.prototype;
                  Date = Fixed;
                  window.advanceTestClock = function (ms) { fixed += ms; };
                }());
                """.formatted(epochMillis));
    }

    /** Stops running a script that {@link #addScriptBeforePages} added, from the next page opened. */
    public void removeScriptBeforePages(String id) {
        driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", id));
    }

    /** Emulates the system's colour scheme ("light" or "dark") for the pages that follow. */
    public void colorScheme(String scheme) {
        Browser.colorScheme(driver, scheme);
    }

    /** Saves a screenshot to target/screenshots/NAME.png for people to look at. */
    public void screenshot(String name) {
        Browser.screenshot(driver, name);
    }
}
