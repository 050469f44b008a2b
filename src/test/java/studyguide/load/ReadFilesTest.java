package studyguide.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.cache.Memo;
import studyguide.problem.Problems;

/** serve's loader parses a file again only when its bytes changed, and reports its problems every time. */
class ReadFilesTest {

    @TempDir
    Path temp;

    /** The files as serve keeps them. */
    private static ReadFiles serves() {
        return new ReadFiles(new Memo<>(), new Memo<>(), new Memo<>());
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
        ReadFiles files = new ReadFiles(new Memo<>(), trees, new Memo<>());
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
}
