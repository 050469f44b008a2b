package studyguide.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studyguide.cache.Cache;
import studyguide.diagram.DiagramCache;
import studyguide.diagram.DiagramRenderer;
import studyguide.load.GuideLoader;
import studyguide.markdown.MarkdownRenderer;
import studyguide.model.Guide;
import studyguide.output.OutputFile;
import studyguide.problem.Problems;
import studyguide.search.SearchIndex;
import studyguide.view.RenderedGuide;
import studyguide.view.SearchText;
import studyguide.view.TemplateRenderer;
import studyguide.view.ViewBuilder;

/**
 * The single file is rewritten a piece at a time as its template runs, so that a large guide's file is
 * never whole in memory; cut anywhere the cutting allows, it must come out exactly as rewritten whole.
 */
class SingleFilePiecesTest {

    static RenderedGuide rendered;
    static TemplateRenderer templates;
    static List<OutputFile> site = new ArrayList<>();
    static Problems problems = new Problems();

    @BeforeAll
    static void render() throws IOException {
        Guide guide = new GuideLoader(problems).load(Path.of("content"));
        problems.throwIfAny();
        DiagramRenderer diagrams = new DiagramRenderer(problems, DiagramCache.forUser(System.getenv()));
        MarkdownRenderer markdown = new MarkdownRenderer(diagrams, problems);
        ViewBuilder.Built built = new ViewBuilder(markdown, diagrams).build(guide, null);
        rendered = built.views();
        templates = new TemplateRenderer(Path.of("templates"), problems, TemplateRenderer.configuration(Path.of("templates")),
                Cache.none(), Cache.none(), Cache.none());
        Path assets = Path.of("templates/assets");
        try (Stream<Path> files = Files.walk(assets)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                site.add(new OutputFile("assets/" + assets.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f)));
            }
        }
        SearchIndex index = new SearchIndex(markdown);
        site.addAll(index.build(guide, built.views().pages(), index.entries(guide, built.searchTexts().toArray(SearchText[]::new))));
        problems.throwIfAny();
    }

    /** The single file, and in {@code writes} each text as it was passed on. */
    private static String singleFile(int piece, List<String> writes) throws IOException {
        StringWriter text = new StringWriter();
        StringWriter out = new StringWriter() {
            @Override
            public void write(String s) {
                writes.add(s);
                text.write(s);
            }

            @Override
            public void write(String s, int offset, int length) {
                write(s.substring(offset, offset + length));
            }
        };
        assertTrue(SingleFile.write(rendered, templates, site, List.of(), out, piece));
        problems.throwIfAny();
        return text.toString();
    }

    @Test
    void piecesMakeTheSameFileAsTheWhole() throws IOException {
        List<String> whole = new ArrayList<>();
        String expected = singleFile(Integer.MAX_VALUE, whole);
        int bodyEnd = expected.lastIndexOf("</body>");
        assertTrue(expected.startsWith(whole.get(0)) && whole.get(0).length() > expected.lastIndexOf("</main>"),
                "the template's output up to the end of the body is one piece");
        assertEquals(expected.substring(bodyEnd), whole.get(whole.size() - 1), "the body's end is written last");
        for (int piece : new int[] {1, 100, 4096, 65536}) {
            List<String> pieces = new ArrayList<>();
            assertEquals(expected, singleFile(piece, pieces), "pieces of " + piece + " characters");
            assertTrue(pieces.size() > expected.length() / Math.max(piece, 2000) / 4,
                    pieces.size() + " pieces of " + piece + " for " + expected.length() + " characters");
        }
        assertTrue(expected.contains("studyguide single file"), "the link script is in");
        assertTrue(expected.contains("window.studyguideIndex") && !expected.contains("src=\"assets/search-index.js\""),
                "the search index is inlined");
    }

    @Test
    void cutsOnlyBeforeTagsOutsideScriptsStylesAndCommentsAndBeforeTheBodyEnds() {
        assertEquals(0, SingleFile.lastCut("no tags at all"));
        assertEquals(8, SingleFile.lastCut("<p>a</p><p>b"));
        assertEquals(0, SingleFile.lastCut("<script>if (a <b) x()"), "inside a script that has not ended");
        assertEquals(20, SingleFile.lastCut("<script>a<b</script><p>"));
        assertEquals(0, SingleFile.lastCut("<!-- <p> --"));
        assertEquals(12, SingleFile.lastCut("<!-- <p> --><p>"));
        assertEquals(0, SingleFile.lastCut("<STYLE>a<b"));
        assertEquals(3, SingleFile.lastCut("<p><i></body><p>"), "never past </body>");
        assertEquals(0, SingleFile.lastCut("<p>< b"), "'<' not followed by a letter starts no tag");
        assertEquals(7, SingleFile.lastCut("<p>a< b<i>"));
    }
}
