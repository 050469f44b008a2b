package studyguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The GitHub Pages workflow: valid YAML that builds with the README's command and deploys with GitHub's own actions. */
class PagesWorkflowTest {

    static final Path WORKFLOW = Path.of(".github/workflows/pages.yml");

    private static JsonNode workflow() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(WORKFLOW.toFile());
    }

    private static List<JsonNode> steps(JsonNode workflow) {
        List<JsonNode> steps = new ArrayList<>();
        workflow.get("jobs").forEach(job -> job.get("steps").forEach(steps::add));
        return steps;
    }

    private static JsonNode uses(JsonNode workflow, String action) {
        return steps(workflow).stream().filter(s -> s.path("uses").asText().startsWith(action + "@")).findFirst()
                .orElseThrow(() -> new AssertionError("no step uses " + action));
    }

    @Test
    void usesOnlyGitHubsOfficialActions() throws IOException {
        JsonNode workflow = workflow();
        for (String action : List.of("actions/checkout", "actions/setup-java", "actions/configure-pages",
                "actions/upload-pages-artifact", "actions/deploy-pages")) {
            assertTrue(uses(workflow, action).get("uses").asText().matches(action + "@v\\d+"), action + " pinned to a major version");
        }
        for (JsonNode step : steps(workflow)) {
            if (step.has("uses")) {
                assertTrue(step.get("uses").asText().startsWith("actions/"), "only official actions: " + step);
            }
        }
        assertEquals("17", uses(workflow, "actions/setup-java").at("/with/java-version").asText());
    }

    @Test
    void buildsWithTheReadmesCommandAndThePagesAddress() throws IOException {
        JsonNode workflow = workflow();
        String readme = Files.readString(Path.of("README.md"));
        Matcher command = Pattern.compile("(?m)^(\\./jbang jbang-build\\.java)\\s+#").matcher(readme);
        assertTrue(command.find(), "the README names its build command");
        String pagesStep = uses(workflow, "actions/configure-pages").get("id").asText();
        String build = steps(workflow).stream().filter(s -> s.has("run")).map(s -> s.get("run").asText().strip())
                .filter(r -> r.startsWith(command.group(1))).findFirst().orElseThrow();
        assertEquals(command.group(1) + " --base-url \"${{ steps." + pagesStep + ".outputs.base_url }}\"", build);
        assertEquals("site", uses(workflow, "actions/upload-pages-artifact").at("/with/path").asText(),
                "uploads the folder the build writes");
    }

    @Test
    void deploysAfterTheBuildWithTheRightPermissions() throws IOException {
        JsonNode workflow = workflow();
        assertEquals("write", workflow.at("/permissions/pages").asText());
        assertEquals("write", workflow.at("/permissions/id-token").asText());
        JsonNode deploy = workflow.at("/jobs/deploy");
        assertEquals("build", deploy.get("needs").asText());
        assertEquals("github-pages", deploy.at("/environment/name").asText());
        assertNotNull(workflow.get("on").get("push"));
        assertEquals("main", workflow.at("/on/push/branches/0").asText());
    }
}
