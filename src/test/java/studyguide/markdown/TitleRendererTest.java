package studyguide.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TitleRendererTest {

    private final TitleRenderer titles = new TitleRenderer();

    private void assertTitle(String source, String html, String text) {
        Title title = titles.render(source);
        assertEquals(html, title.html(), source);
        assertEquals(text, title.text(), source);
    }

    @Test
    void codeSpansAndEmphasisAreFormattedAndLeftOutOfThePlainText() {
        assertTitle("Why does `useState` return a pair?", "Why does <code>useState</code> return a pair?",
                "Why does useState return a pair?");
        assertTitle("*Eventual* vs **strong** vs ~~weak~~ consistency",
                "<em>Eventual</em> vs <strong>strong</strong> vs <del>weak</del> consistency",
                "Eventual vs strong vs weak consistency");
        assertTitle("What does `a < b && c` do?", "What does <code>a &lt; b &amp;&amp; c</code> do?", "What does a < b && c do?");
    }

    @Test
    void linksAndImagesShowOnlyTheirText() {
        assertTitle("What is [CAP](https://example.com/cap)?", "What is CAP?", "What is CAP?");
        assertTitle("Read <https://example.com> and ![the logo](logo.png)", "Read https://example.com and the logo",
                "Read https://example.com and the logo");
    }

    @Test
    void rawHtmlIsShownAsWritten() {
        assertTitle("When is <script>alert(1)</script> run?", "When is &lt;script&gt;alert(1)&lt;/script&gt; run?",
                "When is <script>alert(1)</script> run?");
        assertTitle("Is <b>bold</b> HTML?", "Is &lt;b&gt;bold&lt;/b&gt; HTML?", "Is <b>bold</b> HTML?");
    }

    @Test
    void blockSyntaxStaysText() {
        assertTitle("1. What comes first?", "1. What comes first?", "1. What comes first?");
        assertTitle("# of partitions: how many?", "# of partitions: how many?", "# of partitions: how many?");
        assertTitle("> and < in a shell", "&gt; and &lt; in a shell", "> and < in a shell");
        assertTitle("- why a dash?", "- why a dash?", "- why a dash?");
        assertTitle("```what```", "<code>what</code>", "what");
    }

    @Test
    void aPlainTitleIsEscapedAndOnlyFormattedTitlesSaySo() {
        assertTitle("Q & A \"quoted\"", "Q &amp; A &quot;quoted&quot;", "Q & A \"quoted\"");
        assertFalse(titles.render("Q & A").formatted());
        assertFalse(titles.render("snake_case_names").formatted(), "intra-word underscores are no emphasis");
        assertTrue(titles.render("`x`").formatted());
    }

    @Test
    void lineBreaksBecomeSpaces() {
        assertTitle("Two\nlines with *stress*", "Two lines with <em>stress</em>", "Two lines with stress");
    }
}
