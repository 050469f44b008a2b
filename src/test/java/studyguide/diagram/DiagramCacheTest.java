package studyguide.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.problem.Position;
import studyguide.problem.Problems;

/** Diagrams drawn once are reused by later builds, and only while their source is unchanged. */
class DiagramCacheTest {

    private static final String SOURCE = "@startuml\nAlice -> Bob : hello\n@enduml\n";

    @TempDir
    Path folder;

    private final Position at = new Position(Path.of("d.puml"), 1, 0);

    private List<Path> kept() throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.toString().endsWith(".svg")).toList();
        }
    }

    @Test
    void aLaterBuildUsesTheKeptPictureInsteadOfDrawing() throws IOException {
        Problems problems = new Problems();
        String drawn = new DiagramRenderer(problems, DiagramCache.in(folder)).plantUml(SOURCE, at);
        assertTrue(problems.isEmpty(), () -> problems.sorted().toString());
        assertEquals(1, kept().size());
        // The same picture from the cache as from PlantUML, so cached builds stay byte-identical.
        assertEquals(drawn, new DiagramRenderer(problems, DiagramCache.in(folder)).plantUml(SOURCE, at));

        // Proof that the kept file is what a new build shows: change it and see the change.
        Files.writeString(kept().get(0), "<svg id=\"kept\"></svg>");
        assertEquals("<svg id=\"kept\"></svg>", new DiagramRenderer(problems, DiagramCache.in(folder)).plantUml(SOURCE, at));
    }

    @Test
    void aChangedSourceIsDrawnAnew() throws IOException {
        Problems problems = new Problems();
        new DiagramRenderer(problems, DiagramCache.in(folder)).plantUml(SOURCE, at);
        Files.writeString(kept().get(0), "<svg id=\"kept\"></svg>");
        String changed = new DiagramRenderer(problems, DiagramCache.in(folder))
                .plantUml(SOURCE.replace("hello", "goodbye"), at);
        assertTrue(changed.contains("goodbye"), changed);
        assertEquals(2, kept().size());
    }

    @Test
    void diagramsWithErrorsAreNeverKeptAndAreReportedEveryTime() throws IOException {
        String broken = "@startuml\nA -> B\nthis is ( wrong\n@enduml\n";
        for (int build = 0; build < 2; build++) {
            Problems problems = new Problems();
            assertNull(new DiagramRenderer(problems, DiagramCache.in(folder)).plantUml(broken, at));
            assertEquals(1, problems.sorted().size(), "build " + build);
        }
        assertEquals(List.of(), kept());
    }

    @Test
    void aCacheThatCannotBeWrittenOnlyCostsTime() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("file"), "x");
        Problems problems = new Problems();
        String svg = new DiagramRenderer(problems, DiagramCache.in(notAFolder)).plantUml(SOURCE, at);
        assertNotNull(svg);
        assertTrue(problems.isEmpty(), () -> problems.sorted().toString());
    }

    @Test
    void theFolderFollowsTheEnvironment() {
        Problems problems = new Problems();
        new DiagramRenderer(problems, DiagramCache.forUser(Map.of(DiagramCache.FOLDER_VARIABLE, folder.toString())))
                .plantUml(SOURCE, at);
        assertTrue(Files.isDirectory(folder.resolve("diagrams")));
        new DiagramRenderer(problems, DiagramCache.forUser(Map.of("XDG_CACHE_HOME", folder.resolve("xdg").toString())))
                .plantUml(SOURCE, at);
        assertTrue(Files.isDirectory(folder.resolve("xdg/studyguide/diagrams")));
        assertFalse(Files.exists(folder.resolve("xdg/diagrams")));
    }
}
