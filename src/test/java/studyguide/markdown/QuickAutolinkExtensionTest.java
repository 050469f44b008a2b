package studyguide.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import studyguide.RandomPieces;
import studyguide.bench.SyntheticGuide;

/** Skipping text that cannot hold a link changes nothing: the same links as flexmark's autolink extension. */
class QuickAutolinkExtensionTest {

    private static final List<String> SAMPLES = List.of(
            "See https://example.com/a?b=c#d, http://x.y and ftp://files.example.com.",
            "Mail me@example.com or <me@example.com>; visit www.example.com or WWW.EXAMPLE.COM.",
            "Escaped https\\://example.com and me\\@example.com and www\\.example.com.",
            "Entity-split https&#58;//example.com and www&period;example.com and me&#64;example.com.",
            "A scheme alone: custom:// then text, and mailto:me@example.com, and a: colon.",
            "No links at all, just words with w and ww and wow and dots... and (parentheses).",
            "**https://bold.example.com** _www.em.example.com_ `https://code.example.com` [t](https://l.example.com)",
            "| a | https://cell.example.com |\n|---|---|\n| www.x.org | b@c.de |",
            "Line one https://one.example.com\nline two me@two.example.com\n\n> quoted www.three.example.com",
            "Slashes escaped https:\\/\\/one.example.com",
            "Slash escaped https:\\//two.example.com",
            "Second slash escaped https:/\\/three.example.com",
            "Prose with colons: Right: the key, Wrong: a:b, ratio 3:1, time 10:30, and a colon at the end:",
            "A colon before code `x`:// and before a link [a](b)://c.example.com, and one before *emphasis*: done.");

    /** What links, their escapes and their neighbours are made of, for generated lines. */
    private static final List<String> PIECES = List.of("https", ":", "/", "\\", "@", "w", ".", "x", " ", "&#58;", "&#47;",
            "`", "*", "[", "](", ")", "\n");

    private static String html(Extension autolink, String markdown) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), autolink));
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }

    @Test
    void sameLinksAsFlexmarksAutolink() {
        for (String sample : SAMPLES) {
            assertEquals(html(AutolinkExtension.create(), sample), html(new QuickAutolinkExtension(), sample), sample);
        }
        assertTrue(html(new QuickAutolinkExtension(), SAMPLES.get(1)).contains("href=\"http://www.example.com\""));
        Random random = new Random(7);
        for (int i = 0; i < 3_000; i++) {
            String sample = RandomPieces.joined(random, PIECES, 40);
            assertEquals(html(AutolinkExtension.create(), sample), html(new QuickAutolinkExtension(), sample), sample);
        }
        for (SyntheticGuide.Question q : SyntheticGuide.questions(200)) {
            assertEquals(html(AutolinkExtension.create(), q.answer()), html(new QuickAutolinkExtension(), q.answer()), q.id());
        }
    }
}
