package studyguide.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studyguide.cache.Cache;
import studyguide.cache.DiskCache;
import studyguide.cache.Memo;
import studyguide.diagram.DiagramCache;
import studyguide.diagram.DiagramRenderer;
import studyguide.load.GuideLoader;
import studyguide.markdown.MarkdownRenderer;
import studyguide.model.Guide;
import studyguide.output.OutputFile;
import studyguide.problem.Problems;
import studyguide.view.RenderedGuide;
import studyguide.view.TemplateRenderer;
import studyguide.view.ViewBuilder;

/** {@code serve} reuses the last print while the sheets and the theme's assets stay the same, and only then. */
class PrintingMemoryTest {

    static RenderedGuide rendered;
    static TemplateRenderer templates;
    static List<OutputFile> assets = new ArrayList<>();
    static Map<String, String> environment = Map.of("STUDYGUIDE_CACHE_DIR",
            System.getenv().getOrDefault("STUDYGUIDE_CACHE_DIR", "target/test-cache"));

    /** The caches of serve's printing: the last print in memory, fonts and PDFs on disk. */
    private static Printing.Caches serves() {
        return new Printing.Caches(new Memo<>(), DiskCache.forUser(environment, "fonts", ".ttf"),
                DiskCache.forUser(environment, "pdf", ".pdf"));
    }

    @BeforeAll
    static void render() throws IOException {
        Problems problems = new Problems();
        Guide guide = new GuideLoader(problems).load(Path.of("src/test/resources/guides/small"));
        problems.throwIfAny();
        DiagramRenderer diagrams = new DiagramRenderer(problems, DiagramCache.forUser(environment));
        rendered = new ViewBuilder(new MarkdownRenderer(diagrams, problems), diagrams).build(guide, null).views();
        templates = new TemplateRenderer(Path.of("templates"), problems, TemplateRenderer.configuration(Path.of("templates")),
                Cache.none(), Cache.none(), Cache.none());
        Path folder = Path.of("templates/assets");
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                assets.add(new OutputFile("assets/" + folder.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f)));
            }
        }
        problems.throwIfAny();
    }

    @Test
    void theSamePrintWhileNothingItIsMadeFromChanged() throws IOException {
        Printing.Caches memory = serves();
        Printing.Result first = Printing.print(templates, rendered, assets, memory);
        assertFalse(first.files().isEmpty());
        assertSame(first.files(), Printing.print(templates, rendered, new ArrayList<>(assets), memory).files());
    }

    @Test
    void aChangedStyleSheetPrintsAgain() throws IOException {
        Printing.Caches memory = serves();
        Printing.Result first = Printing.print(templates, rendered, assets, memory);
        List<OutputFile> edited = new ArrayList<>();
        for (OutputFile f : assets) {
            edited.add(f.path().endsWith(".css")
                    ? new OutputFile(f.path(), (new String(f.bytes(), StandardCharsets.UTF_8) + "\n/* edited */\n").getBytes(StandardCharsets.UTF_8))
                    : f);
        }
        assertTrue(edited.stream().anyMatch(f -> f.path().endsWith(".css")), "the theme has a style sheet");
        Printing.Result again = Printing.print(templates, rendered, edited, memory);
        assertNotSame(first.files(), again.files());
        // The sheets themselves did not change; made again, they come out the same.
        assertEquals(first.files().size(), again.files().size());
        for (int i = 0; i < first.files().size(); i++) {
            if (first.files().get(i).path().endsWith(".html")) {
                assertArrayEquals(first.files().get(i).bytes(), again.files().get(i).bytes());
            }
        }
    }

    @Test
    void aOneOffBuildKeepsNothing() throws IOException {
        Printing.Caches none = new Printing.Caches(Cache.none(), serves().fonts(), serves().pdfs());
        Printing.Result first = Printing.print(templates, rendered, assets, none);
        assertNotSame(first.files(), Printing.print(templates, rendered, assets, none).files());
    }

    @Test
    void printsAreTheSameWhenTheirFilesHaveTheSameBytes() {
        byte[] page = "<p>a</p>".getBytes(StandardCharsets.UTF_8);
        Printing.Inputs inputs = new Printing.Inputs(List.of(new OutputFile("print/cheat-sheet.html", page)));
        Printing.Inputs copy = new Printing.Inputs(List.of(new OutputFile("print/cheat-sheet.html", page.clone())));
        Printing.Inputs edited = new Printing.Inputs(List.of(new OutputFile("print/cheat-sheet.html",
                "<p>b</p>".getBytes(StandardCharsets.UTF_8))));
        assertEquals(inputs, copy);
        assertEquals(inputs.hashCode(), copy.hashCode());
        assertNotEquals(inputs, edited, "an edit that keeps the length is still an edit");
    }
}
