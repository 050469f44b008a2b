package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import studyguide.Main;

/**
 * export/guide.html copied alone into an empty folder and opened from disk, as someone would on a
 * laptop with no network: styles, highlighting and diagrams work, nothing else is loaded, links stay
 * inside the file, and search works when the theme has a search box.
 */
class SingleFileInBrowserTest {

    @TempDir
    static Path temp;

    static Path alone;
    static Path aloneWithSearch;
    static ChromeDriver browser;

    @BeforeAll
    static void buildAndOpen() throws Exception {
        Path site = temp.resolve("site");
        int code = Main.run(new String[] {"build", "--content", "src/test/resources/guides/small", "--output", site.toString()},
                new PrintWriter(Writer.nullWriter()), new PrintWriter(System.err, true));
        assertEquals(0, code);
        alone = Files.createDirectories(temp.resolve("alone")).resolve("guide.html");
        Files.copy(site.resolve("export/guide.html"), alone);
        aloneWithSearch = singleFileWithStandInSearch();
        browser = Browser.start(390, 844);
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    private Object js(String script) {
        return browser.executeScript(script);
    }

    private void open() {
        browser.get(Browser.url(alone));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> js("return document.readyState").equals("complete"));
    }

    @Test
    void worksAloneWithNothingElseLoaded() {
        open();
        assertEquals(0L, js("return performance.getEntriesByType('resource').length"), "no file or network request");
        assertEquals("6px", browser.findElement(By.cssSelector("#what-is-a-partition .key-points ul"))
                .getCssValue("border-top-left-radius"), "the style sheet is inlined");
        assertFalse(browser.findElements(By.cssSelector("#what-is-a-partition figure.snippet code .token")).isEmpty(),
                "Prism's inlined script highlighted the code");
        WebElement diagram = browser.findElement(By.cssSelector("#what-is-a-partition figure.diagram svg"));
        assertTrue(diagram.getSize().getWidth() > 100 && diagram.getSize().getHeight() > 50, "the diagram is drawn");
        for (String id : List.of("what-is-a-partition", "script-in-question", "tell-me-about-a-time", "query-vs-scan")) {
            assertTrue(browser.findElement(By.id(id)).isDisplayed(), id);
        }
        Number scroll = (Number) js("return document.documentElement.scrollWidth");
        Number width = (Number) js("return document.documentElement.clientWidth");
        assertTrue(scroll.intValue() <= width.intValue(), "nothing wider than a phone: " + scroll + " > " + width);
    }

    @Test
    void linksStayInsideTheFile() {
        open();
        browser.findElement(By.cssSelector("nav.toc a[href='#category--queries']")).click();
        assertEquals("#category--queries", js("return location.hash"));
        browser.findElement(By.cssSelector("#what-is-a-partition .related a")).click();
        assertEquals("#query-vs-scan", js("return location.hash"));
        // A link made by a script at run time (as search results are) is rewritten when followed.
        js("var a = document.createElement('a'); a.href = 'storage.html#script-in-question'; a.textContent = 'x';"
                + " document.body.appendChild(a); a.click();");
        assertEquals("#script-in-question", js("return location.hash"));
        assertTrue(((String) js("return location.pathname")).endsWith("/alone/guide.html"), "still the same file");
        Number top = (Number) js("return document.getElementById('script-in-question').getBoundingClientRect().top");
        assertTrue(Math.abs(top.doubleValue()) < 60, "the question is in view: " + top);
    }

    /** Search lives in the theme's layout; when the theme has a search box, it must work in the single file too. */
    @Test
    void searchWorksWhenTheThemeHasIt() {
        if (!search(alone)) {
            // No search in this theme (yet): the content itself must be complete instead.
            assertEquals(4, browser.findElements(By.cssSelector("article.question")).size());
        }
    }

    /**
     * The same check on a theme with a small stand-in search (a data script in the head, a deferred
     * script that makes result links at run time), so the inlining that real search will rely on is tested now.
     */
    @Test
    void aThemesSearchScriptsWorkInTheSingleFile() {
        assertTrue(search(aloneWithSearch), "the stand-in theme has a search box");
    }

    /** Types a query, follows the result; false when the page has no search box. */
    private boolean search(Path file) {
        browser.get(Browser.url(file));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> js("return document.readyState").equals("complete"));
        List<WebElement> boxes = browser.findElements(By.cssSelector("input[type=search]"));
        if (boxes.isEmpty()) {
            return false;
        }
        assertEquals(0L, js("return performance.getEntriesByType('resource').length"), "search loads nothing either");
        WebElement box = boxes.get(0);
        box.click();
        box.sendKeys("partition");
        WebElement result = new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("a[href]"))
                .stream()
                .filter(a -> a.isDisplayed() && a.getText().contains("What is a partition?"))
                .filter(a -> a.findElements(By.xpath("ancestor::article | ancestor::nav")).isEmpty())
                .findFirst().orElse(null));
        result.click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> "#what-is-a-partition".equals(js("return location.hash")));
        assertTrue(((String) js("return location.pathname")).endsWith("/guide.html"), "still the same file");
        box.sendKeys(Keys.ESCAPE);
        return true;
    }

    /** Builds with a copy of the theme that has a stand-in search box, and copies its single file alone. */
    private static Path singleFileWithStandInSearch() throws Exception {
        Path theme = temp.resolve("theme");
        try (var walk = Files.walk(Path.of("templates"))) {
            for (Path p : walk.toList()) {
                Path target = theme.resolve(Path.of("templates").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        Files.writeString(theme.resolve("assets/stand-in-index.js"), """
                window.STAND_IN_INDEX = [
                  { title: "What is a partition?", href: "storage.html#what-is-a-partition" },
                  { title: "What's the difference between Query and Scan?", href: "queries.html#query-vs-scan" }
                ];
                """);
        Files.writeString(theme.resolve("assets/stand-in-search.js"), """
                var box = document.querySelector('input[type=search]');
                var results = document.getElementById('stand-in-results');
                box.addEventListener('input', function () {
                  results.textContent = '';
                  window.STAND_IN_INDEX.filter(function (e) {
                    return e.title.toLowerCase().indexOf(box.value.toLowerCase()) >= 0;
                  }).forEach(function (e) {
                    var link = document.createElement('a');
                    link.href = e.href;
                    link.textContent = e.title;
                    var item = document.createElement('li');
                    item.appendChild(link);
                    results.appendChild(item);
                  });
                });
                """);
        Path layout = theme.resolve("layout.ftlh");
        Files.writeString(layout, Files.readString(layout)
                .replace("</head>", "<script src=\"${root}assets/stand-in-index.js\"></script>\n"
                        + "<script src=\"${root}assets/stand-in-search.js\" defer></script>\n</head>")
                .replace("<main id=\"main\" class=\"wrap\">", "<div class=\"wrap\"><input type=\"search\" aria-label=\"Search\">"
                        + "<ul id=\"stand-in-results\"></ul></div>\n<main id=\"main\" class=\"wrap\">"));
        Path site = temp.resolve("site-with-search");
        int code = Main.run(new String[] {"build", "--content", "src/test/resources/guides/small", "--templates", theme.toString(),
                "--output", site.toString()}, new PrintWriter(Writer.nullWriter()), new PrintWriter(System.err, true));
        assertEquals(0, code);
        Path file = Files.createDirectories(temp.resolve("alone-with-search")).resolve("guide.html");
        Files.copy(site.resolve("export/guide.html"), file);
        return file;
    }
}
