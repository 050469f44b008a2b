package studyguide.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangedPathsTest {

    private static final Path HERE = Path.of("").toAbsolutePath();

    /** What the test means: the kept path, made absolute, is a changed path or under one. */
    private static boolean meant(Path file, List<Path> changed) {
        Path absolute = file.toAbsolutePath().normalize();
        return changed.stream().anyMatch(p -> absolute.startsWith(p.toAbsolutePath().normalize()));
    }

    private static final List<Path> KEPT = List.of(
            Path.of("content/answers/a.md"), Path.of("content/answers/b.md"), Path.of("./content/answers/a.md"),
            Path.of("content/snippets/py/x.py"), Path.of("content"), Path.of(""),
            Path.of("../" + HERE.getFileName() + "/content/answers/a.md"), Path.of("../elsewhere/answers/a.md"),
            HERE.resolve("content/answers/a.md"), HERE.resolve("content/answers/b.md"), Path.of("/elsewhere/a.md"));

    private static void sameAsMeant(List<Path> changed) {
        ChangedPaths test = new ChangedPaths(changed);
        for (Path file : KEPT) {
            assertEquals(meant(file, changed), test.test(file), file + " against " + changed);
        }
    }

    @Test
    void aSavedFileIsFoundWhetherTheBuildNamedItRelativeOrAbsolute() {
        ChangedPaths test = new ChangedPaths(List.of(HERE.resolve("content/answers/a.md")));
        assertTrue(test.test(Path.of("content/answers/a.md")));
        assertTrue(test.test(Path.of("./content/answers/a.md")));
        assertTrue(test.test(HERE.resolve("content/answers/a.md")));
        assertTrue(test.test(Path.of("../" + HERE.getFileName() + "/content/answers/a.md")), "up and back into here");
        assertFalse(test.test(Path.of("content/answers/b.md")));
        assertFalse(test.test(Path.of("content/answers")), "a file's folder is not under it");
        sameAsMeant(List.of(HERE.resolve("content/answers/a.md")));
    }

    @Test
    void aChangedFolderTakesEverythingUnderIt() {
        ChangedPaths test = new ChangedPaths(List.of(HERE.resolve("content/answers")));
        assertTrue(test.test(Path.of("content/answers/b.md")));
        assertFalse(test.test(Path.of("content/snippets/py/x.py")));
        sameAsMeant(List.of(HERE.resolve("content/answers")));
        sameAsMeant(List.of(HERE.resolve("content/answers/../snippets")));
    }

    @Test
    void aChangedPathAboveTheWorkingFolderTakesEveryRelativePathBelowIt() {
        Path above = HERE.getParent();
        ChangedPaths test = new ChangedPaths(List.of(above));
        assertTrue(test.test(Path.of("content/answers/a.md")));
        assertTrue(test.test(Path.of("")));
        assertFalse(test.test(Path.of("/elsewhere/a.md")));
        sameAsMeant(List.of(above));
        sameAsMeant(List.of(HERE));
        sameAsMeant(List.of(HERE.getRoot()));
    }

    @Test
    void manyChangedPathsAreLookedUpByEachKeptPathsFolders() {
        List<Path> changed = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            changed.add(HERE.resolve("content/answers/other-" + i + ".md"));
        }
        sameAsMeant(changed);
        changed.add(HERE.resolve("content/snippets"));
        changed.add(Path.of("/elsewhere"));
        sameAsMeant(changed);
        assertTrue(new ChangedPaths(changed).test(Path.of("content/snippets/py/x.py")));
        assertFalse(new ChangedPaths(changed).test(Path.of("content/answers/a.md")));
    }
}
