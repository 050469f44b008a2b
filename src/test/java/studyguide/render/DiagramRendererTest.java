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

    /** The test class path has Saxon (through the Nu HTML Checker), whose serializer PlantUML then uses. */
    @Test
    void svgIsValidInHtmlAndTheSameWhicheverXmlSerializerRendersIt() {
        String svg = renderer.plantUml("A -> B : 2 \u00d7 3 < 7 & \"quoted\"", at);
        assertFalse(svg.contains("xmlns=\"\""), "no empty namespace on the root's children: " + svg);
        assertTrue(svg.contains("2 \u00d7 3"), "non-ASCII written as the character, not a reference: " + svg);
        assertTrue(svg.contains("&lt; 7 &amp;"), "markup characters stay escaped: " + svg);
    }

    @Test
    void authorsSvgFilesLoseOnlyWhatHtmlForbids() {
        String svg = renderer.svgFile("<?xml version=\"1.0\"?>\n<!-- c -->\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "style=\"width:10px\"><g xmlns=\"\"><text>&#215;</text></g></svg>", at);
        assertEquals("<svg xmlns=\"http://www.w3.org/2000/svg\"><g><text>&#215;</text></g></svg>", svg);
    }

    /** PlantUML's time grows faster than a label's length: a megabyte label would stall the build for minutes. */
    @Test
    void refusesOversizedDiagramsAtTheirLongLine() {
        assertNull(renderer.plantUml("A -> B : hi\nB -> A : " + "x".repeat(1_000_000), at));
        assertEquals("[d.puml:2: a line of 1000009 characters; a diagram's lines can be at most 2000 characters long]",
                problems.sorted().toString());
        assertNull(renderer.plantUml("A -> B : hello\n".repeat(10_000), new Position(Path.of("e.puml"), 1, 0)));
        assertEquals("e.puml:1: this diagram is 146 KB of PlantUML; at most 64 KB can be drawn: split it into several diagrams",
                problems.sorted().get(1).toString());
    }
}
