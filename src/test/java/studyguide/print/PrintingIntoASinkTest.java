package studyguide.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.bench.SyntheticGuide;
import studyguide.cache.Cache;
import studyguide.cache.DiskCache;
import studyguide.diagram.DiagramCache;
import studyguide.diagram.DiagramRenderer;
import studyguide.load.GuideLoader;
import studyguide.markdown.MarkdownRenderer;
import studyguide.model.Guide;
import studyguide.output.OutputFile;
import studyguide.output.OutputSink;
import studyguide.problem.Problems;
import studyguide.view.RenderedGuide;
import studyguide.view.TemplateRenderer;
import studyguide.view.ViewBuilder;

/**
 * A build writes each sheet as soon as it is made and lets go of a page too long to lay out; what it prints must
 * be what printing with every page kept prints, byte for byte, warnings included.
 */
class PrintingIntoASinkTest {

    @TempDir
    Path temp;

    @Test
    void sheetsWrittenAsTheyAreMadePrintWhatSheetsKeptWholePrint() throws IOException {
        Map<String, String> environment = Map.of("STUDYGUIDE_CACHE_DIR",
                System.getenv().getOrDefault("STUDYGUIDE_CACHE_DIR", "target/test-cache"));
        // Enough questions for the whole guide's printable cards to be far too long to lay out, and few enough
        // for a category's sheets to fit.
        SyntheticGuide.write(300, temp.resolve("guide"));
        Problems problems = new Problems();
        Guide guide = new GuideLoader(problems).load(temp.resolve("guide/content"));
        problems.throwIfAny();
        DiagramRenderer diagrams = new DiagramRenderer(problems, DiagramCache.forUser(environment));
        RenderedGuide rendered = new ViewBuilder(new MarkdownRenderer(diagrams, problems), diagrams).build(guide, null).views();
        TemplateRenderer templates = new TemplateRenderer(Path.of("templates"), problems,
                TemplateRenderer.configuration(Path.of("templates")), Cache.none(), Cache.none(), Cache.none());
        List<OutputFile> assets = new ArrayList<>();
        Path folder = Path.of("templates/assets");
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                assets.add(new OutputFile("assets/" + folder.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f)));
            }
        }
        Printing.Caches caches = new Printing.Caches(Cache.none(), DiskCache.forUser(environment, "fonts", ".ttf"),
                DiskCache.forUser(environment, "pdf", ".pdf"));

        Printing.Result whole = Printing.print(templates, rendered, assets, caches);
        Map<String, byte[]> written = new ConcurrentHashMap<>();
        Printing.Result streamed = Printing.print(templates, rendered, assets, caches, new OutputSink() {
            @Override
            public void add(OutputFile file) {
                assertEquals(null, written.put(file.path(), file.bytes()), file.path() + " written twice");
            }

            @Override
            public OutputStream create(String path) {
                throw new AssertionError("printing makes its files in memory");
            }
        });
        problems.throwIfAny();

        assertEquals(List.of(), streamed.files(), "everything went to the sink");
        assertEquals(whole.warnings(), streamed.warnings());
        assertTrue(whole.warnings().stream().anyMatch(w -> w.startsWith("the whole guide's") && w.contains("print/cards.html")),
                "a sheet too long to lay out is among them: " + whole.warnings());
        Map<String, byte[]> expected = new TreeMap<>();
        whole.files().forEach(f -> expected.put(f.path(), f.bytes()));
        assertEquals(expected.keySet(), new TreeMap<>(written).keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, written.get(path), path));
        assertTrue(expected.keySet().stream().filter(p -> p.endsWith(".pdf")).count() > 10, expected.keySet().toString());
    }
}
