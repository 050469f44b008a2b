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
        ReadFiles files = new ReadFiles(new Memo<>(), new Memo<>(), new Memo<>(), new Memo<>(), new Memo<>(), WatchedFolders.NONE);
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

    @Test
    void aSnippetReplacedByALinkToAFileOutsideIsRefusedOnceTheWatcherReportsIt() throws Exception {
        Path content = Cli.copy(Cli.SMALL_GUIDE, temp.resolve("content"));
        ReadFiles files = watchingEverything(content);
        // The question that shows the snippet is kept while nothing is reported.
        assertSame(questions(load(content, files)).get("what-is-a-partition"),
                questions(load(content, files)).get("what-is-a-partition"));

        Path secret = Files.writeString(temp.resolve("secret.py"), "KEY = 'outside'\n");
        Path snippet = content.resolve("snippets/py/example.py");
        Files.delete(snippet);
        Files.createSymbolicLink(snippet, secret);
        files.forget(List.of(snippet), List.of(snippet.getParent()));

        assertEquals(List.of("questions/storage.yaml:13:15: 'py/example.py' is a link to a file outside the content "
                + "folder; copy the file into the guide instead"), problems(content, files));
    }

    @Test
    void aSnippetsFolderReplacedByALinkToAFolderOutsideIsRefusedOnceTheWatcherReportsIt() throws Exception {
        Path content = Cli.copy(Cli.SMALL_GUIDE, temp.resolve("content"));
        ReadFiles files = watchingEverything(content);
        load(content, files);

        Path outside = temp.resolve("outside");
        Files.move(content.resolve("snippets/py"), outside);
        Files.createSymbolicLink(content.resolve("snippets/py"), outside);
        files.forget(List.of(content.resolve("snippets/py")), List.of(content.resolve("snippets")));

        assertEquals(List.of("questions/storage.yaml:13:15: 'py/example.py' is a link to a file outside the content "
                + "folder; copy the file into the guide instead"), problems(content, files));
    }

    @Test
    void aSnippetReplacedByALinkWithoutAWatcherIsRefusedOnTheNextLoad() throws Exception {
        Path content = Cli.copy(Cli.SMALL_GUIDE, temp.resolve("content"));
        ReadFiles files = new ReadFiles(new Memo<>(), new Memo<>(), new Memo<>(), new Memo<>(), new Memo<>(), WatchedFolders.NONE);
        load(content, files);

        Path secret = Files.writeString(temp.resolve("secret.py"), "KEY = 'outside'\n");
        Path snippet = content.resolve("snippets/py/example.py");
        Files.delete(snippet);
        Files.createSymbolicLink(snippet, secret);

        assertEquals(List.of("questions/storage.yaml:13:15: 'py/example.py' is a link to a file outside the content "
                + "folder; copy the file into the guide instead"), problems(content, files));
    }

    /** The files as serve keeps them, with a watcher that reports every change under the content folder. */
    private static ReadFiles watchingEverything(Path content) {
        Path watched = content.toAbsolutePath().normalize();
        return new ReadFiles(new Memo<>(), new Memo<>(), new Memo<>(), new Memo<>(), new Memo<>(), folder -> folder.startsWith(watched));
    }

    private static List<String> problems(Path content, ReadFiles files) {
        Problems problems = new Problems();
        new GuideLoader(problems, files).load(content);
        return problems.sorted().stream().map(p -> content.relativize(p.position().file()) + ":" + p.position().line()
                + ":" + p.position().column() + ": " + p.message()).toList();
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
