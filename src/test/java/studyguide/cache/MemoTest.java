package studyguide.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The render cache keeps what the last build used and forgets the rest, so serve's memory does not grow with edits. */
class MemoTest {

    @Test
    void keepsWhatTheBuildUsedAndDropsTheRest() {
        Memo<String, String> memo = new Memo<>();
        memo.put("answer v1", "<p>v1</p>");
        memo.put("diagram", "<svg/>");
        memo.keepOnlyUsed(); // build 1 ends
        assertEquals("<svg/>", memo.get("diagram")); // build 2 uses the diagram, and the edited answer:
        memo.put("answer v2", "<p>v2</p>");
        memo.keepOnlyUsed(); // build 2 ends
        assertNull(memo.get("answer v1"), "the old version of the answer is gone");
        assertEquals("<svg/>", memo.get("diagram"));
        assertEquals("<p>v2</p>", memo.get("answer v2"));
        assertEquals(2, memo.size());
    }
}
