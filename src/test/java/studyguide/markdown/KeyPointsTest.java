package studyguide.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import studyguide.bench.SyntheticGuide;
import studyguide.cache.Memo;
import studyguide.diagram.DiagramRenderer;
import studyguide.problem.Position;
import studyguide.problem.Problems;

/** A question's key points rendered together come out exactly as each rendered on its own. */
class KeyPointsTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer(new DiagramRenderer(new Problems()), new Problems());
    private final Position at = new Position(Path.of("questions/q.yaml"), 3, 5);

    /** Lines that are plain, and lines that could reach into their neighbours if they were not kept apart. */
    static final List<String> TRICKY = List.of(
            "plain words", "**bold** and _emphasis_ and `code`", "a [link](https://example.com) here",
            "bare https://example.com/x autolink", "www.example.com too", "~~struck~~ text",
            "- a list item", "1. an ordered item", "3) another start", "- [ ] a task", "- [x] a done task",
            "> a quote", "---", "***", "===", "-", "1.", "# a heading", "## a heading", "Heading\\", "two spaces  ",
            "trailing backslash \\", "a | b | c", "| a | b |", "[ref]", "[ref]: https://example.com", "[^1] note",
            "[^1]: a footnote", "<b>html</b> inline", "<div>", "<!-- open comment", "<pre>", "```", "```java",
            "~~~", "    indented code", "\ttab", "", " ", "line one\nline two", "a\r\nb", "*", "_", "`unclosed",
            "**unclosed", "[unclosed", "&amp; &copy; &#42;", "\\* escaped", "<https://example.com>", "a <b",
            "x < y and y > z", "email me@example.com", "ends with two spaces  ", "emoji 😀 and — dash");

    /** The HTML and the search index's plain text of each line, from the lines rendered together and one by one. */
    private void assertSameAsOneByOne(List<String> keyPoints) {
        List<MarkdownRenderer.Output> alone = keyPoints.stream().map(k -> markdown.renderInline(k, at)).toList();
        MarkdownRenderer together = new MarkdownRenderer(new DiagramRenderer(new Problems()), new Problems());
        assertEquals(alone, together.renderInlineAll(keyPoints, at), () -> "key points " + keyPoints);
    }

    @Test
    void everyPairOfTrickyLinesRendersAsAlone() {
        for (String first : TRICKY) {
            for (String second : TRICKY) {
                assertSameAsOneByOne(List.of(first, second));
            }
        }
    }

    @Test
    void longerListsRenderAsAlone() {
        for (int i = 0; i + 5 <= TRICKY.size(); i++) {
            assertSameAsOneByOne(TRICKY.subList(i, i + 5));
        }
        assertSameAsOneByOne(List.of());
        assertSameAsOneByOne(List.of("only one"));
    }

    /** A rebuild ({@code serve}) takes the key points from the cache, each with its own plain text for the search index. */
    @Test
    void keyPointsFromTheCacheKeepEachOnesPlainText() {
        Memo<MarkdownRenderer.Key, MarkdownRenderer.Rendered> memo = new Memo<>();
        List<String> lines = List.of("**bold** words", "some `code` here");
        List<MarkdownRenderer.Output> first = new MarkdownRenderer(new DiagramRenderer(new Problems()), new Problems(), memo)
                .renderInlineAll(lines, at);
        assertEquals(1, memo.size(), "the key points are one document");
        assertEquals(List.of("bold words", "some code here"), first.stream().map(k -> k.plainText().strip()).toList());
        List<MarkdownRenderer.Output> again = new MarkdownRenderer(new DiagramRenderer(new Problems()), new Problems(), memo)
                .renderInlineAll(lines, at);
        assertEquals(first, again);
        assertEquals(1, memo.size(), "taken from the cache, texts and all, without rendering each key point alone");
    }

    @Test
    void theBenchmarkGuidesKeyPointsRenderAsAlone() {
        List<List<String>> all = new ArrayList<>();
        SyntheticGuide.questions(300).forEach(q -> all.add(q.keyPoints()));
        all.forEach(this::assertSameAsOneByOne);
    }
}
