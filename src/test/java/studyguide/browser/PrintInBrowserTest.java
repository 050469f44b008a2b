package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import studyguide.BuiltSites;
import studyguide.Slow;
import studyguide.print.ExpectedQuestions;
import studyguide.print.PdfFontSizes;
import studyguide.print.PdfText;
import studyguide.print.SheetAssertions;
import studyguide.print.SheetFixture;

/**
 * Printing in a real browser: the cheat sheets printed to PDF by headless Chromium must keep the promises the
 * build's own PDFs keep, on the same number of pages; and an ordinary page printed with Ctrl+P must be clean.
 */
@Slow.Browser
class PrintInBrowserTest {

    @RegisterExtension
    static final BrowserSite browser = BrowserSite.withoutSite();

    @TempDir
    static Path temp;

    static SheetFixture fixture = new SheetFixture();
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        site = BuiltSites.of(fixture.write(temp.resolve("content"), 26, 10, 2)).root();
    }

    @Test
    void cheatSheetsPrintLikeTheBuildsPdfs() throws IOException {
        List<String> scopes = List.of("", "-cat0", "-cat1", "-cat2");
        for (String scope : scopes) {
            for (String paper : BrowserSite.PAPERS) {
                String name = "cheatsheet" + scope + "-" + paper;
                byte[] printed = browser.printToPdf(site.resolve("print/cheatsheet" + scope + ".html"), paper);
                PdfText pdf = new PdfText(printed, 3);
                PdfText built = new PdfText(Files.readAllBytes(site.resolve("print/" + name + ".pdf")), 3);
                List<SheetFixture.Question> questions = scope.isEmpty() ? fixture.questions() : fixture.questions(scope.substring(1));
                SheetAssertions.assertKeptTogether("Chromium's " + name, pdf, questions);
                float smallest = PdfFontSizes.smallest(printed);
                assertAll(name,
                        () -> assertEquals(built.pageCount(), pdf.pageCount(), "as many pages as the build's PDF"),
                        () -> assertTrue(scope.isEmpty() || pdf.pageCount() <= 2, pdf.pageCount() + " pages"),
                        () -> assertTrue(smallest >= 7.49f, "text at " + smallest + " pt"),
                        () -> assertFalse(pdf.text().contains("PDF:A4"), "the on-screen bar is not printed"),
                        () -> assertEquals(List.of(), pdf.unembeddedFonts()));
            }
        }
    }

    /**
     * The sheet's own fonts (145 KB for the DynamoDB guide) load when it is printed, not when it is looked
     * at: fetched before the first paint, they held it back (a phone's Lighthouse score of 98).
     */
    @Test
    void theSheetsOwnFontsLoadInTheBrowserWhenItPrints() {
        String loaded = "return Array.from(document.fonts).filter(f => f.status !== 'unloaded')"
                + ".map(f => f.family + ' ' + f.weight + ' ' + f.style).sort()";
        browser.open(site.resolve("print/cheatsheet-cat0.html"));
        browser.driver().executeAsyncScript("document.fonts.ready.then(arguments[arguments.length - 1])");
        assertEquals(List.of(), browser.js(loaded), "on screen the sheet is shown in the reader's fonts");
        try {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            browser.js("document.body.getBoundingClientRect()");
            browser.driver().executeAsyncScript("document.fonts.ready.then(arguments[arguments.length - 1])");
            assertEquals(List.of("SheetDiagram normal normal", "SheetMono normal normal", "SheetSans bold normal",
                    "SheetSans normal italic", "SheetSans normal normal"), browser.js(loaded),
                    "printing loads the subset fonts, and the browser accepts them");
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void quizSheetsPrintEveryQuestionOnOnePage() throws IOException {
        for (String paper : BrowserSite.PAPERS) {
            PdfText pdf = new PdfText(browser.printToPdf(site.resolve("print/quiz.html"), paper), 1);
            PdfText built = new PdfText(Files.readAllBytes(site.resolve("print/quiz-" + paper + ".pdf")), 1);
            for (SheetFixture.Question q : fixture.questions()) {
                assertTrue(pdf.find(q.text()).isPresent(), paper + ": " + q.id() + " is missing or split across pages");
            }
            assertEquals(built.pageCount(), pdf.pageCount(), paper + ": as many pages as the build's PDF");
        }
    }

    @Test
    void anOrdinaryPagePrintsItsContentWithoutTheSitesChrome() throws IOException {
        Path page = site.resolve(SheetFixture.LONG_ANSWER_CATEGORY + ".html");
        PdfText pdf = new PdfText(browser.printToPdf(page, "a4"), 1);
        String text = pdf.text();
        assertAll(() -> assertTrue(text.contains("Category1"), "the page's heading"),
                () -> assertFalse(text.contains("builtwithstudyguide"), "no footer"),
                () -> assertFalse(text.contains("Category0"), "no navigation"),
                () -> assertFalse(text.contains("Cheatsheet(PDF"), "no links to the sheets"),
                () -> assertFalse(text.contains("Skiptocontent"), "no skip link"));
        for (ExpectedQuestions.Expected q : ExpectedQuestions.fromCategoryPage(page)) {
            assertTrue(pdf.find(q.text()).isPresent(), q.id());
        }
    }

    @Test
    void answersHiddenForPractiseArePrinted() throws IOException {
        Path page = site.resolve("cat2.html");
        browser.open(page);
        // The three usual ways a page hides answers: a class on the body, the hidden attribute, a closed <details>.
        browser.js("""
                const style = document.createElement('style');
                style.textContent = 'body.practice .answer { display: none; }';
                document.head.appendChild(style);
                document.body.classList.add('practice');
                const answers = document.querySelectorAll('.answer');
                answers[0].hidden = true;
                const details = document.createElement('details');
                details.innerHTML = '<summary>Show answer</summary>';
                answers[1].replaceWith(details);
                details.appendChild(answers[1]);
                """);
        assertEquals(0L, browser.js(
                "return Array.from(document.querySelectorAll('.answer')).filter(a => a.offsetHeight > 0).length"),
                "on screen, the answers are hidden");
        Map<String, Object> result = browser.driver().executeCdpCommand("Page.printToPDF", Map.of("paperWidth", 8.27,
                "paperHeight", 11.69, "printBackground", true));
        String text = new PdfText(Base64.getDecoder().decode((String) result.get("data")), 1).text();
        assertEquals(2, text.split("longanswerword", -1).length - 1, "both answers are printed: " + text);
        assertEquals(0L, browser.js("return document.querySelectorAll('details[open]').length"),
                "the page is as it was after printing");
    }

    @Test
    void webLinksBecomeNumberedNotesAndLongCodeLeavesNoEmptyPage() throws IOException {
        PdfText pdf = new PdfText(browser.printToPdf(site.resolve(SheetFixture.LONG_ANSWER_CATEGORY + ".html"), "a4"), 1);
        String text = pdf.text();
        assertTrue(text.contains("Seethepartitiondocs[1]forlonganswerword"), "the link is numbered: " + text);
        assertTrue(text.contains(SheetFixture.WEB_LINK), "its address is listed");
        int fullest = pdf.pages().stream().mapToInt(p -> p.text().length()).max().orElse(0);
        List<String> sparse = new ArrayList<>();
        for (PdfText.Page p : pdf.pages().subList(0, pdf.pageCount() - 1)) {
            if (p.text().length() < fullest * 0.3) {
                sparse.add("page " + p.number() + " has " + p.text().length() + " characters of " + fullest);
            }
        }
        assertEquals(List.of(), sparse, "only the last page may be mostly empty");
        assertEquals(pdf.find("line_001").get().page(), pdf.find("Seethepartitiondocs").get().page(),
                "a listing longer than a page starts right after the text before it");
    }

    @Test
    void shortCodeAndDiagramsAreKeptWholeWhenAnOrdinaryPageIsPrinted() throws IOException {
        for (String paper : BrowserSite.PAPERS) {
            PdfText pdf = new PdfText(browser.printToPdf(site.resolve("cat0.html"), paper), 1);
            assertEquals(pdf.find("result_1=").get().page(), pdf.find("result_12=").get().page(), paper + ": one page");
            assertEquals(1, pdf.text().split("ondiagramword", -1).length - 1, paper + ": the diagram is printed once");
        }
    }
}
