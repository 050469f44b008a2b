package studyguide.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.cache.Memo;
import studyguide.output.OutputFile;

/** A rebuild links the files whose bytes did not change to those in place, and writes every other one. */
class WrittenFilesTest {

    @TempDir
    Path temp;

    @Test
    void unchangedFilesAreLinkedAndChangedOnesWritten() throws IOException {
        WrittenFiles written = new WrittenFiles(new Memo<>());
        Path site = temp.resolve("site");
        write(site, written, "same", "first");
        Object same = key(site.resolve("a.html"));
        Object changed = key(site.resolve("sub/b.html"));

        write(site, written, "same", "second");
        assertEquals(same, key(site.resolve("a.html")), "the same bytes: the same file, linked");
        assertNotEquals(changed, key(site.resolve("sub/b.html")));
        assertEquals("second", Files.readString(site.resolve("sub/b.html")));
        assertEquals("same", Files.readString(site.resolve("a.html")));
    }

    @Test
    void aFileEditedInTheOutputFolderIsWrittenAgain() throws IOException {
        WrittenFiles written = new WrittenFiles(new Memo<>());
        Path site = temp.resolve("site");
        write(site, written, "same", "first");
        Files.writeString(site.resolve("a.html"), "edited by hand, longer than before");

        write(site, written, "same", "first");
        assertEquals("same", Files.readString(site.resolve("a.html")));
    }

    @Test
    void aOneOffBuildWritesEveryFile() throws IOException {
        Path site = temp.resolve("site");
        write(site, WrittenFiles.none(), "same", "first");
        Object before = key(site.resolve("a.html"));
        write(site, WrittenFiles.none(), "same", "first");
        assertNotEquals(before, key(site.resolve("a.html")));
    }

    private static void write(Path site, WrittenFiles written, String a, String b) throws IOException {
        try (SiteWriter writer = SiteWriter.open(site, written)) {
            for (OutputFile f : List.of(new OutputFile("a.html", a.getBytes(StandardCharsets.UTF_8)),
                    new OutputFile("sub/b.html", b.getBytes(StandardCharsets.UTF_8)))) {
                writer.add(f);
            }
            writer.commit();
        }
    }

    private static Object key(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }
}
