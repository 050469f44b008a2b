package studyguide;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** init DIR: a skeleton that builds as it is, with the tool's own theme, and never overwrites a file. */
class InitTest {

    @TempDir
    Path temp;

    @Test
    void theSkeletonBuildsAndChecksWithNoWarnings() throws IOException {
        Path guide = temp.resolve("my-guide");
        Cli.Run init = Cli.run("init", guide.toString());
        assertEquals(0, init.exitCode(), init::toString);
        assertEquals("", init.err());
        for (String file : List.of("content/site.yaml", "content/questions/getting-started.yaml",
                "content/answers/how-is-a-question-written.md", "content/snippets/question.yaml",
                "content/diagrams/from-files-to-site.puml", "docs/schema/questions.schema.json", ".gitignore",
                "README.md", ".github/workflows/pages.yml")) {
            assertTrue(Files.isRegularFile(guide.resolve(file)), file);
        }
        assertFalse(Files.exists(guide.resolve("templates")), "the theme is built in");
        Cli.Run build = Cli.run("build", "--content", guide.resolve("content").toString(), "--templates",
                guide.resolve("templates").toString(), "--output", guide.resolve("site").toString());
        assertEquals(0, build.exitCode(), build::toString);
        assertEquals("", build.err(), "no warnings");
        assertTrue(build.out().startsWith("Built 3 questions in 1 category"), build.out());
        // Without the break opportunities the sheets put into code (print/SheetCode), which are not text.
        String quiz = Files.readString(guide.resolve("site/print/quiz-getting-started.html")).replace("<wbr>", "");
        assertTrue(quiz.contains("print(len(items) * 2)") && quiz.contains("quiz-choice"),
                "the sample's multiple-choice question is printed with its prompt and options");
        Cli.Run check = Cli.run("check", "--content", guide.resolve("content").toString(), "--templates",
                guide.resolve("templates").toString());
        assertEquals(0, check.exitCode(), check::toString);
        assertEquals("", check.err());
    }

    @Test
    void theThemeIsACopyOfTheToolsOwnWhenAskedFor() throws IOException {
        Path guide = temp.resolve("g");
        assertEquals(0, Cli.run("init", "--theme", guide.toString()).exitCode());
        Map<String, byte[]> ours = Cli.snapshot(Cli.TEMPLATES);
        Map<String, byte[]> theirs = Cli.snapshot(guide.resolve("templates"));
        assertEquals(ours.keySet(), theirs.keySet());
        ours.forEach((name, bytes) -> assertArrayEquals(bytes, theirs.get(name), name));
        assertArrayEquals(Files.readAllBytes(Path.of("docs/schema/site.schema.json")),
                Files.readAllBytes(guide.resolve("docs/schema/site.schema.json")));
    }

    @Test
    void neverOverwritesAFile() throws IOException {
        Path guide = temp.resolve("g");
        Files.createDirectories(guide.resolve("templates"));
        Files.writeString(guide.resolve("templates/layout.ftlh"), "my own layout");
        Files.writeString(guide.resolve(".gitignore"), "my ignores\n");
        Cli.Run init = Cli.run("init", "--theme", guide.toString());
        assertEquals(0, init.exitCode(), init::toString);
        assertEquals("my own layout", Files.readString(guide.resolve("templates/layout.ftlh")));
        assertEquals("my ignores\n", Files.readString(guide.resolve(".gitignore")));
        assertTrue(init.out().contains("Kept 2 files that already existed (never overwritten):"), init.out());
        assertTrue(Files.isRegularFile(guide.resolve("templates/category.ftlh")), "missing files are still added");

        Map<String, byte[]> before = Cli.snapshot(guide);
        Cli.Run again = Cli.run("init", "--theme", guide.toString());
        assertEquals(0, again.exitCode());
        assertTrue(again.out().contains("Created 0 files"), again.out());
        Map<String, byte[]> after = Cli.snapshot(guide);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
    }

    @Test
    void anExistingGuideGetsNoSampleContent() throws IOException {
        Path guide = Cli.copy(Cli.SMALL_GUIDE, temp.resolve("g/content")).getParent();
        Cli.Run init = Cli.run("init", guide.toString());
        assertEquals(0, init.exitCode(), init::toString);
        assertTrue(init.out().contains("no sample content was added"), init.out());
        assertFalse(Files.exists(guide.resolve("content/questions/getting-started.yaml")));
        assertFalse(Files.exists(guide.resolve("templates")), "the theme is built in");
        assertEquals(0, Cli.build(guide.resolve("content"), temp.resolve("site")).exitCode());
    }

    @Test
    void aFileIsNotAFolder() throws IOException {
        Path file = Files.writeString(temp.resolve("notes.txt"), "x");
        Cli.Run init = Cli.run("init", file.toString());
        assertEquals(2, init.exitCode());
        assertTrue(init.err().contains("is a file"), init.err());
    }

    @Test
    void whatStandsWhereAFolderGoesIsNamedAndNothingIsWritten() throws IOException {
        Path guide = Files.createDirectories(temp.resolve("guide"));
        Files.createDirectories(guide.resolve("docs"));
        Files.createSymbolicLink(guide.resolve("docs/schema"), temp.resolve("missing"));
        Files.writeString(guide.resolve(".github"), "a file");
        Cli.Run init = Cli.run("init", guide.toString());
        assertEquals(1, init.exitCode(), init::toString);
        assertTrue(init.err().contains("nothing was written, as init writes folders where these are: "
                + "docs/schema (a link to something that does not exist), .github (a file); move them away"), init.err());
        try (var files = Files.list(guide)) {
            assertEquals(List.of(".github", "docs"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void theSampleYamlNamesSchemasThatExistAndAcceptIt() throws IOException {
        Path guide = temp.resolve("g");
        assertEquals(0, Cli.run("init", guide.toString()).exitCode());
        Pattern modeline = Pattern.compile("^# yaml-language-server: \\$schema=(\\S+)$", Pattern.MULTILINE);
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        ObjectMapper json = new ObjectMapper();
        for (String name : List.of("content/site.yaml", "content/questions/getting-started.yaml")) {
            Path file = guide.resolve(name);
            Matcher m = modeline.matcher(Files.readString(file));
            assertTrue(m.find(), name + " names its schema for editors");
            Path schema = file.getParent().resolve(m.group(1)).normalize();
            assertTrue(Files.isRegularFile(schema), schema.toString());
            var errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                    .getSchema(json.readTree(schema.toFile())).validate(yaml.readTree(file.toFile()));
            assertEquals(Set.of(), errors, name);
        }
    }

    /**
     * The way people use it: the tool started from another folder (so the theme must come from the
     * tool's own files), then the build command run inside the new folder with no options.
     */
    @Test
    @Slow.Heavy
    void worksFromAnotherFolderAndBuildsInsideTheNewOneWithNoOptions() throws Exception {
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Process init = tool(elsewhere, "init", "my-guide");
        assertEquals(0, init.exitValue(), output(init));
        Path guide = elsewhere.resolve("my-guide");
        Process build = tool(guide);
        assertEquals(0, build.exitValue(), output(build));
        assertTrue(Files.isRegularFile(guide.resolve("site/getting-started.html")));
        assertEquals("", new String(build.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static Process tool(Path directory, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", Cli.classPath(), "studyguide.Main"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the tool finished");
        return process;
    }

    private static String output(Process p) throws IOException {
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                + new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void withoutAnActionTheWorkflowSaysWhatToFillIn() throws IOException {
        Path guide = temp.resolve("g");
        Cli.Run init = Cli.run("init", guide.toString());
        assertTrue(Files.readString(guide.resolve(".github/workflows/pages.yml")).contains("- uses: OWNER/studyguide@TAG\n"));
        assertTrue(init.out().contains("To publish on GitHub Pages, replace OWNER/studyguide@TAG in "
                + ".github/workflows/pages.yml with the repository you got studyguide from and a release tag.\n"), init.out());
    }

    @Test
    void anActionThatIsNotOwnerRepoAtTagIsAUsageError() {
        Cli.Run init = Cli.run("init", "--action", "studyguide", temp.resolve("g").toString());
        assertEquals(2, init.exitCode(), init::toString);
        assertEquals("studyguide: --action must name a GitHub repository and a tag, such as acme/studyguide@v0.2.0, "
                + "not 'studyguide'\n", init.err());
        assertFalse(Files.exists(temp.resolve("g")));
    }

    @Test
    void anEmptyFolderNameIsAUsageError() {
        Cli.Run init = Cli.run("init", "");
        assertEquals(2, init.exitCode(), init::toString);
        assertEquals("studyguide: init needs the folder of the new guide, such as 'init my-guide'\n", init.err());
    }
}
