package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import studyguide.BuiltSites;
import studyguide.Slow;
import studyguide.print.PdfText;

/**
 * The multiple-choice guide's sheets printed by Chromium: the same pages as the build's PDFs, with the
 * options and their boxes, and the quiz sheet's answer key alone on its last page.
 */
@Slow.Browser
class MultipleChoicePrintInBrowserTest {

    /** Paper sizes in inches, as Chromium's print takes them. */
    private static final Map<String, double[]> PAPER = Map.of("a4", new double[] {210 / 25.4, 297 / 25.4},
            "letter", new double[] {8.5, 11});

    static Path site;
    static ChromeDriver browser;

    @BeforeAll
    static void open() {
        site = BuiltSites.get("quiz").root();
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    static PdfText print(String page, String paper, int columns) throws IOException {
        browser.get(Browser.url(site.resolve("print/" + page)));
        browser.executeAsyncScript("document.fonts.ready.then(arguments[arguments.length - 1])");
        double[] size = PAPER.get(paper);
        Map<String, Object> result = browser.executeCdpCommand("Page.printToPDF", Map.of("paperWidth", size[0],
                "paperHeight", size[1], "printBackground", true, "preferCSSPageSize", false));
        return new PdfText(Base64.getDecoder().decode((String) result.get("data")), columns);
    }

    @Test
    void theQuizSheetPrintsLikeTheBuildsPdfWithTheKeyOnItsLastPage() throws IOException {
        for (String paper : PAPER.keySet()) {
            PdfText printed = print("quiz.html", paper, 1);
            PdfText built = new PdfText(Files.readAllBytes(site.resolve("print/quiz-" + paper + ".pdf")), 1);
            assertEquals(built.pageCount(), printed.pageCount(), paper + ": as many pages as the build's PDF");
            assertTrue(printed.find("○ A 3 ○ B 1 ○ C undefined ○ D A ReferenceError").isPresent(), paper + ": " + printed.text());
            assertTrue(printed.find("Choose all that apply. □ A for (let i = 0;").isPresent(), paper);
            PdfText.Place key = printed.find("Answer key 1. A Each call increments").orElseThrow();
            assertEquals(printed.pageCount(), key.page(), paper + ": the key is on the last page");
            assertFalse(printed.pages().get(key.page() - 1).text().contains("○"), paper + ": and alone there");
        }
    }

    @Test
    void theCheatSheetPrintsLikeTheBuildsPdfWithTheRightOptions() throws IOException {
        for (String paper : PAPER.keySet()) {
            PdfText printed = print("cheatsheet.html", paper, 3);
            PdfText built = new PdfText(Files.readAllBytes(site.resolve("print/cheatsheet-" + paper + ".pdf")), 3);
            assertEquals(built.pageCount(), printed.pageCount(), paper + ": as many pages as the build's PDF");
            assertTrue(printed.find("const counter = makeCounter(); ✓ A 3 Each call increments the same captured n.").isPresent(),
                    paper + ": " + printed.text());
            assertFalse(printed.text().contains("ReferenceError"), paper + ": no wrong option");
        }
    }

    @Test
    void screenshotsOfTheSheetsOnScreen() {
        for (int width : List.of(1280, 390)) {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 1400));
            for (String page : List.of("quiz", "cheatsheet")) {
                browser.get(Browser.url(site.resolve("print/" + page + ".html")));
                Browser.screenshot(browser, "multiple-choice-" + page + "-" + width);
            }
        }
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }
}
