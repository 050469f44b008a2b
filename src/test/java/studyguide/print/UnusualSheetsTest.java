package studyguide.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.Main;

/** Sheets from content no one planned for: far too long to print, or with characters the font lacks. */
class UnusualSheetsTest {

    private static int build(Path temp, String keyPoint, StringWriter err) throws Exception {
        Path content = Files.createDirectories(temp.resolve("content/questions"));
        Files.writeString(temp.resolve("content/site.yaml"), "title: Long\ndescription: One unusual key point.\n");
        Files.writeString(content.resolve("long.yaml"), "title: Long\nquestions:\n  - id: q\n    question: Q?\n"
                + "    answer: A.\n    key_points:\n      - \"" + keyPoint + "\"\n");
        return Main.run(new String[] {"build", "--content", temp.resolve("content").toString(), "--output",
                temp.resolve("site").toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
    }

    @Test
    void characterBeyondTheFontsPlaneStillPrints(@TempDir Path temp) throws Exception {
        StringWriter err = new StringWriter();
        assertEquals(0, build(temp, "Hot partitions \uD83D\uDD25 need sharding", err), err::toString);
        assertTrue(err.toString().contains("warning: print/: the PDFs cannot show 1 character of the sheets, such as "
                + "'\uD83D\uDD25' (U+1F525): their fonts (DejaVu) have no glyph for them, so each prints as '#'"), err::toString);
        try (PDDocument pdf = Loader.loadPDF(temp.resolve("site/print/cheatsheet-long-a4.pdf").toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
        }
    }

    @Test
    void aKeyPointWithATableTooWideForAColumnIsWarnedAtItsQuestion(@TempDir Path temp) throws Exception {
        StringWriter err = new StringWriter();
        String row = "|" + " x |".repeat(30);
        assertEquals(0, build(temp, "Columns:\\n\\n" + row + "\\n" + "|---".repeat(30) + "|\\n" + row, err), err::toString);
        assertTrue(err.toString().contains("questions/long.yaml:3:"), err::toString);
        assertTrue(err.toString().contains("a key point of question 'q' holds a table of 30 columns (a column fits 6), "
                + "which a cheat sheet's column cannot lay out (the PDF breaks it one letter a line over the next "
                + "question): move it into the answer and keep the key point short (docs/printing.md)"), err::toString);
    }

    @Test
    void aKeyPointWithListsNestedTooDeepIsWarnedAtItsQuestion(@TempDir Path temp) throws Exception {
        StringWriter err = new StringWriter();
        assertEquals(0, build(temp, "Levels:\\n\\n- one\\n  - two\\n    - three\\n      - four", err), err::toString);
        assertTrue(err.toString().contains("a key point of question 'q' holds lists nested 4 deep (a column fits 3)"),
                err::toString);
    }

    @Test
    void anOrdinaryKeyPointGetsNoLayoutWarning() {
        assertEquals(null, KeyPointLayout.problem(java.util.List.of("<p>short</p>", "<table><tr><td>a</td><td>b</td></tr></table>",
                "<ul><li>a<ul><li>b<ul><li>c</li></ul></li></ul></li></ul>")));
    }

    @Test
    void aSheetOfHundredsOfPagesGetsAWarningAndAOnePagePdf(@TempDir Path temp) throws Exception {
        StringWriter err = new StringWriter();
        assertEquals(0, build(temp, "word ".repeat(40_000), err), err::toString);
        // The one category's sheets are as long as the whole guide's: printing a category's sheet is no way out.
        List<String> warnings = err.toString().lines().filter(l -> l.startsWith("warning: ")).toList();
        assertEquals(2, warnings.size(), err::toString);
        assertTrue(warnings.get(0).startsWith("warning: the whole guide's cheat sheet and flashcard sheet (print/cheatsheet.html, "
                + "print/cards.html) are too long to print ("), warnings.get(0));
        assertTrue(warnings.get(0).endsWith("print a category's sheet where it fits, or shorten the key points"), warnings.get(0));
        assertTrue(warnings.get(1).startsWith("warning: the cheat sheet, interviewer kit and flashcard sheet of category 'long' "
                + "(questions/long.yaml) are too long to print ("), warnings.get(1));
        assertTrue(warnings.get(1).endsWith("split the category into smaller ones, or shorten its key points"), warnings.get(1));
        try (PDDocument pdf = Loader.loadPDF(temp.resolve("site/print/cheatsheet-long-a4.pdf").toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Open the page in a browser"), text);
            assertFalse(text.contains("category"), text);
        }
        try (PDDocument pdf = Loader.loadPDF(temp.resolve("site/print/cheatsheet-letter.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Print the sheet of one category instead"), text);
        }
        // The page itself is whole, for the browser.
        assertTrue(Files.size(temp.resolve("site/print/cheatsheet-long.html")) > 120 * 1024);
    }
}
