package studyguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The test suite's shared builds: one build per guide and arguments, however the guide's folder is named. */
class BuiltSitesTest {

    @Test
    void theSameGuideAndArgumentsAreBuiltOnceForEveryTestThatAsks() {
        BuiltSites.Site small = BuiltSites.of(Cli.SMALL_GUIDE);
        assertSame(small, BuiltSites.of(Path.of("src/test/resources/guides/../guides/small")));
        assertEquals(small.root(), BuiltSites.get("small").root(), "the gates' site is the same build");
        assertTrue(Files.isRegularFile(small.file("index.html")));
        assertNotEquals(small.root(), BuiltSites.get("small-hosted").root(), "other arguments, another build");
        assertEquals("https://user.github.io/repo/", BuiltSites.get("small-hosted").baseUrl());
    }

    @Test
    void aBuildThatFailsFailsTheCallerWithTheBuildsOutput(@TempDir Path temp) throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        AssertionFailedError failed = assertThrows(AssertionFailedError.class, () -> BuiltSites.of(empty));
        assertTrue(failed.getMessage().startsWith("building " + empty + " failed:\nexit 1\n"), failed.getMessage());
    }
}
