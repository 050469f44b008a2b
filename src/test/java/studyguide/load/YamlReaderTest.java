package studyguide.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import studyguide.problem.Position;
import studyguide.problem.Problem;
import studyguide.problem.Problems;

class YamlReaderTest {

    private final Problems problems = new Problems();
    private final Path file = Path.of("q.yaml");

    @Test
    void keepsLineAndColumnOfEveryValue() {
        YamlNode.Mapping root = (YamlNode.Mapping) new YamlReader().read("title: T\nquestions:\n  - id: a\n    tags: [x, y]\n", file, problems);
        YamlNode.Sequence questions = (YamlNode.Sequence) root.get("questions");
        YamlNode.Mapping first = (YamlNode.Mapping) questions.items().get(0);
        assertEquals(new Position(file, 3, 9), first.get("id").position());
        assertEquals(new Position(file, 4, 15), ((YamlNode.Sequence) first.get("tags")).items().get(1).position());
        assertEquals(new Position(file, 4, 5), first.entries().get(1).keyPosition());
        assertEquals(List.of(), problems.sorted());
    }

    @Test
    void reportsDuplicateKeysWithBothLines() {
        new YamlReader().read("title: A\nsummary: s\ntitle: B\n", file, problems);
        assertEquals(List.of(new Problem(new Position(file, 3, 1), "duplicate key 'title' (first given at line 1)")), problems.sorted());
    }

    @Test
    void emptyFileIsAProblem() {
        assertNull(new YamlReader().read("", file, problems));
        assertEquals("q.yaml: the file is empty", problems.sorted().get(0).toString());
    }

    @Test
    void secondDocumentIsAProblem() {
        new YamlReader().read("title: A\n---\ntitle: B\n", file, problems);
        assertEquals("q.yaml:3:1: only one YAML document is allowed in a file (remove the second '---')",
                problems.sorted().get(0).toString());
    }

    @Test
    void deepNestingIsRefusedNotOverflowed() {
        String deep = "a: " + "[".repeat(5000) + "]".repeat(5000);
        assertNull(new YamlReader().read(deep, file, problems));
        assertEquals(1, problems.sorted().size());
    }
}
