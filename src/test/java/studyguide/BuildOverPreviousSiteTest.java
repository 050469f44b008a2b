package studyguide;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build over the site it replaces gives exactly what a build into an empty folder gives; the files that
 * came out the same are the previous site's files (linked, their times kept), the others new.
 */
class BuildOverPreviousSiteTest {

    @TempDir
    Path temp;

    @Test
    void aBuildAfterAnEditedAnswerIsTheFreshBuildAndKeepsTheUnchangedFiles() throws IOException {
        Path content = Cli.copy(Cli.SMALL_GUIDE, temp.resolve("content"));
        Path site = temp.resolve("site");
        Cli.Run first = Cli.build(content, site);
        assertEquals(0, first.exitCode(), first::toString);
        Map<String, byte[]> before = Cli.snapshot(site);
        Map<String, Object> inodes = inodes(site);

        Files.writeString(content.resolve("answers/query-vs-scan.md"), "\nOne line more.\n", StandardOpenOption.APPEND);
        Cli.Run second = Cli.build(content, site);
        assertEquals(0, second.exitCode(), second::toString);
        Cli.Run fresh = Cli.build(content, temp.resolve("fresh"));
        assertEquals(0, fresh.exitCode(), fresh::toString);

        Map<String, byte[]> after = Cli.snapshot(site);
        Map<String, byte[]> expected = Cli.snapshot(temp.resolve("fresh"));
        assertEquals(expected.keySet(), after.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));

        Map<String, Object> now = inodes(site);
        int kept = 0;
        int made = 0;
        for (String path : after.keySet()) {
            boolean same = before.containsKey(path) && Arrays.equals(before.get(path), after.get(path));
            assertEquals(same, now.get(path).equals(inodes.get(path)), path + ": the same file only when the same bytes");
            if (same) {
                kept++;
            } else {
                made++;
            }
        }
        assertTrue(after.get("queries/query-vs-scan.html") != null && made > 0 && kept > made,
                "kept " + kept + ", made " + made);
    }

    private static Map<String, Object> inodes(Path site) throws IOException {
        Map<String, Object> keys = new HashMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                keys.put(site.relativize(file).toString(),
                        Files.readAttributes(file, BasicFileAttributes.class).fileKey());
            }
        }
        return keys;
    }
}
