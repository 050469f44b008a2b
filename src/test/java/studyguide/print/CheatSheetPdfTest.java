package studyguide.print;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.Cli;

/**
 * The cheat sheets and quiz sheets as the build renders them to PDF: read back with PDFBox, page by page
 * and column by column, for the promises the sheets make.
 */
class CheatSheetPdfTest {

    /** Three categories: one that needs two pages, one of one page, and a small one. */
    static final int[] SIZES = {26, 10, 2};

    @TempDir
    static Path temp;

    static Path site;
    static SheetFixture fixture = new SheetFixture();
    static Cli.Run run;

    @BeforeAll
    static void build() throws IOException {
        Path content = fixture.write(temp.resolve("content"), SIZES);
        site = temp.resolve("site");
        run = Cli.build(content, site);
    }

    static byte[] pdf(String name) throws IOException {
        return Files.readAllBytes(site.resolve("print").resolve(name));
    }

    static List<String> categories() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < SIZES.length; i++) {
            ids.add("cat" + i);
        }
        return ids;
    }

    @Test
    void buildSucceedsWithoutWarnings() {
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("", run.err());
    }

    @Test
    void everySheetHasAPageAndAPdfOnA4AndUsLetter() throws IOException {
        List<String> scopes = new ArrayList<>(List.of(""));
        categories().forEach(c -> scopes.add("-" + c));
        for (String kind : List.of("cheatsheet", "quiz")) {
            for (String scope : scopes) {
                assertTrue(Files.isRegularFile(site.resolve("print/" + kind + scope + ".html")), kind + scope);
                PdfText a4 = new PdfText(pdf(kind + scope + "-a4.pdf"), 1);
                PdfText letter = new PdfText(pdf(kind + scope + "-letter.pdf"), 1);
                assertAll(kind + scope,
                        () -> assertEquals(595, Math.round(a4.widthPt())), () -> assertEquals(842, Math.round(a4.heightPt())),
                        () -> assertEquals(612, Math.round(letter.widthPt())), () -> assertEquals(792, Math.round(letter.heightPt())));
            }
        }
    }

    @Test
    void aCategorysCheatSheetFitsTwoPagesWithEveryQuestionAndItsKeyPointsInOneColumn() throws IOException {
        for (String category : categories()) {
            for (String paper : List.of("a4", "letter")) {
                String name = "cheatsheet-" + category + "-" + paper + ".pdf";
                PdfText pdf = new PdfText(pdf(name), 3);
                assertTrue(pdf.pageCount() <= 2, name + " has " + pdf.pageCount() + " pages");
                SheetAssertions.assertKeptTogether(name, pdf, fixture.questions(category));
            }
        }
        assertEquals(2, new PdfText(pdf("cheatsheet-cat0-a4.pdf"), 3).pageCount(),
                "the largest category needs two pages, so that a page break is tested");
    }

    @Test
    void theWholeGuidesCheatSheetHasEveryQuestionWithItsKeyPointsInOneColumn() throws IOException {
        for (String paper : List.of("a4", "letter")) {
            SheetAssertions.assertKeptTogether("cheatsheet-" + paper + ".pdf", new PdfText(pdf("cheatsheet-" + paper + ".pdf"), 3),
                    fixture.questions());
        }
    }

    @Test
    void theCheatSheetLeavesOutAnswersAndCodeNotMarkedForIt() throws IOException {
        String text = new PdfText(pdf("cheatsheet-cat0-a4.pdf"), 3).text();
        assertAll(() -> assertFalse(text.contains("longanswerword"), "answers are left out"),
                () -> assertFalse(text.contains(SheetFixture.NOT_ON_SHEET_CODE), "unmarked code is left out"),
                () -> assertTrue(text.contains(SheetFixture.ON_SHEET_CODE), "marked code is printed"),
                () -> assertTrue(text.contains("Diagram1·Question"), "the marked diagram is printed with its question"));
    }

    @Test
    void theQuizSheetHasEveryQuestionOnOnePageAndNoKeyPoints() throws IOException {
        for (String name : List.of("quiz-a4.pdf", "quiz-letter.pdf", "quiz-cat0-a4.pdf")) {
            PdfText pdf = new PdfText(pdf(name), 1);
            List<SheetFixture.Question> questions = name.contains("cat0") ? fixture.questions("cat0") : fixture.questions();
            for (SheetFixture.Question q : questions) {
                assertTrue(pdf.find(q.text()).isPresent(), name + ": " + q.id() + " is missing or split across pages");
            }
            assertFalse(pdf.text().contains("kp1x"), name + " shows no key points");
            assertFalse(pdf.text().contains("Answerkey"), name + ": no answer key without multiple-choice questions");
        }
    }

    @Test
    void fontsAreEmbeddedTextIsSelectableAndAtLeastSevenAndAHalfPoints() throws IOException {
        for (String name : List.of("cheatsheet-cat1-a4.pdf", "cheatsheet-letter.pdf", "quiz-cat1-a4.pdf")) {
            PdfText pdf = new PdfText(pdf(name), 3);
            assertEquals(List.of(), pdf.unembeddedFonts(), name);
            assertTrue(pdf.fonts().stream().anyMatch(f -> f.endsWith("+DejaVuSansCondensed")), name + ": " + pdf.fonts());
            assertTrue(pdf.find(fixture.questions("cat1").get(0).text()).isPresent(), name + ": text is text");
            float smallest = PdfFontSizes.smallest(pdf(name));
            assertTrue(smallest >= 7.49f, name + ": text at " + smallest + " pt");
        }
        assertTrue(new PdfText(pdf("cheatsheet-cat0-a4.pdf"), 3).fonts().stream().anyMatch(f -> f.endsWith("+DejaVuSansMono")),
                "code is set in the embedded mono font");
    }

    @Test
    void theSameGuideGivesByteIdenticalSheetsAndPdfs() throws IOException {
        Path again = temp.resolve("site-again");
        assertEquals(0, Cli.build(temp.resolve("content"), again).exitCode());
        for (String folder : List.of("print", "assets/fonts")) {
            try (Stream<Path> files = Files.list(site.resolve(folder))) {
                for (Path file : files.sorted().toList()) {
                    byte[] second = Files.readAllBytes(again.resolve(folder).resolve(file.getFileName().toString()));
                    assertTrue(java.util.Arrays.equals(Files.readAllBytes(file), second), site.relativize(file) + " differs");
                }
            }
        }
    }

    @Test
    void aCategoryThatOverflowsTwoPagesIsAWarningNotAnError() throws IOException {
        SheetFixture big = new SheetFixture();
        Path content = big.write(temp.resolve("big-content"), 150);
        Path output = temp.resolve("big-site");
        Cli.Run result = Cli.build(content, output);
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.err().matches("(?s)warning: the cheat sheet of category 'cat0' \\(questions/cat0\\.yaml\\) takes "
                + "\\d+ pages on A4 and \\d+ pages on US Letter; a category's sheet should fit on 2: .*\\n"), result.err());
        assertTrue(Files.isRegularFile(output.resolve("print/cheatsheet-cat0-a4.pdf")));
    }

    @Test
    void sheetsAreLinkedFromTheHomeAndCategoryPagesAndEveryLinkResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        List<Path> pages = new ArrayList<>(List.of(site.resolve("index.html")));
        categories().forEach(c -> pages.add(site.resolve(c + ".html")));
        try (Stream<Path> sheets = Files.list(site.resolve("print"))) {
            sheets.filter(p -> p.toString().endsWith(".html")).sorted().forEach(pages::add);
        }
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element a : doc.select("a[href], link[href]")) {
                String href = a.attr("href").replaceAll("[?#].*", "");
                if (!href.isEmpty() && !href.startsWith("http") && !Files.isRegularFile(page.resolveSibling(href).normalize())) {
                    broken.add(site.relativize(page) + " -> " + a.attr("href"));
                }
            }
        }
        assertEquals(List.of(), broken);
        Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertEquals(List.of("print/cheatsheet.html", "print/cheatsheet-a4.pdf", "print/cheatsheet-letter.pdf",
                "print/quiz.html", "print/quiz-a4.pdf", "print/quiz-letter.pdf", "print/cards.html", "print/cards-a4.pdf",
                "print/cards-letter.pdf"), home.select(".print-links a").eachAttr("href"));
        Document category = Jsoup.parse(site.resolve("cat1.html").toFile(), "UTF-8");
        assertTrue(category.select(".print-links a").eachAttr("href").contains("print/cheatsheet-cat1-a4.pdf"));
    }
}
