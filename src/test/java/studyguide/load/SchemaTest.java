package studyguide.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The JSON Schemas that editors use must allow exactly the keys the build accepts. */
class SchemaTest {

    private static JsonNode schema(String name) throws IOException {
        return new ObjectMapper().readTree(Path.of("docs/schema", name).toFile());
    }

    private static Set<String> keys(JsonNode properties) {
        Set<String> keys = new TreeSet<>();
        properties.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void questionSchemaMatchesTheLoader() throws IOException {
        JsonNode s = schema("questions.schema.json");
        JsonNode question = s.at("/definitions/question/properties");
        assertEquals(new TreeSet<>(CategoryReader.CATEGORY_KEYS), keys(s.get("properties")));
        assertEquals(new TreeSet<>(CategoryReader.QUESTION_KEYS), keys(question));
        assertEquals(new TreeSet<>(CategoryReader.SNIPPET_KEYS), keys(question.at("/snippets/items/properties")));
        assertEquals(new TreeSet<>(CategoryReader.DIAGRAM_KEYS), keys(question.at("/diagrams/items/properties")));
        assertEquals(new TreeSet<>(CategoryReader.REFERENCE_KEYS), keys(question.at("/references/items/properties")));
    }

    @Test
    void siteSchemaMatchesTheLoader() throws IOException {
        assertEquals(new TreeSet<>(GuideLoader.SITE_KEYS), keys(schema("site.schema.json").get("properties")));
    }
}
