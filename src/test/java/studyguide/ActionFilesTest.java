package studyguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Actions files: the reusable action ({@code action.yml}), the workflows and Dependabot's
 * configuration. Both action and workflows pass GitHub's own parser ({@code tools/lint-actions.mjs}, on
 * {@code @actions/workflow-parser} from npm); without Node or {@code tools/node_modules} that check is
 * skipped, and with {@code STUDYGUIDE_REQUIRE_BROWSER=1} (set by {@code .ci/run}) it fails instead.
 */
class ActionFilesTest {

    static final Path ACTION = Path.of("action.yml");
    static final Path LINTER = Path.of("tools/lint-actions.mjs");

    private static JsonNode yaml(Path file) throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    }

    private record Lint(int status, String output) {
    }

    private static Lint lint(List<Path> files) throws Exception {
        boolean node = Stream.of(System.getenv("PATH").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "node")));
        if (!node || !Files.isDirectory(Path.of("tools/node_modules/@actions/workflow-parser"))) {
            String why = "GitHub's workflow parser needs Node and `npm ci --prefix tools --omit=dev`";
            if ("1".equals(System.getenv("STUDYGUIDE_REQUIRE_BROWSER"))) {
                fail(why + ", and STUDYGUIDE_REQUIRE_BROWSER=1 requires it");
            }
            Assumptions.abort(why);
        }
        List<String> command = new ArrayList<>(List.of("node", LINTER.toString()));
        files.forEach(f -> command.add(f.toAbsolutePath().toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        return new Lint(process.waitFor(), output);
    }

    private static List<Path> actionFiles() throws IOException {
        List<Path> files = new ArrayList<>(List.of(ACTION));
        try (Stream<Path> workflows = Files.list(Path.of(".github/workflows"))) {
            workflows.filter(f -> f.toString().endsWith(".yml")).sorted().forEach(files::add);
        }
        return files;
    }

    @Test
    @Slow.Node
    void theActionAndTheWorkflowsPassGitHubsParser() throws Exception {
        Lint lint = lint(actionFiles());
        assertEquals("", lint.output());
        assertEquals(0, lint.status());
    }

    @Test
    @Slow.Node
    void githubsParserReportsEachProblemAtItsLine(@TempDir Path folder) throws Exception {
        Path action = folder.resolve("action.yml");
        Files.writeString(action, Files.readString(ACTION).replace("using: composite", "using: composit"));
        Path workflow = folder.resolve("pages.yml");
        Files.writeString(workflow, Files.readString(PagesWorkflowTest.WORKFLOW).replace("runs-on:", "runs_on:"));
        Lint lint = lint(List.of(action, workflow));
        assertEquals(1, lint.status());
        int line = Files.readAllLines(ACTION).indexOf("  using: composite") + 1;
        assertTrue(lint.output().contains(action.toAbsolutePath() + ":" + line + ":10: Unexpected value 'composit'\n"),
                lint.output());
        assertTrue(lint.output().contains("Unexpected value 'runs_on'"), lint.output());
        assertTrue(lint.output().contains("Required property is missing: runs-on"), lint.output());
    }

    @Test
    void theActionTakesTheContentFolderTheAddressAndTheVersion() throws IOException {
        JsonNode action = yaml(ACTION);
        Set<String> inputs = new TreeSet<>();
        action.get("inputs").fieldNames().forEachRemaining(inputs::add);
        assertEquals(Set.of("base-url", "content", "version"), inputs);
        assertEquals("content", action.at("/inputs/content/default").asText());
        assertEquals("composite", action.at("/runs/using").asText());
    }

    @Test
    void theActionSetsUpJavaBuildsWithTheLauncherAndUploadsForPages() throws IOException {
        List<JsonNode> steps = new ArrayList<>();
        yaml(ACTION).at("/runs/steps").forEach(steps::add);
        JsonNode java = steps.get(0);
        assertTrue(java.get("uses").asText().matches("actions/setup-java@v\\d+"));
        assertEquals("17", java.at("/with/java-version").asText());
        JsonNode upload = steps.get(steps.size() - 1);
        assertTrue(upload.get("uses").asText().matches("actions/upload-pages-artifact@v\\d+"));
        assertEquals("${{ steps.build.outputs.site }}", upload.at("/with/path").asText());
        for (JsonNode step : steps) {
            if (step.has("uses")) {
                assertTrue(step.get("uses").asText().startsWith("actions/"), "only GitHub's own actions: " + step);
            }
            if (step.has("run")) {
                String run = step.get("run").asText();
                assertTrue(run.contains("\"$tool/jbang\" \"$tool/jbang-build.java\" build"), run);
                // Inputs come in as environment variables: an input spliced into the script could run code.
                assertFalse(run.contains("${{"), "no expressions in the script: " + run);
            }
        }
    }

    /** The workflow init writes for a new guide's repository: valid for GitHub, and building with the action named. */
    @Test
    @Slow.Node
    void theWorkflowInitWritesPassesGitHubsParserAndBuildsWithTheActionNamed(@TempDir Path folder) throws Exception {
        Cli.Run init = Cli.run("init", "--action", "acme/studyguide@v0.2.0", folder.resolve("guide").toString());
        assertEquals(0, init.exitCode(), init::toString);
        Path workflow = folder.resolve("guide/.github/workflows/pages.yml");
        Lint lint = lint(List.of(workflow));
        assertEquals("", lint.output());
        List<String> uses = new ArrayList<>();
        yaml(workflow).at("/jobs/build/steps").forEach(step -> uses.add(step.path("uses").asText()));
        assertEquals(List.of("actions/checkout@v6", "actions/configure-pages@v6", "acme/studyguide@v0.2.0"), uses);
        assertEquals("${{ steps.pages.outputs.base_url }}", yaml(workflow).at("/jobs/build/steps/2/with/base-url").asText());
        assertEquals("actions/deploy-pages@v5", yaml(workflow).at("/jobs/deploy/steps/0/uses").asText());
        // Its versions of GitHub's actions are the ones this repository's own workflow uses (kept current by Dependabot).
        String ours = Files.readString(PagesWorkflowTest.WORKFLOW);
        uses.stream().filter(u -> u.startsWith("actions/")).forEach(u -> assertTrue(ours.contains("uses: " + u), u));
    }

    @Test
    void dependabotKeepsMavenNpmAndActionsCurrentWeekly() throws IOException {
        JsonNode dependabot = yaml(Path.of(".github/dependabot.yml"));
        Set<String> ecosystems = new TreeSet<>();
        for (JsonNode update : dependabot.get("updates")) {
            ecosystems.add(update.get("package-ecosystem").asText() + " " + update.get("directory").asText());
            assertEquals("weekly", update.at("/schedule/interval").asText());
        }
        assertEquals(Set.of("github-actions /", "maven /", "npm /tools"), ecosystems);
    }
}
