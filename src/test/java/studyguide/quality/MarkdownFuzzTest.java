package studyguide.quality;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Timeout;
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

    @FuzzTest(maxDuration = "10m")
    @Timeout(30)
    void markdownInYaml(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Problems problems = new Problems();
        // A new renderer per input: its cache of rendered Markdown must not hide a second rendering.
        MarkdownRenderer renderer = new MarkdownRenderer(new DiagramRenderer(problems), problems);
        String html = FuzzInvariant.holds("rendering", problems,
                () -> renderer.render(Markdown.inYaml(text, AT), "p-", 3));
        List<String> keyPoints = FuzzInvariant.holds("rendering key points", problems,
                () -> renderer.renderInlineAll(text.lines().toList(), AT));
        if (problems.isEmpty()) {
            FuzzInvariant.safeHtml(html, "an answer");
            keyPoints.forEach(k -> FuzzInvariant.safeHtml(k, "a key point"));
        }
    }
}
