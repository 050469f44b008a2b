package studyguide.quality;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import studyguide.diagram.DiagramRenderer;
import studyguide.markdown.MarkdownRenderer;
import studyguide.model.Markdown;
import studyguide.problem.Position;
import studyguide.problem.Problems;

/**
 * Fuzzes the Markdown renderer with Markdown as it comes from YAML values (raw HTML escaped): as a block
 * (an answer, a summary) and line by line (key points), the way the build renders them.
 *
 * <p>{@code mvn test} replays the inputs in {@code src/test/resources/studyguide/quality/MarkdownFuzzTestInputs/};
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=MarkdownFuzzTest} fuzzes (docs/quality.md, "The fuzzer").
 */
class MarkdownFuzzTest {

    private static final Position AT = new Position(Path.of("questions/x.yaml"), 7, 5);
    /** Markdown that loads the classes the renderer uses: every extension, a diagram, a refused link. */
    static final String WARM_UP = "# H\n\n*a* **b** ~~c~~ `d` [e](https://x.org) <https://x.org> www.x.org [f](javascript:x)"
            + "[^1]\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [ ] g\n\n> h\n\n<b>i</b> &amp;\n\n[^1]: j\n\n"
            + "```python\nk\n```\n\n```plantuml\n@startuml\nA -> B\n@enduml\n```\n";

    /** The HTML of the input as a block and as key points, and the problems rendering recorded. */
    record Rendered(String html, List<String> keyPoints, Problems problems) {
    }

    /** Tokens the fuzzer would take long to guess, for Markdown, HTML and addresses (one line each: Jazzer's rule). */
    @DictionaryEntries({"```", "~~~", "```plantuml", "@startuml", "@enduml", "[^1]", "[^1]: ", "](", "![",
        "<https://", "www.", "| --- |", "- [ ] ", "> ", "&#x", "&#", "<script>", "<img src=x onerror=", "javascript:",
        "JaVaScRiPt:", "java&#9;script:", "data:text/html,", "vbscript:", "<!--", "<![CDATA["})
    @FuzzTest(maxDuration = "10m")
    void markdownInYaml(byte[] input) {
        FuzzInvariant.warmUp("Markdown", () -> render(WARM_UP));
        String text = new String(input, StandardCharsets.UTF_8);
        Rendered rendered = FuzzInvariant.holds("rendering", () -> render(text));
        if (rendered != null && rendered.problems().isEmpty()) {
            FuzzInvariant.safeHtml(rendered.html(), "an answer");
            rendered.keyPoints().forEach(k -> FuzzInvariant.safeHtml(k, "a key point"));
        }
    }

    /** Renders {@code text} as an answer and as key points, with a new renderer, whose cache is empty. */
    static Rendered render(String text) {
        Problems problems = new Problems();
        MarkdownRenderer renderer = new MarkdownRenderer(new DiagramRenderer(problems), problems);
        String html = renderer.render(Markdown.inYaml(text, AT), "p-", 3);
        List<String> keyPoints = renderer.renderInlineAll(text.lines().toList(), AT).stream()
                .map(MarkdownRenderer.Output::html).toList();
        return new Rendered(html, keyPoints, problems);
    }
}
