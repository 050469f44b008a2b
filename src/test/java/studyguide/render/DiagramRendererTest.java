package studyguide.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import studyguide.problem.Position;
import studyguide.problem.Problems;

class DiagramRendererTest {

    private final Problems problems = new Problems();
    private final DiagramRenderer renderer = new DiagramRenderer(problems);
    private final Position at = new Position(Path.of("d.puml"), 1, 0);

    @Test
    void rendersAGraphDiagramWithoutGraphviz() {
        String svg = renderer.plantUml("@startuml\ncomponent A\ncomponent B\nA --> B\n@enduml\n", at);
        assertTrue(problems.isEmpty(), () -> problems.sorted().toString());
        assertTrue(svg.startsWith("<svg"), svg);
        assertFalse(svg.contains("<?xml") || svg.contains("style=\"width"), "inlinable and scalable");
    }

    @Test
    void namesTheAuthorsLineOfASyntaxError() {
        assertNull(renderer.plantUml("\n@startuml\nA -> B\nthis is ( wrong\n@enduml\n", at));
        assertEquals(4, problems.sorted().get(0).position().line(), problems.sorted()::toString);
    }

    @Test
    void acceptsABodyWithoutStartAndEnd() {
        assertTrue(renderer.plantUml("Alice -> Bob : hi", at).contains("Alice"));
        assertNull(renderer.plantUml("Alice -> Bob : hi\nnot ( valid", at));
        assertEquals(2, problems.sorted().get(0).position().line(), problems.sorted()::toString);
    }
}
