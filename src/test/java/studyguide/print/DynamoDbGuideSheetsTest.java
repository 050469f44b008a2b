package studyguide.print;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import studyguide.Cli;
import studyguide.Slow;
import studyguide.browser.Browser;

/**
 * The limits the cheat sheets promise for the DynamoDB guide in content/: a category's sheet on one or two
 * pages, the whole guide's on at most eight, on A4 and on US Letter, in the build's PDFs and in the
 * browser's print, with every question and its key points kept in one column; and no page of the site
 * printed with Ctrl+P starting on a mostly empty first page.
 */
@Slow.Browser
class DynamoDbGuideSheetsTest {

    static final int CATEGORY_PAGES = 2;
    static final int GUIDE_PAGES = 8;

    @TempDir
    static Path temp;

    static Path site;
    static Cli.Run run;
    static List<String> categories = new ArrayList<>();

    @BeforeAll
    static void build() throws IOException {
        site = temp.resolve("site");
        run = Cli.build(Path.of("content"), site);
        try (Stream<Path> files = Files.list(Path.of("content/questions"))) {
            files.map(p -> p.getFileName().toString().replace(".yaml", "")).sorted().forEach(categories::add);
        }
    }

    @Test
    void theGuideBuildsWithoutOverflowWarnings() {
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("", run.err());
    }

    @Test
    void everyCategorysSheetFitsTwoPagesAndTheWholeGuidesEight() throws IOException {
        for (String paper : List.of("a4", "letter")) {
            List<ExpectedQuestions.Expected> all = new ArrayList<>();
            for (String category : categories) {
                List<ExpectedQuestions.Expected> questions = ExpectedQuestions.fromCategoryPage(site.resolve(category + ".html"));
                all.addAll(questions);
                String name = "cheatsheet-" + category + "-" + paper + ".pdf";
                PdfText pdf = new PdfText(Files.readAllBytes(site.resolve("print/" + name)), 3);
                assertTrue(pdf.pageCount() <= CATEGORY_PAGES, name + " has " + pdf.pageCount() + " pages");
                SheetAssertions.assertKeptTogether(name, pdf, questions);
            }
            String name = "cheatsheet-" + paper + ".pdf";
            PdfText pdf = new PdfText(Files.readAllBytes(site.resolve("print/" + name)), 3);
            assertTrue(pdf.pageCount() <= GUIDE_PAGES, name + " has " + pdf.pageCount() + " pages");
            SheetAssertions.assertKeptTogether(name, pdf, all);
        }
    }

    @Test
    void chromiumPrintsTheSheetsWithinTheSameLimits() throws IOException {
        ChromeDriver browser = Browser.start(1280, 900);
        try {
            Map<String, double[]> papers = Map.of("a4", new double[] {210 / 25.4, 297 / 25.4}, "letter", new double[] {8.5, 11});
            for (var paper : papers.entrySet()) {
                List<String> sheets = new ArrayList<>(List.of(""));
                categories.forEach(c -> sheets.add("-" + c));
                for (String sheet : sheets) {
                    browser.get(Browser.url(site.resolve("print/cheatsheet" + sheet + ".html")));
                    browser.executeAsyncScript("document.fonts.ready.then(arguments[arguments.length - 1])");
                    Map<String, Object> result = browser.executeCdpCommand("Page.printToPDF", Map.of("paperWidth",
                            paper.getValue()[0], "paperHeight", paper.getValue()[1], "printBackground", true));
                    PdfText printed = new PdfText(Base64.getDecoder().decode((String) result.get("data")), 3);
                    String name = "cheatsheet" + sheet + "-" + paper.getKey();
                    PdfText built = new PdfText(Files.readAllBytes(site.resolve("print/" + name + ".pdf")), 3);
                    List<ExpectedQuestions.Expected> questions = new ArrayList<>();
                    for (String category : sheet.isEmpty() ? categories : List.of(sheet.substring(1))) {
                        questions.addAll(ExpectedQuestions.fromCategoryPage(site.resolve(category + ".html")));
                    }
                    SheetAssertions.assertKeptTogether("Chromium's " + name, printed, questions);
                    assertAll(name,
                            () -> assertTrue(printed.pageCount() <= (sheet.isEmpty() ? GUIDE_PAGES : CATEGORY_PAGES),
                                    printed.pageCount() + " pages"),
                            () -> assertEquals(built.pageCount(), printed.pageCount(), "as many pages as the build's PDF"));
                }
            }
        } finally {
            browser.quit();
        }
    }

    @Test
    void ctrlPLeavesNoFirstPageMostlyEmpty() throws IOException {
        ChromeDriver browser = Browser.start(1280, 900);
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(site)) {
            List<Path> pages = files.filter(p -> p.toString().endsWith(".html") && !p.endsWith("404.html")).sorted().toList();
            for (Path page : pages) {
                browser.get(Browser.url(page));
                browser.executeAsyncScript("document.fonts.ready.then(arguments[arguments.length - 1])");
                for (var paper : Map.of("a4", new double[] {210 / 25.4, 297 / 25.4}, "letter", new double[] {8.5, 11}).entrySet()) {
                    Map<String, Object> result = browser.executeCdpCommand("Page.printToPDF", Map.of("paperWidth",
                            paper.getValue()[0], "paperHeight", paper.getValue()[1], "printBackground", true));
                    byte[] pdf = Base64.getDecoder().decode((String) result.get("data"));
                    // The first page: a table or a heading's block taller than the rest of it used to move whole to the
                    // next, leaving a third of it empty. Further on, a diagram taller than what is left of a page still
                    // moves whole, so only the first page is held to three quarters.
                    List<Double> filled = PageInk.filled(pdf);
                    if (filled.size() > 1 && filled.get(0) < 0.75) {
                        problems.add(page.getFileName() + " on " + paper.getKey() + ": page 1 is "
                                + Math.round(filled.get(0) * 100) + "% inked");
                    }
                }
            }
        } finally {
            browser.quit();
        }
        assertEquals(List.of(), problems);
    }
}
