package studyguide.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import studyguide.bench.SyntheticGuide;

/** Leaving paragraphs without a pipe to themselves changes nothing: the same HTML as flexmark's tables extension. */
class QuickTablesExtensionTest {

    private static final List<String> SAMPLES = List.of(
            "| a | b |\n|---|---|\n| 1 | 2 |",
            "a | b\n--- | ---\n1 | 2",
            "| a |\n|:-:|\n| 1 |",
            "a\n:---:", "a\n---:", "a\n:---", ":---:\n:---:", "a\n- - -", "a\n---", "a\n===", "- a\n---",
            "Header\n:-\nrow", "x\n -- \ny", "| lone pipe", "a \\| b\n--- | ---", "> | q | r |\n> |---|---|\n> | 1 | 2 |",
            "- | in | list |\n  |---|---|\n  | 1 | 2 |", "[ref]: https://example.com\n| a | b |\n|---|---|",
            "text\n\n| a | b |\n|--|--|\nmore | text\n\nafter", "`a | b`\n--- | ---", "a|b\n-|-", "plain paragraph, no table");

    private static String html(Extension tables, String markdown) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(tables));
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }

    @Test
    void sameHtmlAsFlexmarksTables() throws IOException {
        List<String> documents = new ArrayList<>(SAMPLES);
        SyntheticGuide.questions(200).forEach(q -> documents.add(q.answer()));
        try (Stream<Path> answers = Files.list(Path.of("content/answers"))) {
            for (Path answer : answers.filter(p -> p.toString().endsWith(".md")).toList()) {
                documents.add(Files.readString(answer));
            }
        }
        for (String document : documents) {
            assertEquals(html(TablesExtension.create(), document), html(QuickTablesExtension.create(), document), document);
        }
        assertTrue(html(QuickTablesExtension.create(), SAMPLES.get(0)).contains("<table>"));
        assertTrue(documents.stream().filter(d -> html(QuickTablesExtension.create(), d).contains("<table>")).count() > 5,
                "the guide's answers hold tables");
    }
}
