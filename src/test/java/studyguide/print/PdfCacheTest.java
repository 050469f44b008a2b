package studyguide.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.cache.DiskCache;
import studyguide.output.OutputFile;

/** A rebuild reuses a sheet's PDF only while the page and every file it loads are unchanged. */
class PdfCacheTest {

    private static final Sheet SHEET = new Sheet(Sheet.Kind.CHEATSHEET, "cat", "Cat");
    private static final String CSS = "print/sheet.css";
    private static final OutputFile PAGE = OutputFile.text(Sheet.FOLDER + SHEET.htmlName(),
            "<!DOCTYPE html><html><head><title>Cat</title><link rel=\"stylesheet\" href=\"sheet.css\"/>"
                    + "<link rel=\"stylesheet\" href=\"missing.css\"/></head><body><h1>Cat</h1><p>Key point.</p></body></html>");
    /** A PDF that no renderer made: when a build returns it, it came from the cache. */
    private static final PdfRenderer.Pdf KEPT = new PdfRenderer.Pdf("kept".getBytes(StandardCharsets.US_ASCII), 7,
            List.of("a kept warning"), List.of(CSS, "print/missing.css"));

    private static Map<String, byte[]> site(String css) {
        Map<String, byte[]> site = new HashMap<>();
        site.put(CSS, css.getBytes(StandardCharsets.UTF_8));
        site.put(PAGE.path(), PAGE.bytes());
        return site;
    }

    private static SheetPdfs.Result build(Map<String, byte[]> site, PdfCache cache) throws IOException {
        return SheetPdfs.render(List.of(new RenderedSheet(SHEET, PAGE)), site, cache);
    }

    private static byte[] a4(SheetPdfs.Result result) {
        return result.files().stream().filter(f -> f.path().endsWith("-a4.pdf")).findFirst().orElseThrow().bytes();
    }

    @Test
    void theRendererReportsTheFilesAPageLoaded() throws IOException {
        PdfRenderer.Pdf pdf = new PdfRenderer(site("h1 { color: red; }")).render(PAGE, Paper.A4);
        assertTrue(pdf.resources().containsAll(List.of(CSS, "print/missing.css")), pdf.resources()::toString);
    }

    @Test
    void aRebuildTakesTheKeptPdfWithItsPagesAndWarnings(@TempDir Path folder) throws IOException {
        Map<String, byte[]> site = site("h1 { color: red; }");
        SheetPdfs.Result first = build(site, PdfCache.in(folder, site));
        PdfCache.in(folder, site).put(PAGE, Paper.A4, KEPT);

        SheetPdfs.Result second = build(site, PdfCache.in(folder, site));
        assertArrayEquals(KEPT.bytes(), a4(second));
        assertTrue(second.warnings().contains(PAGE.path().replace(".html", "-a4.pdf") + ": a kept warning"),
                second.warnings()::toString);
        // The other paper was rendered by the first build and kept as it was.
        assertArrayEquals(first.files().stream().filter(f -> f.path().endsWith("-letter.pdf")).findFirst().orElseThrow().bytes(),
                second.files().stream().filter(f -> f.path().endsWith("-letter.pdf")).findFirst().orElseThrow().bytes());
        assertEquals(7, PdfCache.in(folder, site).get(PAGE, Paper.A4).pages());
    }

    @Test
    void aChangedStylesheetIsRenderedAgain(@TempDir Path folder) throws IOException {
        PdfCache.in(folder, site("h1 { color: red; }")).put(PAGE, Paper.A4, KEPT);
        assertNotNull(PdfCache.in(folder, site("h1 { color: red; }")).get(PAGE, Paper.A4));

        Map<String, byte[]> changed = site("h1 { color: blue; }");
        assertNull(PdfCache.in(folder, changed).get(PAGE, Paper.A4));
        byte[] rendered = a4(build(changed, PdfCache.in(folder, changed)));
        assertTrue(new String(rendered, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
    }

    @Test
    void aFileThatAppearedSinceIsRenderedAgain(@TempDir Path folder) {
        Map<String, byte[]> site = site("h1 { color: red; }");
        PdfCache.in(folder, site).put(PAGE, Paper.A4, KEPT);
        site.put("print/missing.css", "p { color: green; }".getBytes(StandardCharsets.UTF_8));
        assertNull(PdfCache.in(folder, site).get(PAGE, Paper.A4));
    }

    @Test
    void anotherPageOrPaperIsNotTheKeptOne(@TempDir Path folder) {
        Map<String, byte[]> site = site("h1 { color: red; }");
        PdfCache.in(folder, site).put(PAGE, Paper.A4, KEPT);
        assertNull(PdfCache.in(folder, site).get(PAGE, Paper.LETTER));
        OutputFile edited = OutputFile.text(PAGE.path(), new String(PAGE.bytes(), StandardCharsets.UTF_8).replace("Key", "Edited"));
        assertNull(PdfCache.in(folder, site).get(edited, Paper.A4));
        OutputFile moved = new OutputFile("print/other.html", PAGE.bytes());
        assertNull(PdfCache.in(folder, site).get(moved, Paper.A4));
    }

    @Test
    void aDamagedEntryIsRenderedAgain(@TempDir Path folder) throws IOException {
        Map<String, byte[]> site = site("h1 { color: red; }");
        PdfCache.in(folder, site).put(PAGE, Paper.A4, KEPT);
        Path entry;
        try (Stream<Path> files = Files.walk(folder)) {
            entry = files.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
        for (String damage : List.of("", "studyguide pdf cache 2\npages x\n\nkept", "studyguide pdf cache 2\nresource\n\nkept",
                "other cache\npages 1\n\nkept", "studyguide pdf cache 2\npages 1\nkept")) {
            Files.writeString(entry, damage);
            assertNull(PdfCache.in(folder, site).get(PAGE, Paper.A4), damage);
        }
        assertTrue(new String(a4(build(site, PdfCache.in(folder, site))), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
    }

    @Test
    void aFolderThatCannotBeWrittenOnlyCostsTime(@TempDir Path temp) throws IOException {
        Path notAFolder = Files.writeString(temp.resolve("file"), "not a folder");
        Map<String, byte[]> site = site("h1 { color: red; }");
        byte[] rendered = a4(build(site, PdfCache.in(notAFolder, site)));
        assertArrayEquals(a4(build(site, PdfCache.none())), rendered);
    }

    @Test
    void theUsersCacheIsInTheCacheFolder(@TempDir Path temp) throws IOException {
        Map<String, byte[]> site = site("h1 { color: red; }");
        build(site, PdfCache.of(DiskCache.forUser(Map.of(studyguide.cache.UserCache.FOLDER_VARIABLE, temp.toString()), "pdf", ".pdf"), site));
        try (Stream<Path> files = Files.walk(temp.resolve("pdf"))) {
            assertEquals(2, files.filter(f -> f.toString().endsWith(".pdf")).count());
        }
    }
}
