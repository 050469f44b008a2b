package studyguide.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import studyguide.Slow;
import studyguide.cache.Memo;
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
        assertFalse(svg.matches("(?s).*<g\\b[^>]*lengthAdjust.*"), "lengthAdjust only on text, where SVG has it: " + svg);
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

    @TempDir
    Path temp;

    /** A renderer for a guide in {@code temp/content}, with {@code diagrams/} made. */
    private DiagramRenderer inGuide(Memo<String, String> memo, DiagramCache saved) throws IOException {
        Files.createDirectories(temp.resolve("content/diagrams"));
        return new DiagramRenderer(problems, memo, saved, temp.resolve("content"));
    }

    /** The one problem a guide's renderer reports for {@code source}, which it must not draw. */
    private String refused(String source) throws IOException {
        Problems own = new Problems();
        Files.createDirectories(temp.resolve("content/diagrams"));
        DiagramRenderer renderer = new DiagramRenderer(own, new Memo<>(), DiagramCache.none(), temp.resolve("content"));
        assertNull(renderer.plantUml(source, at));
        assertEquals(1, own.sorted().size(), own.sorted()::toString);
        return own.sorted().get(0).toString();
    }

    @Test
    void includesOutsideTheContentFolderAreRefused() throws IOException {
        Files.writeString(temp.resolve("secret.iuml"), "Alice -> Bob : the key is 42\n");
        String rule = "; a diagram can include only files inside the content folder, named by a relative path";
        assertEquals("d.puml:2: PlantUML: '!include /etc/passwd' names a file outside the content folder" + rule,
                refused("Alice -> Bob\n!include /etc/passwd"));
        assertEquals("d.puml:1: PlantUML: '!include ../../secret.iuml' names a file outside the content folder" + rule,
                refused("!include ../../secret.iuml\nAlice -> Bob"));
        assertEquals("d.puml:2: PlantUML: '!include $f' names its file through a variable; name the file itself",
                refused("!$f = \"/etc/passwd\"\n!include $f"));
        assertEquals("d.puml:1: PlantUML: '!includeurl https://example.com/x.iuml' reads an address" + rule,
                refused("!includeurl https://example.com/x.iuml"));
        assertEquals("d.puml:1: PlantUML: '!include https://example.com/x.iuml' reads an address" + rule,
                refused("!include https://example.com/x.iuml"));
        assertEquals("d.puml:1: PlantUML: '%load_json' reads a file or an address; write the data into the diagram "
                + "instead (!$data = { ... })", refused("!$d = %load_json(\"/etc/x.json\")"));
        assertEquals("d.puml:1: PlantUML: '!import /tmp/lib.zip' is not supported" + rule + ", with !include",
                refused("!import /tmp/lib.zip"));
        assertEquals("d.puml:1: PlantUML: '!theme spacelab from /tmp/themes' reads a theme from a file or an address; "
                + "use one of PlantUML's own themes, or !include a style file inside the content folder",
                refused("!theme spacelab from /tmp/themes"));
        assertEquals("d.puml:1: PlantUML: '!include nope.iuml': file 'diagrams/nope.iuml' not found",
                refused("!include nope.iuml"));
    }

    @Test
    void anIncludeThroughALinkThatLeavesTheGuideIsRefused() throws IOException {
        DiagramRenderer renderer = inGuide(new Memo<>(), DiagramCache.none());
        Path secret = Files.writeString(temp.resolve("secret.iuml"), "Alice -> Bob : the key is 42\n");
        Files.createSymbolicLink(temp.resolve("content/diagrams/style.iuml"), secret);
        Files.createDirectories(temp.resolve("content/diagrams/shared"));
        Files.writeString(temp.resolve("content/diagrams/shared/all.iuml"), "skinparam shadowing false\n!include ../style.iuml\n");
        assertNull(renderer.plantUml("Alice -> Bob\n!include style.iuml", at));
        assertNull(renderer.plantUml("!include shared/all.iuml", at));
        assertEquals("[d.puml:1: PlantUML: '!include ../style.iuml' (line 2 of 'diagrams/shared/all.iuml') is a link to a "
                + "file outside the content folder; copy the file into the guide instead, d.puml:2: PlantUML: '!include "
                + "style.iuml' is a link to a file outside the content folder; copy the file into the guide instead]",
                problems.sorted().toString());
    }

    @Test
    void anIncludeInsideTheGuideIsDrawnAndItsChangeRedrawsTheDiagram() throws IOException {
        Memo<String, String> memo = new Memo<>();
        DiagramCache saved = DiagramCache.in(temp.resolve("cache"));
        DiagramRenderer renderer = inGuide(memo, saved);
        Path style = temp.resolve("content/diagrams/style.iuml");
        Files.writeString(style, "@startuml\n!procedure $ask($who)\n$who -> Table : first version\n!endprocedure\n@enduml\n");
        String source = "!include style.iuml\n$ask(Client)";
        assertTrue(renderer.plantUml(source, at).contains("first version"), () -> problems.sorted().toString());
        Files.writeString(style, "!procedure $ask($who)\n$who -> Table : second version\n!endprocedure\n");
        assertTrue(renderer.plantUml(source, at).contains("second version"), "the memory cache keys by the include");
        Files.writeString(style, "!procedure $ask($who)\n$who -> Table : third version\n!endprocedure\n");
        DiagramRenderer nextProcess = inGuide(new Memo<>(), saved);
        assertTrue(nextProcess.plantUml(source, at).contains("third version"), "the disk cache keys by the include");
        assertTrue(problems.isEmpty(), () -> problems.sorted().toString());
    }

    @Test
    void aDiagramFileIncludesFromItsOwnFolderAndAPartOfAFile() throws IOException {
        DiagramRenderer renderer = inGuide(new Memo<>(), DiagramCache.none());
        Files.createDirectories(temp.resolve("content/diagrams/gsi"));
        Files.writeString(temp.resolve("content/diagrams/gsi/parts.iuml"),
                "!startsub WRITE\nClient -> Table : write\n!endsub\n!startsub READ\nClient -> Index : read\n!endsub\n");
        String svg = renderer.plantUmlFile("@startuml\n!includesub parts.iuml!READ\n@enduml\n", at, "gsi/flow.puml");
        assertTrue(svg.contains("read") && !svg.contains("write"), svg);
        assertNull(renderer.plantUml("!includesub parts.iuml!READ", at), "a fence resolves in diagrams/");
        assertEquals("[d.puml:1: PlantUML: '!includesub parts.iuml!READ': file 'diagrams/parts.iuml' not found]",
                problems.sorted().toString());
    }

    @Test
    void anErrorInAnIncludedFileIsReportedAtTheInclude() throws IOException {
        DiagramRenderer renderer = inGuide(new Memo<>(), DiagramCache.none());
        Files.writeString(temp.resolve("content/diagrams/bad.iuml"), "Alice -> Bob\nthis is ( wrong\n");
        assertNull(renderer.plantUml("Alice -> Bob\n!include bad.iuml\nBob -> Alice", at));
        assertEquals(2, problems.sorted().get(0).position().line(), problems.sorted()::toString);
    }

    // The limit counts processor time, so on a busy machine the wall clock runs longer; no limit would never end.
    @Test
    @Slow.Heavy
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void anExponentialPreprocessorLoopStopsAtTheTimeLimit() throws IOException {
        // Until PlantUML has drawn once in this JVM the limit waits for it to load (DiagramRenderer.LOADING).
        inGuide(new Memo<>(), DiagramCache.none()).plantUml("Alice -> Bob", at);
        DiagramRenderer renderer = new DiagramRenderer(problems, new Memo<>(), DiagramCache.none(), temp.resolve("content"),
                Duration.ofSeconds(2));
        String source = "!function $twice($n)\n!if $n == 0\n!return \"x\"\n!endif\n!return $twice($n - 1) + $twice($n - 1)\n"
                + "!endfunction\nAlice -> Bob : $twice(60)\n";
        assertNull(renderer.plantUml(source, at));
        assertNull(renderer.plantUml("!procedure $tree($n)\n!if $n > 0\n$tree($n - 1)\n$tree($n - 1)\n!endif\n"
                + "!endprocedure\nAlice -> Bob\n$tree(60)", new Position(Path.of("e.puml"), 1, 0)));
        assertEquals("[d.puml:1: PlantUML: the diagram took longer than 2 s to draw; simplify it, "
                + "e.puml:1: PlantUML: the diagram took longer than 1 s to draw; simplify it]", problems.sorted().toString());
        long start = System.nanoTime();
        assertNull(renderer.plantUml(source, at), "known to be too slow: reported again at once");
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofMillis(500)) < 0);
    }

    @Test
    void plantUmlItselfReadsNoFile() throws IOException {
        DiagramRenderer renderer = inGuide(new Memo<>(), DiagramCache.none());
        Files.writeString(temp.resolve("content/diagrams/pic.png"), "not a picture");
        String svg = renderer.plantUml("Alice -> Bob : <img:" + temp.resolve("content/diagrams/pic.png") + ">\n"
                + "Bob -> Alice : %getenv(\"HOME\") %file_exists(\"/etc/passwd\")", at);
        assertEquals(net.sourceforge.plantuml.security.SecurityProfile.SANDBOX,
                net.sourceforge.plantuml.security.SecurityUtils.getSecurityProfile());
        assertFalse(svg != null && (svg.contains(System.getProperty("user.home")) || svg.contains("true")), svg);
    }

    @Test
    void plantUmlsOwnLibraryAndThemesStillWork() throws IOException {
        DiagramRenderer renderer = inGuide(new Memo<>(), DiagramCache.none());
        String c4 = renderer.plantUml("!include <C4/C4_Container>\nPerson(user, \"Reader\")\n"
                + "Container(site, \"Study site\", \"HTML\")\nRel(user, site, \"reads\")", at);
        assertTrue(c4 != null && c4.contains(">Reader<") && c4.contains("«container»"), () -> problems.sorted() + String.valueOf(c4));
        String themed = renderer.plantUml("!theme spacelab\nAlice -> Bob : themed", at);
        assertTrue(themed != null && themed.contains("themed"), () -> problems.sorted() + String.valueOf(themed));
    }
}
