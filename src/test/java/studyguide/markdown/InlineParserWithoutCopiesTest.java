package studyguide.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import studyguide.bench.SyntheticGuide;

/** The faster inline parser gives exactly the HTML of flexmark's own, for every construct it parses. */
class InlineParserWithoutCopiesTest {

    private static final String SAMPLE = """
            # Heading with `code` and [a link](https://example.com "title")

            Text with ``double `tick` code``, `single`, **bold**, _em_, ~~struck~~, a \\* escape, &amp; and &#42;.
            A [reference link][ref], a [collapsed][] one, a [shortcut] and an ![image](https://example.com/i.png).
            <https://example.com/auto> and https://example.com/bare and www.example.com and me@example.com.
            Inline <b>html</b>, a hard break  
            and a footnote.[^note] [Link with `code`](https://example.com/x_(y)) [unclosed and `unclosed

            - [ ] task
            - [x] done with `code` and [link](<https://example.com/a b>)

            | a | `b` |
            |---|:---:|
            | [c](https://example.com) | d |

            [ref]: https://example.com/ref "Ref title"
            [collapsed]: https://example.com/collapsed
            [shortcut]: <https://example.com/short>
            [^note]: The note, with `code`.
            """;

    private static MutableDataSet options() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                TaskListExtension.create(), AutolinkExtension.create(), FootnoteExtension.create(),
                AnchorLinkExtension.create()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        return options;
    }

    private static String html(Parser parser, String markdown) {
        return HtmlRenderer.builder(options()).build().render(parser.parse(markdown));
    }

    @Test
    void sameHtmlAsFlexmarksOwnParser() {
        MutableDataSet options = options();
        Parser own = Parser.builder(options).build();
        Parser ours = InlineParserWithoutCopies.install(Parser.builder(options), options).build();
        String expected = html(own, SAMPLE);
        assertTrue(expected.contains("href=\"https://example.com/ref\""), "reference definitions still resolve");
        assertEquals(expected, html(ours, SAMPLE));
        for (SyntheticGuide.Question q : SyntheticGuide.questions(200)) {
            assertEquals(html(own, q.answer()), html(ours, q.answer()), q.id());
        }
    }
}
