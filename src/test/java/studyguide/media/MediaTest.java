package studyguide.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.problem.Position;
import studyguide.problem.Problems;

/** A linked file's name in the site: its own name and a hash of its bytes, so a browser never shows an old copy. */
class MediaTest {

    @TempDir
    Path content;

    private final Problems problems = new Problems();

    private MediaFile link(Path folder, String name) throws IOException {
        MediaFile file = Media.of(content, problems).link(folder, name, "linked file", Position.of(folder.resolve("x.yaml")), false);
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        return file;
    }

    @Test
    void aFileIsNamedByItsNameAndItsBytesAndOnceHoweverOftenItIsLinked() throws IOException {
        Files.createDirectories(content.resolve("questions"));
        Files.writeString(content.resolve("notes.txt"), "the notes");
        Media media = Media.of(content, problems);
        Position at = Position.of(content.resolve("questions/a.yaml"));
        MediaFile first = media.link(content.resolve("questions"), "../notes.txt", "linked file", at, false);
        MediaFile again = media.link(content, "notes.txt", "linked file", at, false);
        assertTrue(first.path().matches("media/notes-[0-9a-f]{12}\\.txt"), first.path());
        assertSame(first, again, "one file, however it is named");
        assertEquals(1, media.files().size());
    }

    @Test
    void aChangedFileAndAnotherFileOfTheSameNameGetNamesOfTheirOwn() throws IOException {
        Files.createDirectories(content.resolve("a"));
        Files.createDirectories(content.resolve("b"));
        Files.writeString(content.resolve("a/figure.txt"), "one");
        Files.writeString(content.resolve("b/figure.txt"), "two");
        String a = link(content, "a/figure.txt").path();
        String b = link(content, "b/figure.txt").path();
        assertNotEquals(a, b, "same name, other bytes");
        assertEquals(a, link(content, "a/figure.txt").path(), "the same bytes, the same name in the next build");
        Files.writeString(content.resolve("a/figure.txt"), "onf");
        assertNotEquals(a, link(content, "a/figure.txt").path(), "one byte changed: a new name");
    }
}
