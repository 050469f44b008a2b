package studyguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The schemas editors validate with (mapped in .vscode/settings.json) exist, match the content files,
 * and accept the guides the build accepts, so editors never flag valid content.
 */
class EditorSchemasTest {

    @Test
    void everyMappedSchemaAcceptsTheFilesItIsMappedTo() throws IOException {
        JsonNode settings = new ObjectMapper().readTree(Path.of(".vscode/settings.json").toFile()).get("yaml.schemas");
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<String> problems = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> mappings = settings.fields();
        while (mappings.hasNext()) {
            Map.Entry<String, JsonNode> mapping = mappings.next();
            Path schemaFile = Path.of(mapping.getKey());
            assertTrue(Files.isRegularFile(schemaFile), schemaFile.toString());
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                    .getSchema(new ObjectMapper().readTree(schemaFile.toFile()));
            for (String glob : List.of(mapping.getValue().asText(),
                    mapping.getValue().asText().replaceFirst("^content/", Cli.SMALL_GUIDE + "/"))) {
                List<Path> files = matching(glob);
                assertFalse(files.isEmpty(), glob + " matches no file");
                for (Path file : files) {
                    schema.validate(yaml.readTree(file.toFile())).forEach(m -> problems.add(file + ": " + m.getMessage()));
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static List<Path> matching(String glob) throws IOException {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        Path root = Path.of(glob.substring(0, glob.indexOf('/')));
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(matcher::matches).sorted().toList();
        }
    }
}
