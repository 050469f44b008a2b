package studyguide.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What one process keeps on disk the next finds, by its key only; a folder it cannot use costs only time. */
class DiskCacheTest {

    @TempDir
    Path temp;

    private static final byte[] SVG = "<svg/>".getBytes(StandardCharsets.UTF_8);

    @Test
    void theNextProcessFindsAValueByItsKey() {
        DiskCache.in(temp, ".svg").put("plantuml 1\nAlice -> Bob", SVG);
        Cache<String, byte[]> next = DiskCache.in(temp, ".svg");
        assertArrayEquals(SVG, next.get("plantuml 1\nAlice -> Bob"));
        assertNull(next.get("plantuml 2\nAlice -> Bob"), "another input, another entry");
    }

    @Test
    void entriesStayWhereEarlierVersionsWroteThem() {
        // Users' cache folders hold entries from before; a new layout would make every build cold once.
        DiskCache.in(temp, ".pdf").put("key", SVG);
        assertTrue(Files.isRegularFile(UserCache.file(temp, "key", ".pdf")));
    }

    @Test
    void theUsersFolderComesFromTheEnvironment() {
        DiskCache.forUser(Map.of(UserCache.FOLDER_VARIABLE, temp.toString()), "fonts", ".ttf").put("key", SVG);
        assertTrue(Files.isRegularFile(UserCache.file(temp.resolve("fonts"), "key", ".ttf")));
    }

    @Test
    void aFolderThatCannotBeWrittenOnlyMisses() throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
        Cache<String, byte[]> cache = DiskCache.in(file, ".svg");
        cache.put("key", SVG);
        assertNull(cache.get("key"));
    }

    @Test
    void noCacheKeepsNothing() {
        Cache<String, byte[]> none = DiskCache.in(null, ".svg");
        none.put("key", SVG);
        assertNull(none.get("key"));
        assertFalse(none.keeps());
    }
}
