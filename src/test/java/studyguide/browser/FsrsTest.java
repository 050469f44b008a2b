package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import studyguide.Slow;

/**
 * The flashcards' scheduler ({@code assets/fsrs.js}) gives what the reference implementation ts-fsrs gives,
 * review by review, on generated sequences ({@code tools/fsrs-compare.mjs}, run in Node). Without Node or
 * {@code tools/node_modules/ts-fsrs} the test is skipped; with {@code STUDYGUIDE_REQUIRE_BROWSER=1} (set by
 * {@code .ci/run}) it fails instead.
 */
@Slow.Node
class FsrsTest {

    private record Run(int status, String output) {
    }

    private static Run compare(String sequences, String seed) throws Exception {
        boolean node = Stream.of(System.getenv("PATH").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "node")));
        if (!node || !Files.isDirectory(Path.of("tools/node_modules/ts-fsrs"))) {
            String why = "the FSRS comparison needs Node and `npm ci --prefix tools --omit=dev`";
            if ("1".equals(System.getenv("STUDYGUIDE_REQUIRE_BROWSER"))) {
                fail(why + ", and STUDYGUIDE_REQUIRE_BROWSER=1 requires it");
            }
            Assumptions.abort(why);
        }
        Process process = new ProcessBuilder("node", "tools/fsrs-compare.mjs", sequences, seed)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }

    @Test
    void everyReviewOfFiveHundredSequencesMatchesTsFsrs() throws Exception {
        Run run = compare("500", "20261205");
        assertEquals("v5.4.2 using FSRS-6.0: 500 sequences, 4032 reviews, 0 differences\n", run.output());
        assertEquals(0, run.status());
    }

    @Test
    void otherSequencesMatchToo() throws Exception {
        Run run = compare("300", "7");
        assertTrue(run.output().endsWith(" 0 differences\n"), run.output());
        assertEquals(0, run.status());
    }
}
