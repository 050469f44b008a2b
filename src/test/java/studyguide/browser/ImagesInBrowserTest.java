package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import studyguide.Cli;
import studyguide.Slow;

/**
 * The figures guide's images load in a browser: on a category page (lazily, as they are scrolled to, at
 * the size their attributes reserved) and in the single file opened alone from disk, where each is drawn
 * from its one embedded copy.
 */
@Slow.Browser
class ImagesInBrowserTest {

    private static final int QUEUE_BLUE = 0x1f77b4;
    private static final int PHOTO_GREEN = 0x2ca02c;

    @TempDir
    static Path temp;

    static Path site;
    static Path alone;
    static ChromeDriver browser;

    @BeforeAll
    static void buildAndOpen() throws Exception {
        site = temp.resolve("site");
        Cli.Run run = Cli.build(Path.of("src/test/resources/guides/figures"), site);
        assertEquals(0, run.exitCode(), run::toString);
        alone = Files.createDirectories(temp.resolve("alone")).resolve("guide.html");
        Files.copy(site.resolve("export/guide.html"), alone);
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    private Object js(String script, Object... args) {
        return browser.executeScript(script, args);
    }

    private void open(Path file) {
        browser.get(Browser.url(file));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> js("return document.readyState").equals("complete"));
    }

    @Test
    void everyImageOfACategoryPageLoadsAtItsReservedSize() {
        open(site.resolve("systems.html"));
        List<WebElement> images = browser.findElements(By.cssSelector("main img"));
        assertTrue(images.size() >= 7);
        for (WebElement img : images) {
            long reserved = (Long) js("return Math.round(arguments[0].getBoundingClientRect().height)", img);
            js("arguments[0].scrollIntoView({block: 'center'})", img);
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                    (Boolean) js("return arguments[0].complete && arguments[0].naturalWidth > 0", img));
            assertEquals(reserved, (Long) js("return Math.round(arguments[0].getBoundingClientRect().height)", img),
                    "the page did not move when " + img.getAttribute("src") + " loaded");
            assertEquals(Long.parseLong(img.getAttribute("height")), reserved, img.getAttribute("src"));
        }
    }

    @Test
    void theSingleFileDrawsEveryImageFromItsOneCopy() throws Exception {
        open(alone);
        List<WebElement> shown = browser.findElements(By.cssSelector("svg.media-image"));
        assertTrue(shown.size() >= 9, "every place that shows an image");
        // Each embedded copy is an image the browser can decode...
        Object widths = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                Promise.all([...document.querySelectorAll('.media-definitions image')].map(async e => {
                  const img = new Image();
                  img.src = e.getAttribute('href');
                  await img.decode();
                  return img.naturalWidth;
                })).then(done, err => done(String(err)));""");
        assertTrue(widths instanceof List<?> list && !list.isEmpty()
                && list.stream().allMatch(w -> ((Number) w).intValue() > 0), String.valueOf(widths));
        // ...and every place draws it: the middle of each queue and photo shows their colour.
        int checked = 0;
        for (WebElement svg : shown) {
            String label = svg.getAttribute("aria-label");
            Integer colour = "The request queue".equals(label) ? Integer.valueOf(QUEUE_BLUE)
                    : "The rack".equals(label) ? Integer.valueOf(PHOTO_GREEN) : null;
            if (colour == null) {
                continue;
            }
            js("arguments[0].scrollIntoView({block: 'center'})", svg);
            BufferedImage shot = ImageIO.read(new ByteArrayInputStream(svg.getScreenshotAs(OutputType.BYTES)));
            int middle = shot.getRGB(shot.getWidth() / 2, shot.getHeight() / 2) & 0xffffff;
            assertTrue(close(middle, colour), label + ": " + Integer.toHexString(middle));
            checked++;
        }
        assertTrue(checked >= 5, "the queue four times and the photo: " + checked);
    }

    @Test
    void screenshots() {
        for (int width : new int[] {1280, 390}) {
            for (String scheme : List.of("light", "dark")) {
                browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
                Browser.colorScheme(browser, scheme);
                open(site.resolve("systems.html"));
                js("document.querySelector('#cache-aside').scrollIntoView()");
                Browser.screenshot(browser, "images-" + width + "-" + scheme);
            }
        }
        Browser.colorScheme(browser, "light");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }

    private static boolean close(int rgb, int expected) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((rgb >> shift) & 0xff) - ((expected >> shift) & 0xff)) > 8) {
                return false;
            }
        }
        return true;
    }
}
