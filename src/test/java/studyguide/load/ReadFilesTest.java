package studyguide.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.cache.Memo;
import studyguide.model.Markdown;
import studyguide.problem.Position;
import studyguide.problem.Problems;

/** serve's loader parses a file again only when its bytes changed, and reports its problems every time. */
class ReadFilesTest {

    @TempDir
    Path temp;

    /** The files as serve keeps them. */
    private static ReadFiles serves() {
        return new ReadFiles(new Memo<>(), new Memo<>(), new Memo<>(), new Memo<>(), new Memo<>(), WatchedFolders.NONE);
    }

    @Test
    void anUnchangedFileIsNotParsedAgain() throws Exception {
        ReadFiles files = serves();
        Path file = Files.writeString(temp.resolve("a.yaml"), "title: A\n");
        ReadFiles.Yaml first = files.yaml(file, file, new Problems());
        assertSame(first, files.yaml(file, file, new Problems()));

        Files.writeString(file, "title: B\n");
        ReadFiles.Yaml changed = files.yaml(file, file, new Problems());
        assertNotSame(first, changed);
        assertEquals("title: B\n", changed.text());
    }

    @Test
    void anAnswerFileGivesTheSameMarkdownWhileItsTextIsAsRead() throws Exception {
        ReadFiles files = serves();
        Path file = Files.writeString(temp.resolve("answer.md"), "An answer.\n");
        Markdown first = files.answer(file, files.text(file, file, new Problems()));
        assertEquals(Markdown.inFile("An answer.\n", new Position(file, 1, 0)), first);
        assertSame(first, files.answer(file, files.text(file, file, new Problems())));

        Files.writeString(file, "Another answer.\n");
        Markdown changed = files.answer(file, files.text(file, file, new Problems()));
        assertEquals(Markdown.inFile("Another answer.\n", new Position(file, 1, 0)), changed);

        Files.writeString(file, " \n\n");
        assertNull(files.answer(file, files.text(file, file, new Problems())), "a blank answer is none");
        assertNull(ReadFiles.none().answer(file, " \n"), "nor in a build that keeps nothing");
    }

    @Test
    void theProblemsOfAnUnchangedFileAreRecordedOnEveryRead() throws Exception {
        ReadFiles files = serves();
        Path file = Files.writeString(temp.resolve("a.yaml"), "title: A\ntitle: B\nlist: [\n");
        Problems first = new Problems();
        files.yaml(file, file, first);
        Problems second = new Problems();
        ReadFiles.Yaml again = files.yaml(file, file, second);
        assertNull(again.root());
        assertFalse(first.isEmpty());
        assertEquals(first.sorted(), second.sorted());
    }

    @Test
    void aFileShownUnderAnotherNameIsReadAgain() throws Exception {
        ReadFiles files = serves();
        Path file = Files.writeString(temp.resolve("a.md"), "A\n\u0000");
        Problems first = new Problems();
        files.text(file, Path.of("content/a.md"), first);
        Problems second = new Problems();
        files.text(file, Path.of("other/a.md"), second);
        assertEquals("content/a.md:2:1: the file contains a NUL character; is it a binary file?", first.sorted().get(0).toString());
        assertEquals("other/a.md:2:1: the file contains a NUL character; is it a binary file?", second.sorted().get(0).toString());
    }

    @Test
    void filesNoLongerReadAreForgotten() throws Exception {
        Memo<Path, ReadFiles.Kept<ReadFiles.Yaml>> trees = new Memo<>();
        ReadFiles files = new ReadFiles(new Memo<>(), trees, new Memo<>(), new Memo<>(), new Memo<>(), WatchedFolders.NONE);
        Path file = Files.writeString(temp.resolve("a.yaml"), "title: A\n");
        ReadFiles.Yaml first = files.yaml(file, file, new Problems());
        trees.keepOnlyUsed();
        trees.keepOnlyUsed(); // a build that did not read it: the file was deleted or renamed
        assertNotSame(first, files.yaml(file, file, new Problems()));
    }

    @Test
    void aOneOffBuildKeepsNothing() throws Exception {
        ReadFiles files = ReadFiles.none();
        Path file = Files.writeString(temp.resolve("a.yaml"), "title: A\n");
        assertNotSame(files.yaml(file, file, new Problems()), files.yaml(file, file, new Problems()));
    }

    /** The files as serve keeps them, with a watcher that reports every file under the test's folder. */
    private ReadFiles watched() {
        Path folder = temp.toAbsolutePath().normalize();
        return new ReadFiles(new Memo<>(), new Memo<>(), new Memo<>(), new Memo<>(), new Memo<>(), watched -> watched.startsWith(folder));
    }

    @Test
    void aReportedFileIsReadAgainOnceItsChangeIsReported() throws Exception {
        ReadFiles files = watched();
        Path file = Files.writeString(temp.resolve("a.md"), "first\n");
        assertEquals("first\n", files.text(file, file, new Problems()));
        Files.writeString(file, "second\n");
        assertEquals("first\n", files.text(file, file, new Problems()), "kept as read while no change is reported");
        files.forget(List.of(file.toAbsolutePath()), List.of());
        assertEquals("second\n", files.text(file, file, new Problems()));
    }

    @Test
    void aFolderReportedChangedHasEachOfItsFilesReadAgain() throws Exception {
        ReadFiles files = watched();
        Files.createDirectories(temp.resolve("answers"));
        // Asked by a relative path, as a content folder given on the command line is; reported by an absolute one.
        Path file = Path.of("").toAbsolutePath().relativize(Files.writeString(temp.resolve("answers/a.md"), "first\n"));
        Path yaml = Files.writeString(temp.resolve("answers/b.yaml"), "title: A\n");
        files.text(file, file, new Problems());
        files.yaml(yaml, yaml, new Problems());
        Files.writeString(file, "second\n");
        Files.writeString(yaml, "title: B\n");
        files.forget(List.of(temp.resolve("answers/../answers")), List.of());
        assertEquals("second\n", files.text(file, file, new Problems()));
        assertEquals("title: B\n", files.yaml(yaml, yaml, new Problems()).text());
    }

    @Test
    void aFileReachedThroughALinkIsComparedOnEveryRead() throws Exception {
        // A change made to the link's target is reported under the target's path, not the link's.
        Path target = Files.writeString(temp.resolve("target.md"), "first\n");
        assertComparedOnEveryRead(Files.createSymbolicLink(temp.resolve("link.md"), target), target);
    }

    @Test
    void aFileWithTwoNamesIsComparedOnEveryRead() throws Exception {
        // A hard link: a change made under the other name is reported under that name only.
        Path file = Files.writeString(temp.resolve("a.md"), "first\n");
        assertComparedOnEveryRead(file, Files.createLink(temp.resolve("other.md"), file));
    }

    /** Reads {@code read} (whose text is "first"), writes through {@code written}, reads the new text, nothing reported. */
    private void assertComparedOnEveryRead(Path read, Path written) throws Exception {
        ReadFiles files = watched();
        assertEquals("first\n", files.text(read, read, new Problems()));
        Files.writeString(written, "second\n");
        assertEquals("second\n", files.text(read, read, new Problems()));
    }

    @Test
    void aFileTheWatcherDoesNotReportIsComparedOnEveryRead() throws Exception {
        Path file = Files.writeString(temp.resolve("a.md"), "first\n");
        Path unwatched = file.toAbsolutePath().getParent();
        ReadFiles files = new ReadFiles(new Memo<>(), new Memo<>(), new Memo<>(), new Memo<>(), new Memo<>(), folder -> !folder.equals(unwatched));
        files.text(file, file, new Problems());
        Files.writeString(file, "second\n");
        assertEquals("second\n", files.text(file, file, new Problems()));
    }
}
