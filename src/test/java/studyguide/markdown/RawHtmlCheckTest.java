package studyguide.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import studyguide.cache.Memo;
import studyguide.diagram.DiagramRenderer;
import studyguide.model.Markdown;
import studyguide.problem.Position;
import studyguide.problem.Problem;
import studyguide.problem.Problems;

class RawHtmlCheckTest {

    private static List<String> warnings(String markdown) {
        return warnings(markdown, true, new Memo<>());
    }

    private static List<String> warnings(String markdown, boolean rawHtml, Memo<MarkdownRenderer.Key, MarkdownRenderer.Rendered> cache) {
        Problems problems = new Problems();
        MarkdownRenderer renderer = new MarkdownRenderer(new DiagramRenderer(problems), problems, cache);
        renderer.render(new Markdown(markdown, new Position(Path.of("a.md"), 1, 0), rawHtml), "q--", 5);
        return problems.warnings().stream().map(Problem::toString).toList();
    }

    @Test
    void tagsWrittenInProseToBeShownAreWarnedAboutWhereTheyAre() {
        assertEquals(List.of(
                "a.md:3:10: <a> is never closed, so it takes in the rest of the text; close it with </a>, or write it "
                        + "in backticks (`<a>`) to show it as code",
                "a.md:3:17: <img> has no src, so it shows nothing; write it in backticks (`<img>`) to show it as code"),
                warnings("# Elements\n\nElements <a> to <img> are inline.\n\nThe rest of the answer.\n"));
    }

    @Test
    void unknownElementsAndStrayEndTagsAreWarnedAbout() {
        assertEquals(List.of(
                "a.md:1:5: <T> is not an HTML element, so the browser shows nothing of the tag; write it in backticks "
                        + "(`<T>`) to show it as code",
                "a.md:3:1: </div> closes no open element; remove it, or write it in backticks (`</div>`) to show it as code"),
                warnings("List<T> of items\n\n</div>\n"));
    }

    @Test
    void theHtmlAuthorsUseIsNotWarnedAbout() {
        assertEquals(List.of(), warnings("""
                <details>
                <summary>Why <em>this</em>?</summary>

                Because **Markdown** works inside.

                </details>

                Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, x<sup>2</sup>, H<sub>2</sub>O, a<br>b, a<br/>b, <hr>
                <!-- a comment with <a> in it -->
                <img src="x.png" alt="x"> and <my-widget></my-widget> and <abbr title="t">T</abbr>

                <table><tr><td>1<td>2</table>

                <ul>
                <li>one
                <li>two
                </ul>

                <svg viewBox="0 0 1 1"><path d="M0 0"/><linearGradient id="g"></linearGradient></svg>

                <script>if (a < b && c > d) { document.write('<b>'); }</script>

                Code `<a>` and
                ```html
                <div>
                ```
                """));
    }

    @Test
    void markdownFromYamlShowsItsHtmlAsTextAndSoHasNothingToWarnAbout() {
        assertEquals(List.of(), warnings("Elements <a> to <img>", false, new Memo<>()));
    }

    @Test
    void aRenderingFromTheCacheWarnsAgain() {
        Memo<MarkdownRenderer.Key, MarkdownRenderer.Rendered> cache = new Memo<>();
        List<String> first = warnings("text <foo> text\n", true, cache);
        assertEquals(1, first.size());
        assertEquals(first, warnings("text <foo> text\n", true, cache));
    }
}
