package studyguide.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import studyguide.cache.Memo;
import studyguide.diagram.DiagramRenderer;
import studyguide.model.Markdown;
import studyguide.problem.Position;
import studyguide.problem.Problem;
import studyguide.problem.Problems;

/**
 * A question's options and explanations rendered together come out exactly as each rendered on its own, with
 * its id prefix, and report the same problems at the same places.
 */
class OptionsTogetherTest {

    private static final Path FILE = Path.of("questions/q.yaml");

    /** Lines that a link check or an id would tell apart from their neighbours. */
    private static final List<String> CHECKED = List.of("[bad](javascript:alert(1))", "![figure](missing.png)",
            "ftp://files.example.com/x", "[inside](#c1-x)", "x".repeat(600), "one line\n", "[^n]\n\n[^n]: note",
            "# Heading {#id}", "Setext\n===");

    private record Result(List<MarkdownRenderer.Output> outputs, List<Problem> problems, List<Problem> warnings) {
    }

    private static Result render(List<String> lines, boolean together) {
        Problems problems = new Problems();
        MarkdownRenderer markdown = new MarkdownRenderer(new DiagramRenderer(problems), problems);
        List<Markdown> texts = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            texts.add(lines.get(i) == null ? null : Markdown.inYaml(lines.get(i), new Position(FILE, 10 + 3 * i, 9)));
            prefixes.add("q--c" + (i / 2 + 1) + (i % 2 == 0 ? "-" : "-why-"));
        }
        List<MarkdownRenderer.Output> outputs;
        if (together) {
            outputs = markdown.renderWithTextAll(texts, prefixes, 5);
        } else {
            outputs = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                outputs.add(texts.get(i) == null ? null : markdown.renderWithText(texts.get(i), prefixes.get(i), 5));
            }
        }
        return new Result(outputs, problems.sorted(), problems.warnings());
    }

    private static void assertSameAsOneByOne(List<String> lines) {
        assertEquals(render(lines, false), render(lines, true), () -> "options " + lines);
    }

    @Test
    void everyPairOfTrickyLinesRendersAsAlone() {
        List<String> lines = new ArrayList<>(KeyPointsTest.TRICKY);
        lines.addAll(CHECKED);
        for (String first : lines) {
            for (String second : lines) {
                assertSameAsOneByOne(Arrays.asList(first, null, second, "plain"));
            }
        }
    }

    @Test
    void aQuestionsPlainOptionsAreOneDocument() {
        Memo<MarkdownRenderer.Key, MarkdownRenderer.Rendered> memo = new Memo<>();
        Problems problems = new Problems();
        MarkdownRenderer markdown = new MarkdownRenderer(new DiagramRenderer(problems), problems, memo);
        Position at = new Position(FILE, 4, 9);
        List<Markdown> texts = List.of(Markdown.inYaml("`scans` stay cheap", at), Markdown.inYaml("Right: they read one partition.", at),
                Markdown.inYaml("It costs **more**", at), Markdown.inYaml("Wrong: see www.example.com", at),
                Markdown.inYaml("A [link](https://example.com) alone", at));
        List<MarkdownRenderer.Output> outputs = markdown.renderWithTextAll(texts,
                List.of("a-", "a-why-", "b-", "b-why-", "c-"), 5);
        assertEquals(2, memo.size(), "four lines in one document, the one with a link on its own");
        assertEquals("<p>It costs <strong>more</strong></p>", outputs.get(2).html());
        assertEquals("Right: they read one partition.", outputs.get(1).plainText().strip());
    }
}
