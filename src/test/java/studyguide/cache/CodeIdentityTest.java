package studyguide.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cache made by other code is not read: every change of the code that made it changes its identity. */
class CodeIdentityTest {

    @TempDir
    Path temp;

    @Test
    void aRecompiledClassChangesTheIdentityOfItsFolder() throws Exception {
        Path classes = Files.createDirectories(temp.resolve("classes/studyguide/markdown")).getParent().getParent();
        Path renderer = Files.write(classes.resolve("studyguide/markdown/MarkdownRenderer.class"), new byte[] {1, 2, 3});
        Files.writeString(classes.resolve("studyguide/markdown/notes.txt"), "not code");
        String before = CodeIdentity.of(List.of(classes));
        assertNotNull(before);
        assertEquals(before, CodeIdentity.of(List.of(classes)), "the same code, the same identity");

        Files.writeString(classes.resolve("studyguide/markdown/notes.txt"), "still not code");
        assertEquals(before, CodeIdentity.of(List.of(classes)), "only class files count");

        FileTime time = Files.getLastModifiedTime(renderer);
        Files.write(renderer, new byte[] {1, 2, 4});
        Files.setLastModifiedTime(renderer, time);
        assertNotEquals(before, CodeIdentity.of(List.of(classes)), "a class's bytes count, not its time");
    }

    @Test
    void aReplacedJarChangesTheIdentity() throws Exception {
        Path jar = Files.write(temp.resolve("studyguide.jar"), new byte[] {1, 2, 3});
        String before = CodeIdentity.of(List.of(jar));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1000));
        assertNotEquals(before, CodeIdentity.of(List.of(jar)));
        assertNull(CodeIdentity.of(List.of(jar, temp.resolve("missing.jar"))), "a source that cannot be read gives no identity at all");
    }

    @Test
    void codeThatCannotBeLocatedHasNoIdentity() {
        assertNull(CodeIdentity.of(String.class), "a class of the JDK has no code source to hash");
        assertNotNull(CodeIdentity.of(CodeIdentity.class));
    }
}
