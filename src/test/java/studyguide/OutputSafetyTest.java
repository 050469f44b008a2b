package studyguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A wrong --output can never delete a user's files: the build refuses with exit 2 and touches nothing. */
class OutputSafetyTest {

    @TempDir
    Path temp;

    private Cli.Run buildInto(Path content, Path output) {
        return Cli.build(content, output);
    }

    private void assertRefused(Cli.Run run, String words) {
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains(words), run.err());
    }

    @Test
    void refusesTheContentFolderItself() throws IOException {
        Path content = Cli.copy(Cli.SMALL_GUIDE, temp.resolve("content"));
        assertRefused(buildInto(content, content), "it is or lies inside");
        assertTrue(Files.exists(content.resolve("site.yaml")));
    }

    @Test
    void refusesAFolderInsideTheContent() throws IOException {
        Path content = Cli.copy(Cli.SMALL_GUIDE, temp.resolve("content"));
        assertRefused(buildInto(content, content.resolve("questions")), "it is or lies inside");
        assertTrue(Files.exists(content.resolve("questions/storage.yaml")));
    }

    @Test
    void refusesAFolderThatContainsTheContentSuchAsTheProjectRoot() throws IOException {
        Path project = temp.resolve("project");
        Path content = Cli.copy(Cli.SMALL_GUIDE, project.resolve("content"));
        assertRefused(buildInto(content, project), "it contains");
        assertTrue(Files.exists(content.resolve("site.yaml")));
    }

    @Test
    void refusesTheTemplatesFolder() throws IOException {
        Path theme = Cli.copy(Cli.TEMPLATES, temp.resolve("theme"));
        Cli.Run run = Cli.run("build", "--content", Cli.SMALL_GUIDE.toString(), "--templates", theme.toString(),
                "--output", theme.resolve("assets").toString());
        assertRefused(run, "it is or lies inside");
        assertTrue(Files.exists(theme.resolve("assets/style.css")));
    }

    @Test
    void anOutputFolderUnderAFileIsAUsageError() throws IOException {
        Path file = Files.writeString(temp.resolve("notes.txt"), "mine");
        assertRefused(buildInto(Cli.SMALL_GUIDE, file.resolve("site")), "cannot write the site to " + file.resolve("site")
                + ": " + file + " is a file, not a folder; choose another --output");
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void foldersLeftByAKilledBuildAreRemovedByTheNext() throws IOException {
        Path site = temp.resolve("site");
        long noSuchProcess = 4_000_000_000L;
        Path building = Files.createDirectories(temp.resolve(".site.building-" + noSuchProcess + "-123"));
        Files.writeString(building.resolve("index.html"), "half");
        Path old = Files.createDirectories(temp.resolve(".site.old-" + noSuchProcess + "-456"));
        Path running = Files.createDirectories(temp.resolve(".site.building-" + ProcessHandle.current().pid() + "-789"));
        Path othersSite = Files.createDirectories(temp.resolve(".sites.building-" + noSuchProcess + "-1"));
        assertEquals(0, buildInto(Cli.SMALL_GUIDE, site).exitCode());
        assertFalse(Files.exists(building), "a dead build's staging folder");
        assertFalse(Files.exists(old), "a dead build's previous site");
        assertTrue(Files.exists(running), "a running build's folder stays");
        assertTrue(Files.exists(othersSite), "another output's folder stays");
    }

    @Test
    void refusesANonEmptyFolderItDidNotCreate() throws IOException {
        Path documents = Files.createDirectories(temp.resolve("documents"));
        Files.writeString(documents.resolve("thesis.txt"), "years of work");
        assertRefused(buildInto(Cli.SMALL_GUIDE, documents), "was not written by studyguide");
        assertEquals("years of work", Files.readString(documents.resolve("thesis.txt")));
    }

    @Test
    void replacesItsOwnPreviousOutputAndAnEmptyFolder() throws IOException {
        Path site = Files.createDirectories(temp.resolve("site"));
        assertEquals(0, buildInto(Cli.SMALL_GUIDE, site).exitCode());
        Files.writeString(site.resolve("stale.html"), "from an older build");
        assertEquals(0, buildInto(Cli.SMALL_GUIDE, site).exitCode());
        assertTrue(Files.exists(site.resolve("index.html")));
        assertTrue(Files.notExists(site.resolve("stale.html")), "the output is replaced, not merged");
        try (var siblings = Files.list(temp)) {
            assertEquals(1, siblings.count(), "no temporary folders are left beside the output");
        }
    }

    @Test
    void rejectsABaseUrlThatIsNotAnAddress() {
        Cli.Run run = Cli.build(Cli.SMALL_GUIDE, temp.resolve("site"), "--base-url", "user.github.io/repo");
        assertRefused(run, "--base-url must be an http(s) address");
    }

    @Test
    void rejectsABaseUrlThatWouldEndUpInsideEveryPagesAddress() {
        for (String[] bad : new String[][] {{"https://ex.com/a#frag", "a fragment ('#frag')"},
                {"https://ex.com/a?q=1", "a query ('?q=1')"},
                {"https://u:p@ex.com/", "a user name or password, which every page would publish"}}) {
            Cli.Run run = Cli.build(Cli.SMALL_GUIDE, temp.resolve("site"), "--base-url", bad[0]);
            assertRefused(run, "--base-url is the address of the site's folder, which every page's address starts with, "
                    + "and may not have " + bad[1] + ": '" + bad[0] + "'");
        }
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli.Run run = Cli.run("build", "--ouput", "x");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Unknown options: '--ouput'") && run.err().contains("Possible solutions: --output"), run.err());
    }

    @Test
    void helpAndVersionWork() {
        Cli.Run help = Cli.run("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("--base-url=URL") && help.out().contains("check"), help.out());
        Cli.Run version = Cli.run("--version");
        assertEquals("studyguide " + Main.VERSION, version.out().strip());
    }
}
