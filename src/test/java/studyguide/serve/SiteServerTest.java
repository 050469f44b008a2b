package studyguide.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The live script goes into a page as it is served, before its last {@code </body>}. */
class SiteServerTest {

    static final String TAG = "<script src=\"/__studyguide/live.js\" data-version=\"v1\"></script>\n";

    @Test
    void theScriptGoesBeforeTheLastBodyEndInAnyCase() {
        assertEquals("<p>Écrit — </body> in text</p>" + TAG + "</BODY></html>",
                inject("<p>Écrit — </body> in text</p></BODY></html>"));
        assertEquals("<html><body>İ x" + TAG + "</Body>\n</html>\n", inject("<html><body>İ x</Body>\n</html>\n"));
    }

    @Test
    void aPageWithoutBodyEndGetsItAtTheEnd() {
        assertEquals("<p>fragment é</p>" + TAG, inject("<p>fragment é</p>"));
        assertEquals(TAG, inject(""));
    }

    private static String inject(String html) {
        return new String(SiteServer.inject(html.getBytes(StandardCharsets.UTF_8), "v1"), StandardCharsets.UTF_8);
    }
}
