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

    @Test
    void whatABuildDidNotUseIsGoneBeforeAndAfterASweep() {
        Memo<String, String> memo = new Memo<>();
        memo.put("answer v1", "<p>v1</p>");
        memo.put("diagram", "<svg/>");
        memo.keepOnlyUsed();
        memo.get("diagram");
        memo.keepOnlyUsed(); // the answer was not used in the build that just ended
        assertNull(memo.get("answer v1"), "dropped, though not yet swept");
        assertEquals(1, memo.size());
        memo.sweep();
        assertNull(memo.get("answer v1"));
        assertEquals("<svg/>", memo.get("diagram"));
        memo.put("answer v1", "<p>v1 again</p>");
        assertEquals("<p>v1 again</p>", memo.get("answer v1"), "put again after it was dropped");
    }

    /** A key that counts how often it is hashed, with a hash any two of them share. */
    private static final class Counted {
        final String name;
        int hashes;

        Counted(String name) {
            this.name = name;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Counted other && other.name.equals(name);
        }

        @Override
        public int hashCode() {
            hashes++;
            return 7;
        }
    }

    @Test
    void hashesAKeyOncePerLookup() {
        Memo<Counted, String> memo = new Memo<>();
        memo.put(new Counted("question"), "view");
        memo.keepOnlyUsed();
        Counted again = new Counted("question");
        // Kept from the build before, and used in this one.
        assertEquals("view", memo.get(again));
        assertEquals(1, again.hashes, "the key's hash is taken once");
        Counted asked = new Counted("question");
        assertEquals("view", memo.get(asked));
        assertEquals(1, asked.hashes);
    }

    @Test
    void tellsKeysWithTheSameHashApart() {
        Memo<Counted, String> memo = new Memo<>();
        memo.put(new Counted("one"), "1");
        memo.put(new Counted("two"), "2");
        memo.keepOnlyUsed();
        assertEquals("1", memo.get(new Counted("one")));
        assertEquals("2", memo.get(new Counted("two")));
        assertNull(memo.get(new Counted("three")));
    }
}
