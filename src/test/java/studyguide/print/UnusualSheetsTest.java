package studyguide.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
        try (PDDocument pdf = Loader.loadPDF(temp.resolve("site/print/cheatsheet-long-a4.pdf").toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
        }
    }

    @Test
    void aSheetOfHundredsOfPagesGetsAWarningAndAOnePagePdf(@TempDir Path temp) throws Exception {
        StringWriter err = new StringWriter();
        assertEquals(0, build(temp, "word ".repeat(40_000), err), err::toString);
        assertTrue(err.toString().contains("warning: print/cheatsheet-long.html is far too long to print"), err.toString());
        try (PDDocument pdf = Loader.loadPDF(temp.resolve("site/print/cheatsheet-long-a4.pdf").toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
        }
    }
}
