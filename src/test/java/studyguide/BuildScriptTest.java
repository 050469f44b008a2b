package studyguide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * jbang-build.java names every file of the build one by one, since JBang fetches a script from a URL
 * (a catalog on GitHub) file by file and drops wildcards: a file left out would be missing only for
 * those users.
 */
class BuildScriptTest {

    /** Class-path prefix of each resource folder, as the script's //FILES lines map them. */
    private static final Map<String, String> RESOURCES = Map.of("src/main/resources/studyguide", "studyguide/",
            "templates", "studyguide/theme/", "docs/schema", "studyguide/schema/");

    @Test
    void namesEverySourceAndResourceFileAndNothingElse() throws IOException {
        TreeSet<String> expected = new TreeSet<>();
        files(Path.of("src/main/java")).stream().filter(f -> f.endsWith(".java")).forEach(f -> expected.add("//SOURCES " + f));
        for (Map.Entry<String, String> folder : RESOURCES.entrySet()) {
            for (String file : files(Path.of(folder.getKey()))) {
                expected.add("//FILES " + folder.getValue() + file.substring(folder.getKey().length() + 1) + "=" + file);
            }
        }
        TreeSet<String> listed = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("jbang-build.java"))) {
            if (line.startsWith("//SOURCES") || line.startsWith("//FILES")) {
                listed.add(line.strip());
            }
        }
        TreeSet<String> missing = new TreeSet<>(expected);
        missing.removeAll(listed);
        TreeSet<String> extra = new TreeSet<>(listed);
        extra.removeAll(expected);
        assertEquals("", (missing.isEmpty() ? "" : "not listed: " + missing + "\n")
                + (extra.isEmpty() ? "" : "listed but not there (or a wildcard): " + extra + "\n"),
                "run: python3 tools/jbang-sources.py");
    }

    private static List<String> files(Path folder) throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .forEach(p -> files.add(p.toString().replace('\\', '/')));
        }
        return files;
    }
}
