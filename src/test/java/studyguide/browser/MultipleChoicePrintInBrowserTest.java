package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import studyguide.Slow;
import studyguide.print.PdfText;

/**
 * The multiple-choice guide's sheets printed by Chromium: the same pages as the build's PDFs, with the
 * options and their boxes, and the quiz sheet's answer key alone on its last page.
 */
@Slow.Browser
class MultipleChoicePrintInBrowserTest {

    @RegisterExtension
    static final BrowserSite browser = BrowserSite.of(Path.of("src/test/resources/guides/quiz"));

    static PdfText print(String page, String paper, int columns) throws IOException {
        return new PdfText(browser.printToPdf(browser.file("print/" + page), paper), columns);
    }

    @Test
    void theQuizSheetPrintsLikeTheBuildsPdfWithTheKeyOnItsLastPage() throws IOException {
        for (String paper : BrowserSite.PAPERS) {
            PdfText printed = print("quiz.html", paper, 1);
            PdfText built = new PdfText(Files.readAllBytes(browser.file("print/quiz-" + paper + ".pdf")), 1);
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
        for (String paper : BrowserSite.PAPERS) {
            PdfText printed = print("cheatsheet.html", paper, 3);
            PdfText built = new PdfText(Files.readAllBytes(browser.file("print/cheatsheet-" + paper + ".pdf")), 3);
            assertEquals(built.pageCount(), printed.pageCount(), paper + ": as many pages as the build's PDF");
            assertTrue(printed.find("const counter = makeCounter(); ✓ A 3 Each call increments the same captured n.").isPresent(),
                    paper + ": " + printed.text());
            assertFalse(printed.text().contains("ReferenceError"), paper + ": no wrong option");
        }
    }

    @Test
    void screenshotsOfTheSheetsOnScreen() {
        for (int width : List.of(1280, 390)) {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(width, 1400));
            for (String page : List.of("quiz", "cheatsheet")) {
                browser.open("print/" + page + ".html");
                browser.screenshot("multiple-choice-" + page + "-" + width);
            }
        }
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }
}
