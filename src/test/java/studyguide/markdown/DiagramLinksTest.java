package studyguide.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A diagram's links are held to the rule of Markdown's, read as a browser reads them. */
class DiagramLinksTest {

    @Test
    void refusedAddressesGoAndTheRestStay() {
        String svg = "<svg><a href=\"https://a.org/x?a=1&amp;b=2\" xlink:href=\"https://a.org/x?a=1&amp;b=2\"><text>ok</text></a>"
                + "<a target=\"_top\" href=\"&#x64;ata:text/html,x\" xlink:href=\"data:text/html,x\" title=\"t\"><text>bad</text></a>"
                + "<a href=\"#part\"><text>in</text></a></svg>";
        List<String> refused = new ArrayList<>();
        String kept = DiagramLinks.withoutRefused(svg, refused::add);
        assertEquals(List.of("data:text/html,x", "data:text/html,x"), refused);
        assertEquals("<svg><a href=\"https://a.org/x?a=1&amp;b=2\" xlink:href=\"https://a.org/x?a=1&amp;b=2\"><text>ok</text></a>"
                + "<a target=\"_top\" title=\"t\"><text>bad</text></a><a href=\"#part\"><text>in</text></a></svg>", kept);
    }

    @Test
    void aDiagramWithoutRefusedLinksIsTheSameString() {
        String svg = "<svg><a href=\"mailto:a@b.org\"><text>mail</text></a></svg>";
        assertSame(svg, DiagramLinks.withoutRefused(svg, url -> {
            throw new AssertionError(url);
        }));
    }
}
