package studyguide.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A page in UTF-8 keeps text and already encoded blocks in the order they were written. */
class Utf8PageTest {

    @Test
    void encodedBlocksGoBetweenTheTextAroundThem() throws Exception {
        Utf8Page page = new Utf8Page(16);
        page.write("<h1>Caf\u00e9 \u2014 ");
        page.write('\u00fc');
        page.writeUtf8("<p>kept \u00e9 \uD83D\uDE00</p>".getBytes(StandardCharsets.UTF_8));
        page.write("x\u2028".toCharArray(), 0, 2);
        page.writeUtf8(new byte[0]);
        page.write("</h1>", 2, 3);
        assertEquals("<h1>Caf\u00e9 \u2014 \u00fc<p>kept \u00e9 \uD83D\uDE00</p>x\u2028h1>",
                new String(page.toByteArray(), StandardCharsets.UTF_8));
    }

    @Test
    void aPageOfMegabytesComesOutWholeAndInOrder() throws Exception {
        Utf8Page page = new Utf8Page(100);
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            String text = "<p id=\"q" + i + "\">caf\u00e9 \u2014 " + "x".repeat(i % 97) + "</p>";
            page.write(text);
            expected.append(text);
            if (i % 7 == 0) {
                String kept = "<article>" + i + " \uD83D\uDE00 " + "k".repeat(i % 300) + "</article>";
                page.writeUtf8(kept.getBytes(StandardCharsets.UTF_8));
                expected.append(kept);
            }
            if (i % 1_000 == 0) {
                page.write('\u00fc');
                expected.append('\u00fc');
            }
        }
        byte[] bytes = page.toByteArray();
        assertTrue(bytes.length > 1_000_000, "more than a few of its pieces: " + bytes.length);
        assertEquals(expected.toString(), new String(bytes, StandardCharsets.UTF_8));
    }
}
