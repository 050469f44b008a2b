package studyguide.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ids from titles, and the same id for the same question on the next import. */
class IdsTest {

    private static ImportRecord.Entry entry(String title, Integer number, String fingerprint, String id) {
        return new ImportRecord.Entry("README.md", title, number, fingerprint, id);
    }

    @Test
    void aSlugIsLowerCaseAsciiWithoutMarkdownAndShortened() {
        assertEquals("what-does-counter-return-the-third-time", Ids.slug("What does `counter()` return the **third** time?"));
        assertEquals("whats-the-difference-between-cafe-and-naive", Ids.slug("What's the difference between café and naïve?"));
        assertEquals("", Ids.slug("関数コンポーネント"));
        String longTitle = Ids.slug("Which of the following statements about the event loop, the microtask queue and "
                + "rendering is true?");
        assertEquals("which-of-the-following-statements-about-the-event-loop-the", longTitle);
    }

    @Test
    void aQuestionKeepsItsIdWhenItsTitleOrNumberChangesButNotBoth() {
        List<ImportRecord.Entry> before = List.of(entry("What's the output?", 1, "aaa", "whats-the-output"),
                entry("What's the output?", 2, "bbb", "whats-the-output-2"),
                entry("Which queue runs first?", 3, "ccc", "which-queue-runs-first"));
        // A question inserted first, and the third reworded: fingerprints find the duplicates, the number the reworded one.
        List<ImportRecord.Entry> after = List.of(entry("What's the output?", 1, "new", null),
                entry("What's the output?", 2, "aaa", null), entry("What's the output?", 3, "bbb", null),
                entry("Which queue is emptied first?", 3, "ccc", null));
        assertEquals(List.of("whats-the-output-3", "whats-the-output", "whats-the-output-2", "which-queue-runs-first"),
                Ids.assign(after, before, i -> "q" + i, id -> false));
    }

    @Test
    void takenIdsAndEmptySlugsGetAnotherOne() {
        List<ImportRecord.Entry> entries = List.of(entry("Main", 1, "a", null), entry("日本語", 2, "b", null));
        assertEquals(List.of("main-2", "react-2"), Ids.assign(entries, List.of(), i -> "react-" + (i + 1),
                "main"::equals));
    }
}
