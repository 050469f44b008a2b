package studyguide.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.cache.Memo;
import studyguide.diagram.DiagramCache;
import studyguide.diagram.DiagramRenderer;
import studyguide.model.Markdown;
import studyguide.problem.Position;
import studyguide.problem.Problems;

class MarkdownRendererTest {

    private final Problems problems = new Problems();
    private final MarkdownRenderer renderer = new MarkdownRenderer(new DiagramRenderer(problems), problems);

    private Element render(String markdown) {
        return Jsoup.parseBodyFragment(renderer.render(Markdown.inFile(markdown, new Position(Path.of("a.md"), 1, 0)), "q--", 5)).body();
    }

    @Test
    void theEmptyCornerOfAComparisonTableIsNotAnEmptyHeader() {
        Element table = render("| | GSI | LSI |\n|:--|---|---|\n| Key | any | same |\n").selectFirst("table");
        assertEquals("td", table.selectFirst("thead tr").child(0).tagName());
        assertEquals("left", table.selectFirst("thead tr").child(0).attr("align"));
        assertEquals("[GSI, LSI]", table.select("thead th").eachText().toString());
        assertEquals("table-scroll", table.parent().className(), "wide tables scroll on their own");
    }

    @Test
    void headerCellsWithTextStayHeaders() {
        assertEquals(3, render("| a | b | c |\n|---|---|---|\n| 1 | 2 | 3 |\n").select("thead th").size());
        assertEquals(1, render("| | b |\n|---|---|\n| 1 | 2 |\n").select("thead td").size());
    }

    @Test
    void markdownNestedThousandsDeepIsAProblemNotACrash() {
        Markdown deep = Markdown.inFile("Intro\n\n" + "![".repeat(20000) + "x" + "](y)".repeat(20000) + "\n",
                new Position(Path.of("answers/a.md"), 1, 0));
        assertEquals("", renderer.render(deep, "q--", 5));
        assertEquals("[answers/a.md:1: this Markdown is nested too deeply to render (thousands of quote markers, "
                + "list markers or brackets inside one another); flatten it]", problems.sorted().toString());
    }

    /** serve keeps titles between builds: a related question's link then compares its title at once. */
    @Test
    void titlesAreKeptBetweenBuildsThatShareTheirCache() {
        Memo<String, Title> titles = new Memo<>();
        DiagramRenderer diagrams = new DiagramRenderer(problems);
        Title first = new MarkdownRenderer(diagrams, problems, new Memo<>(), titles, null).title("What is `GetItem`?");
        Title again = new MarkdownRenderer(diagrams, problems, new Memo<>(), titles, null).title("What is `GetItem`?");
        assertSame(first, again);
        assertEquals(new Title("What is <code>GetItem</code>?", "What is GetItem?"), again);
        assertNotSame(first, new MarkdownRenderer(diagrams, problems).title("What is `GetItem`?"), "no cache, no sharing");
    }

    /** serve keeps renderings between builds by their Markdown; a fence's include is not in that text. */
    @Test
    void aFenceWhoseIncludeChangesIsRenderedAgainWithTheSameCache(@TempDir Path content) throws IOException {
        Path style = Files.writeString(Files.createDirectories(content.resolve("diagrams")).resolve("s.iuml"), "A -> B : one\n");
        Memo<MarkdownRenderer.Key, MarkdownRenderer.Rendered> memo = new Memo<>();
        DiagramRenderer diagrams = new DiagramRenderer(problems, new Memo<>(), DiagramCache.none(), content);
        Markdown answer = Markdown.inFile("```plantuml\n!include s.iuml\n```\n", new Position(Path.of("a.md"), 1, 0));
        assertTrue(new MarkdownRenderer(diagrams, problems, memo).render(answer, "q--", 5).contains(">one<"));
        Files.writeString(style, "A -> B : two\n");
        assertTrue(new MarkdownRenderer(diagrams, problems, memo).render(answer, "q--", 5).contains(">two<"),
                problems.sorted()::toString);
    }

    @Test
    void characterReferencesToControlCharactersInYamlMarkdownBecomeReplacementCharacters() {
        Problems problems = new Problems();
        MarkdownRenderer renderer = new MarkdownRenderer(new DiagramRenderer(problems), problems);
        String html = renderer.render(Markdown.inYaml("bell &#7; escape &#x1b; tab &#9; end", new Position(Path.of("q.yaml"), 3, 5)), "", 1);
        assertEquals("<p>bell \uFFFD escape \uFFFD tab \t end</p>", html);
    }

    @Test
    void aLinkLabelOfBackslashesIsStoppedNotReadForMinutes() {
        // flexmark's link label expression backtracks exponentially on '[' and a run of backslashes.
        Problems problems = new Problems();
        MarkdownRenderer renderer = new MarkdownRenderer(new DiagramRenderer(problems), problems);
        long start = System.nanoTime();
        renderer.render(Markdown.inYaml("[" + "\\".repeat(60) + "x", new Position(Path.of("q.yaml"), 3, 5)), "", 1);
        assertEquals("q.yaml:3:5: this Markdown took more than 0.25 s to read (thousands of unclosed brackets, backticks or "
                + "emphasis markers in one paragraph?); break it up or remove them", problems.sorted().get(0).toString());
        assertTrue(System.nanoTime() - start < 20_000_000_000L, "stopped near its limit");
    }
}
