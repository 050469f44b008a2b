package studyguide.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SheetCodeTest {

    @Test
    void aLineMayBreakAfterPunctuationThatEndsATokenNeverInsideAName() {
        assertEquals("orders.query(<wbr>Key=<wbr>key,<wbr>ConsistentRead=<wbr>True)",
                SheetCode.breakable("orders.query(Key=key,ConsistentRead=True)"));
    }

    @Test
    void breakOpportunitiesGoInTextNotInsideTags() {
        assertEquals("<span class=\"token\">f(<wbr>a,<wbr>b)</span>",
                SheetCode.breakable("<span class=\"token\">f(a,b)</span>"));
    }

    @Test
    void eachLineIsABlockThatContinuesTwoCharactersInsideItsIndentation() {
        assertEquals("<span class=\"sheet-code-line\" style=\"padding-left: 1.20em; text-indent: -1.20em\">if x:</span>"
                + "<span class=\"sheet-code-line\" style=\"padding-left: 3.61em; text-indent: -1.20em\">return &lt;a&gt;</span>"
                + "<span class=\"sheet-code-line\" style=\"padding-left: 1.20em; text-indent: -1.20em\"> </span>"
                + "<span class=\"sheet-code-line\" style=\"padding-left: 1.20em; text-indent: -1.20em\">done()</span>",
                SheetCode.lines("if x:\n    return <a>\n\ndone()\n"));
    }

    @Test
    void onlyCodeBlocksOfAPromptGetBreakOpportunities() {
        assertEquals("<p>f(a,b)</p><pre><code>f(<wbr>a,<wbr>b)</code></pre>",
                SheetCode.inCodeBlocks("<p>f(a,b)</p><pre><code>f(a,b)</code></pre>"));
    }
}
