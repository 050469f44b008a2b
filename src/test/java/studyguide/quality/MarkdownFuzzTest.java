package studyguide.quality;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import studyguide.model.Markdown;
import studyguide.problem.Position;
import studyguide.problem.Problems;
import studyguide.render.DiagramRenderer;
import studyguide.render.MarkdownRenderer;

/**
 * Fuzzes the Markdown renderer with Markdown as it comes from YAML values (raw HTML escaped): as a block
 * (an answer, a summary) and line by line (key points), the way the build renders them.
 *
 * <p>{@code mvn test} replays the inputs in {@code src/test/resources/studyguide/quality/MarkdownFuzzTestInputs/};
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=MarkdownFuzzTest} fuzzes (docs/quality.md, "The fuzzer").
 */
class MarkdownFuzzTest {

    private static final Position AT = new Position(Path.of("questions/x.yaml"), 7, 5);

    /** The HTML of the input as a block and as key points, and the problems rendering recorded. */
    private record Rendered(String html, List<String> keyPoints, Problems problems) {
    }

    @FuzzTest(maxDuration = "10m")
    void markdownInYaml(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Rendered rendered = FuzzInvariant.holds("rendering", () -> {
            // A new renderer each time: its cache of rendered Markdown must not hide a second rendering.
            Problems problems = new Problems();
            MarkdownRenderer renderer = new MarkdownRenderer(new DiagramRenderer(problems), problems);
            String html = renderer.render(Markdown.inYaml(text, AT), "p-", 3);
            List<String> keyPoints = renderer.renderInlineAll(text.lines().toList(), AT);
            return new Rendered(html, keyPoints, problems);
        });
        if (rendered != null && rendered.problems().isEmpty()) {
            FuzzInvariant.safeHtml(rendered.html(), "an answer");
            rendered.keyPoints().forEach(k -> FuzzInvariant.safeHtml(k, "a key point"));
        }
    }
}
