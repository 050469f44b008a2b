package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import studyguide.Cli;
import studyguide.Slow;
import studyguide.serve.Serve;

/** Live preview as an author sees it: a saved file reloads the open page; a broken one shows its problem over it until fixed. */
@Timeout(180)
@Slow.Browser
class ServeInBrowserTest {

    @RegisterExtension
    static final BrowserSite browser = BrowserSite.withoutSite().window(1000, 900);

    @TempDir
    Path temp;

    Serve serve;

    @AfterEach
    void stop() {
        if (serve != null) {
            serve.close();
        }
    }

    @Test
    void pagesReloadOnSaveAndShowProblemsUntilTheyAreFixed() throws Exception {
        Path content = temp.resolve("content");
        Cli.copy(Cli.SMALL_GUIDE, content);
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        serve = Serve.start(new Serve.Options(content, Path.of("templates"), null, null, InetAddress.getLoopbackAddress(), 0, System.getenv()),
                quiet, quiet);
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(60));

        browser.openUrl(serve.address().resolve("storage.html").toString());
        wait.until(d -> browser.js("return document.readyState").equals("complete"));
        browser.js("window.notReloaded = true");

        Files.writeString(content.resolve("answers/what-is-a-partition.md"), "A partition is SAVED_AND_RELOADED.\n");
        wait.until(d -> Boolean.TRUE.equals(browser.js(
                "return window.notReloaded === undefined && document.body.innerText.includes('SAVED_AND_RELOADED')")));

        Path storage = content.resolve("questions/storage.yaml");
        String good = Files.readString(storage);
        Files.writeString(storage, good.replace("level: basic", "level: basik"));
        WebElement panel = wait.until(d -> {
            var found = d.findElements(By.id("studyguide-problems"));
            return found.isEmpty() ? null : found.get(0);
        });
        assertTrue(panel.isDisplayed());
        assertTrue(panel.getText().contains("questions/storage.yaml:") && panel.getText().contains("unknown level 'basik'"),
                panel.getText());
        assertEquals("alert", panel.getAttribute("role"));
        assertTrue(browser.driver().findElement(By.id("what-is-a-partition")).isDisplayed(), "the last good page stays readable");
        browser.screenshot("serve-problem-panel");

        Files.writeString(storage, good);
        wait.until(d -> d.findElements(By.id("studyguide-problems")).isEmpty()
                && Boolean.TRUE.equals(browser.js("return document.readyState === 'complete'")));
        assertTrue(browser.driver().findElement(By.id("what-is-a-partition")).isDisplayed());
    }
}
