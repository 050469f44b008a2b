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

/** A sheet far too long to print gets a one-page PDF that says so and a warning, instead of minutes of layout. */
class OverlongSheetTest {

    @Test
    void aSheetOfHundredsOfPagesGetsAWarningAndAOnePagePdf(@TempDir Path temp) throws Exception {
        Path content = Files.createDirectories(temp.resolve("content/questions"));
        Files.writeString(temp.resolve("content/site.yaml"), "title: Long\ndescription: One very long key point.\n");
        String longPoint = "word ".repeat(40_000);
        Files.writeString(content.resolve("long.yaml"), "title: Long\nquestions:\n  - id: q\n    question: Q?\n"
                + "    answer: A.\n    key_points:\n      - \"" + longPoint + "\"\n");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"build", "--content", temp.resolve("content").toString(), "--output",
                temp.resolve("site").toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        assertEquals(0, code, err::toString);
        assertTrue(err.toString().contains("warning: print/cheatsheet-long.html is far too long to print"), err.toString());
        try (PDDocument pdf = Loader.loadPDF(temp.resolve("site/print/cheatsheet-long-a4.pdf").toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
        }
    }
}
