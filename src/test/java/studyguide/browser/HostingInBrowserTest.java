package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import studyguide.Cli;
import studyguide.Slow;

/**
 * One build, hosted three ways with no change: under a GitHub Pages project path (/repo/), at a
 * domain root, and from disk. The build gets the project address as --base-url, as the Pages
 * workflow passes it; a static server stands in for GitHub Pages, 404 page included.
 */
@Slow.Browser
class HostingInBrowserTest {

    @TempDir
    static Path temp;

    static Path site;
    static HttpServer server;
    static String project;
    static String root;
    static ChromeDriver browser;

    @BeforeAll
    static void buildAndHost() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String host = "http://127.0.0.1:" + server.getAddress().getPort();
        project = host + "/repo/";
        root = host + "/";
        site = temp.resolve("site");
        Cli.Run run = Cli.build(Cli.SMALL_GUIDE, site, "--base-url", project);
        assertEquals(0, run.exitCode(), run::toString);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String inSite = path.startsWith("/repo/") ? path.substring("/repo/".length()) : path.substring(1);
            Path file = site.resolve(inSite.isEmpty() ? "index.html" : inSite).normalize();
            int status = 200;
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                status = 404; // like GitHub Pages: the site's 404.html, at whatever depth was asked for
                file = site.resolve("404.html");
            }
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".css") ? "text/css"
                    : name.endsWith(".js") ? "text/javascript" : name.endsWith(".json") ? "application/json" : "text/html; charset=utf-8");
            byte[] body = Files.readAllBytes(file);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        browser = Browser.start(390, 844);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    private void open(String url) {
        browser.get(url);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> "complete".equals(browser.executeScript("return document.readyState")));
    }

    /** Styles, Prism, a navigation link and a download link all work from {@code start}. */
    private void worksFrom(String start, String expectedPrefix) {
        open(start + "storage.html");
        assertEquals("6px", browser.findElement(By.cssSelector("#what-is-a-partition .key-points ul")).getCssValue("border-top-left-radius"),
                "style.css at " + start);
        assertFalse(browser.findElements(By.cssSelector("#what-is-a-partition figure.snippet code .token")).isEmpty(), "Prism at " + start);
        browser.findElement(By.linkText("Queries")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("queries.html"));
        assertTrue(browser.getCurrentUrl().startsWith(expectedPrefix), browser.getCurrentUrl());
        assertEquals("Queries", browser.findElement(By.tagName("h1")).getText());
        browser.findElement(By.cssSelector("a.brand")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("index.html"));
        String href = browser.findElement(By.cssSelector(".downloads a[href$='guide.json']")).getAttribute("href");
        assertTrue(href.startsWith(expectedPrefix), href);
    }

    @Test
    void worksUnderAProjectPath() {
        worksFrom(project, project);
    }

    @Test
    void worksAtADomainRoot() {
        worksFrom(root, root);
    }

    @Test
    void worksFromDisk() {
        worksFrom(site.toUri().toString(), site.toUri().toString());
    }

    @Test
    void theNotFoundPageWorksAtAnyDepthUnderTheProjectPath() {
        open(project + "some/deep/missing.html");
        assertEquals("Page not found", browser.findElement(By.tagName("h1")).getText());
        assertEquals("rgba(246, 248, 250, 1)", browser.findElement(By.cssSelector(".site-header")).getCssValue("background-color"),
                "its style sheet loads from the project address");
        browser.findElement(By.linkText("Queries")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(project + "queries.html"));
    }
}
