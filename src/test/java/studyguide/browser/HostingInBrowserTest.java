package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import studyguide.BuiltSites;
import studyguide.Cli;
import studyguide.Slow;

/**
 * One build, hosted three ways with no change: under a GitHub Pages project path (/repo/), at a
 * domain root, and from disk. The build gets the project address as --base-url, as the Pages
 * workflow passes it; a static server stands in for GitHub Pages, 404 page included.
 */
@Slow.Browser
class HostingInBrowserTest {

    @RegisterExtension
    static final BrowserSite browser = BrowserSite.withoutSite().window(390, 844);

    static Path site;
    static HttpServer server;
    static String project;
    static String root;

    @BeforeAll
    static void buildAndHost() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String host = "http://127.0.0.1:" + server.getAddress().getPort();
        project = host + "/repo/";
        root = host + "/";
        site = BuiltSites.of(Cli.SMALL_GUIDE, "--base-url", project).root();
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
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void open(String url) {
        browser.openUrl(url);
        browser.waitForLoad();
    }

    /** Opens the menu, as on a phone, and follows one of the sidebar's links. */
    private void followSidebarLink(String text) {
        browser.find("#menu-button").click();
        browser.driver().findElement(By.linkText(text)).click();
    }

    /** Styles, Prism, a navigation link and a download link all work from {@code start}. */
    private void worksFrom(String start, String expectedPrefix) {
        open(start + "storage.html");
        assertEquals("6px", browser.find("#what-is-a-partition .key-points ul").getCssValue("border-top-left-radius"),
                "style.css at " + start);
        assertFalse(browser.findAll("#what-is-a-partition figure.snippet code .token").isEmpty(), "Prism at " + start);
        followSidebarLink("Queries");
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("queries.html"));
        assertTrue(browser.driver().getCurrentUrl().startsWith(expectedPrefix), browser.driver().getCurrentUrl());
        assertEquals("Queries", browser.find("h1").getText());
        browser.find("a.brand").click();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("index.html"));
        String href = browser.find(".downloads a[href$='guide.json']").getAttribute("href");
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
        assertEquals("Page not found", browser.find("h1").getText());
        assertEquals("rgba(246, 248, 250, 1)", browser.find(".site-header").getCssValue("background-color"),
                "its style sheet loads from the project address");
        followSidebarLink("Queries");
        browser.waitUntil(d -> d.getCurrentUrl().equals(project + "queries.html"));
    }
}
