package studyguide.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through Debian's chromedriver for browser tests.
 *
 * <p>Without Chromium the calling test is reported as skipped, never as passed; with the environment
 * variable {@code STUDYGUIDE_REQUIRE_BROWSER=1} (set by {@code .ci/run}) a missing browser fails it.
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Selenium logs CDP version guesses at INFO/WARNING on every start; keep test output readable. */
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private Browser() {
    }

    /** Skips (or, when required, fails) the calling test when Chromium or chromedriver is not installed. */
    public static void requireInstalled() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String why = "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)";
            if ("1".equals(System.getenv("STUDYGUIDE_REQUIRE_BROWSER"))) {
                Assertions.fail(why + ", and STUDYGUIDE_REQUIRE_BROWSER=1 requires them");
            }
            Assumptions.abort(why + ": browser test skipped");
        }
    }

    /** A new headless Chromium of the given window size; the caller quits it. */
    public static ChromeDriver start(int width, int height) {
        requireInstalled();
        Path profile;
        try {
            profile = Files.createTempDirectory("studyguide-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The machine has no network: these flags stop Chromium's background connections.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--allow-file-access-from-files", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height, "--hide-scrollbars", "--force-device-scale-factor=1");
        options.setExperimentalOption("prefs", Map.of());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Emulates the system's colour scheme ("light" or "dark") for the pages that follow. */
    public static void colorScheme(ChromeDriver driver, String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", java.util.List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /**
     * Saves a screenshot to target/screenshots/NAME.png for people to look at (tests never compare pixels).
     */
    public static void screenshot(ChromeDriver driver, String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A file:// URL for a file of a built site. */
    public static String url(Path file) {
        return file.toAbsolutePath().toUri().toString();
    }
}
