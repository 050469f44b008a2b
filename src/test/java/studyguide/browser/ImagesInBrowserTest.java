package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
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

    @RegisterExtension
    static final BrowserSite browser = BrowserSite.of(Path.of("src/test/resources/guides/figures"));

    private void open(String page) {
        browser.open(page);
        browser.waitForLoad();
    }

    @Test
    void everyImageOfACategoryPageLoadsAtItsReservedSize() {
        open("systems.html");
        List<WebElement> images = browser.findAll("main img");
        assertTrue(images.size() >= 7);
        for (WebElement img : images) {
            long reserved = (Long) browser.js("return Math.round(arguments[0].getBoundingClientRect().height)", img);
            browser.js("arguments[0].scrollIntoView({block: 'center'})", img);
            browser.waitUntil(d ->
                    (Boolean) browser.js("return arguments[0].complete && arguments[0].naturalWidth > 0", img));
            assertEquals(reserved, (Long) browser.js("return Math.round(arguments[0].getBoundingClientRect().height)", img),
                    "the page did not move when " + img.getAttribute("src") + " loaded");
            assertEquals(Long.parseLong(img.getAttribute("height")), reserved, img.getAttribute("src"));
        }
    }

    @Test
    void theSingleFileDrawsEveryImageFromItsOneCopy() throws Exception {
        browser.open(browser.copyAlone(browser.file("export/guide.html")));
        browser.waitForLoad();
        List<WebElement> shown = browser.findAll("svg.media-image");
        assertTrue(shown.size() >= 9, "every place that shows an image");
        // Each embedded copy is an image the browser can decode...
        Object widths = browser.driver().executeAsyncScript("""
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
            browser.js("arguments[0].scrollIntoView({block: 'center'})", svg);
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
                browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
                browser.colorScheme(scheme);
                open("systems.html");
                browser.js("document.querySelector('#cache-aside').scrollIntoView()");
                browser.screenshot("images-" + width + "-" + scheme);
            }
        }
        browser.colorScheme("light");
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
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
