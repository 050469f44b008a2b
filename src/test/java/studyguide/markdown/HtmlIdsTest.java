package studyguide.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlIdsTest {

    @Test
    void prefixesIdsAndEveryReferenceToThem() {
        String svg = "<g id=\"a\"/><g id=\"ab\"/><use xlink:href=\"#a\"/><rect fill=\"url(#ab)\"/><a href=\"#other\">x</a>";
        assertEquals("<g id=\"p-a\"/><g id=\"p-ab\"/><use xlink:href=\"#p-a\"/><rect fill=\"url(#p-ab)\"/><a href=\"#other\">x</a>",
                HtmlIds.prefix(svg, "p-"));
    }
}
