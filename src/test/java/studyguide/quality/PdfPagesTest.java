package studyguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import studyguide.BuiltSites;
import studyguide.Slow;
import studyguide.print.PageInk;

/**
 * Every PDF the build renders (print/) of every built site has no blank or mostly empty page: only a document's last page may be
 * short, and the last page of a quiz sheet's questions, which the answer key follows on a page of its own.
 */
class PdfPagesTest {

    @Test
    @Slow.Heavy
    void noPdfHasABlankOrMostlyEmptyPage() throws IOException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (BuiltSites.Site site : BuiltSites.all()) {
            for (Path pdf : pdfs(site.root())) {
                byte[] bytes = Files.readAllBytes(pdf);
                String key = answerKeyStart(pdf);
                List<String> empty = PageInk.mostlyEmpty(bytes, page -> key != null && startsWith(bytes, page + 1, key));
                empty.forEach(e -> problems.add(site.name() + ": " + site.root().relativize(pdf) + ": " + e));
                checked++;
            }
        }
        assertFalse(checked == 0, "no PDF was built");
        assertEquals(List.of(), problems);
    }

    @Test
    void theMeasureSeesABlankPage() throws IOException {
        byte[] pdf = withBlankPage(Files.readAllBytes(BuiltSites.get("small").root().resolve("print/quiz-a4.pdf")));
        List<String> empty = PageInk.mostlyEmpty(pdf, page -> false);
        assertEquals("page 1 of", empty.get(0).substring(0, 9), empty::toString);
        assertTrue(empty.get(0).endsWith("(0% inked)"), empty::toString);
    }

    /** The PDF with a blank page, the size of its first, before the first. */
    private static byte[] withBlankPage(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage first = document.getPage(0);
            document.getPages().insertBefore(new PDPage(first.getMediaBox()), first);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /**
     * How the quiz sheet's answer key begins, from the sheet's page beside the PDF: the number of its first
     * entry, such as "73." (the heading may be in letters the PDF's fonts print as '#'); null without a key.
     */
    private static String answerKeyStart(Path pdf) throws IOException {
        String name = pdf.getFileName().toString().replaceAll("-(a4|letter)\\.pdf$", ".html");
        Path page = pdf.resolveSibling(name);
        if (!Files.exists(page)) {
            return null;
        }
        Element first = Jsoup.parse(Files.readString(page)).selectFirst(".quiz-key-entry .quiz-number");
        return first == null ? null : first.text();
    }

    private static boolean startsWith(byte[] pdf, int page, String text) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (page > document.getNumberOfPages()) {
                return false;
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            // The footer's line (drawn first), the heading's and the first entry's, in an order that varies.
            return Stream.of(stripper.getText(document).strip().split("\\R")).limit(8)
                    .anyMatch(line -> line.startsWith(text + " "));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> pdfs(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            // The PDFs the build renders; those in media/ are the guide's own files, copied as they are.
            return walk.filter(p -> p.getFileName().toString().endsWith(".pdf") && p.getParent().endsWith("print"))
                    .sorted().toList();
        }
    }
}
