package studyguide.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.Cli;
import studyguide.cache.Memo;
import studyguide.model.Guide;
import studyguide.model.Question;
import studyguide.problem.Problems;

/**
 * serve reads a category again when one of its answers changes; its other questions come back as the very
 * objects of the last build, so the stages after loading find them by reference, and the guide is the one a
 * fresh load reads.
 */
class QuestionsReadAgainTest {

    @TempDir
    Path temp;

    @Test
    void theUnchangedQuestionsOfACategoryReadAgainAreTheObjectsReadBefore() throws Exception {
        Path content = Cli.copy(Cli.SMALL_GUIDE, temp.resolve("content"));
        ReadFiles files = new ReadFiles(new Memo<>(), new Memo<>(), new Memo<>(), new Memo<>(), WatchedFolders.NONE);
        Map<String, Question> before = questions(load(content, files));
        Path answer = content.resolve("answers/what-is-a-partition.md");
        Files.writeString(answer, Files.readString(answer) + "\nOne more line.\n");

        Guide again = load(content, files);
        Map<String, Question> after = questions(again);
        assertEquals(before.keySet(), after.keySet());
        assertNotSame(before.get("what-is-a-partition"), after.get("what-is-a-partition"));
        assertTrue(after.get("what-is-a-partition").answer().text().contains("One more line."));
        String category = again.categories().stream()
                .filter(c -> c.questions().contains(after.get("what-is-a-partition"))).findFirst().orElseThrow().id();
        List<String> others = again.categories().stream().filter(c -> c.id().equals(category))
                .flatMap(c -> c.questions().stream()).map(Question::id).filter(id -> !id.equals("what-is-a-partition")).toList();
        assertTrue(others.size() >= 2, "the category of the edited answer has other questions: " + others);
        for (String id : after.keySet()) {
            if (!id.equals("what-is-a-partition")) {
                assertSame(before.get(id), after.get(id), id);
            }
        }
        assertEquals(load(content, ReadFiles.none()), again);
    }

    private static Guide load(Path content, ReadFiles files) {
        Problems problems = new Problems();
        Guide guide = new GuideLoader(problems, files).load(content);
        assertEquals(List.of(), problems.sorted());
        return guide;
    }

    private static Map<String, Question> questions(Guide guide) {
        return guide.questions().collect(Collectors.toMap(Question::id, Function.identity()));
    }
}
