package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import studyguide.Slow;

/**
 * A guide's own {@code layout.ftlh} written before the words' script ({@code assets/words-<hash>.js}) still
 * gets the theme's words: it puts them into each page as a JSON block, which {@code labels.js} reads when the
 * script is not there. The japanese fixture, built with a theme folder holding such a layout.
 */
@Slow.Browser
class OldLayoutWordsInBrowserTest {

    @RegisterExtension
    static final BrowserSite browser = BrowserSite.of(Path.of("src/test/resources/guides/japanese"),
            "--templates", oldTheme().toString()).clearingStorage();

    /** A theme folder with today's layout, the words' script replaced by the block the layout used to carry. */
    private static Path oldTheme() {
        try {
            Path theme = Files.createTempDirectory("studyguide-old-layout");
            theme.toFile().deleteOnExit();
            String layout = Files.readString(Path.of("templates/layout.ftlh"));
            String script = "<script src=\"${root}${site.labels.file()}\" defer></script>";
            if (!layout.contains(script)) {
                throw new IllegalStateException("layout.ftlh no longer loads the words as " + script);
            }
            Path file = theme.resolve("layout.ftlh");
            Files.writeString(file, layout.replace(script,
                    "<script type=\"application/json\" id=\"studyguide-labels\">${site.labels.json()?no_esc}</script>"));
            file.toFile().deleteOnExit();
            return theme;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theScriptsReadTheWordsFromTheBlock() {
        browser.open("storage.html");
        assertNotNull(browser.find("script#studyguide-labels"));
        assertEquals(0L, browser.js("return document.querySelectorAll('script[src*=\"words-\"]').length;"));
        browser.find("#practice-switch").click();
        WebElement show = browser.find("#partition-key .show-answer");
        show.click();
        assertEquals("答えを隠す", show.getText(), "a word the study script writes");
    }
}
