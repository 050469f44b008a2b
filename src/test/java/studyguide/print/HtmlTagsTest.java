package studyguide.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import studyguide.RandomPieces;

/**
 * The scans that find a prompt's tags give what the regular expressions they replace gave, on thousands of
 * generated fragments: the break opportunities in code, the code blocks found, and whether a prompt fits a column.
 */
class HtmlTagsTest {

    private static final List<String> PIECES = List.of("<pre>", "<pre class=\"language-js\">", "</pre>", "<prefix>",
            "<pre\u0301>", "<pre_x>", "<pre1>", "<preé>", "<pre", "</pre", "<p>", "<p class=\"x\">", "</p>", "<li>", "<tr>",
            "<h1>", "<h6 id=\"a\">", "<h7>", "<h10>", "<dt>", "<dd>", "<dl>", "<img src=\"a.png\">", "<imgx>", "<svg>",
            "<svg\n>", "<code>", "</code>", "<span class=\"token\">", "</span>", "<wbr>", "f(a,b)", "x = {y: [1, 2]}",
            "(", "[", "{", ",", "=", ":", ")", "]", "}", " ", "\t", "\n", "\u000B", "\f", "\r", "\u00A0", "<", ">",
            "&lt;", "x", "é", "\uD835\uDC00", "_");

    /** What {@link SheetCode#breakable} and {@link SheetCode#inCodeBlocks} did with regular expressions. */
    private static final Pattern BREAK_AFTER = Pattern.compile("([(\\[{,=:])(?=[^\\s)\\]}])");
    private static final Pattern CODE = Pattern.compile("(<pre\\b[^>]*>)(.*?)(</pre>)", Pattern.DOTALL);
    private static final Pattern TAG_OR_TEXT = Pattern.compile("(<[^>]*>)|([^<]+)");
    /** What {@link SheetPages#fitsColumn} did with regular expressions. */
    private static final Pattern PRE = Pattern.compile("<pre\\b[^>]*>(.*?)</pre>", Pattern.DOTALL);
    private static final Pattern BLOCK = Pattern.compile("<(?:p|li|tr|h[1-6]|dt|dd)\\b");
    private static final Pattern PICTURE = Pattern.compile("<(?:img|svg)\\b");

    private static String breakable(String html) {
        Matcher m = TAG_OR_TEXT.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            out.append(m.group(1) != null ? m.group(1) : BREAK_AFTER.matcher(m.group(2)).replaceAll("$1<wbr>"));
        }
        return out.toString();
    }

    private static String inCodeBlocks(String html) {
        return CODE.matcher(html).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + breakable(m.group(2)) + m.group(3)));
    }

    private static boolean hasPicture(String html) {
        return PICTURE.matcher(html).find();
    }

    private static int printedLines(String html) {
        int lines = 0;
        StringBuilder outsideCode = new StringBuilder();
        Matcher pre = PRE.matcher(html);
        int end = 0;
        while (pre.find()) {
            lines += SheetPages.lines(pre.group(1));
            outsideCode.append(html, end, pre.start());
            end = pre.end();
        }
        outsideCode.append(html, end, html.length());
        Matcher block = BLOCK.matcher(outsideCode);
        while (block.find()) {
            lines++;
        }
        return lines;
    }

    @Test
    void theScansFindWhatThePatternsFound() {
        Random random = new Random(11);
        for (int round = 0; round < 20_000; round++) {
            String html = RandomPieces.joined(random, PIECES, 40);
            assertEquals(breakable(html), SheetCode.breakable(html), html);
            assertEquals(inCodeBlocks(html), SheetCode.inCodeBlocks(html), html);
            assertEquals(printedLines(html), SheetPages.printedLines(html), html);
            assertEquals(!hasPicture(html) && printedLines(html) <= SheetPages.COLUMN_PROMPT_LINES,
                    SheetPages.fitsColumn(html), html);
        }
    }
}
