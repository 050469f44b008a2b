package studyguide.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.Cli;
import studyguide.cache.Memo;
import studyguide.model.Guide;
import studyguide.model.Question;
import studyguide.problem.Problems;

/**
 * serve lists a watched folder again only when its watcher reports a change in it; a folder whose listing
 * depends on more than its entries (a link) is listed on every build. Editors' own files are not the guide's.
 */
class FolderListingTest {

    @TempDir
    Path temp;

    /** The files as serve keeps them, every folder under the test's folder watched. */
    private ReadFiles watched() {
        Path folder = temp.toAbsolutePath().normalize();
        return new ReadFiles(new Memo<>(), new Memo<>(), new Memo<>(), new Memo<>(), new Memo<>(), f -> f.startsWith(folder));
    }

    private static Guide load(Path content, ReadFiles files, Problems problems) {
        return new GuideLoader(problems, files).load(content);
    }

    private static Set<String> answered(Guide guide) {
        return guide.questions().filter(q -> q.answer() != null).map(Question::id).collect(Collectors.toSet());
    }

    @Test
    void anAnswerFileCreatedIsReadOnceItsCreationIsReported() throws Exception {
        Path content = Cli.copy(Cli.SMALL_GUIDE, temp.resolve("content"));
        Path answer = content.resolve("answers/query-vs-scan.md");
        String text = Files.readString(answer);
        Files.delete(answer);
        ReadFiles files = watched();
        Problems first = new Problems();
        assertTrue(!answered(load(content, files, first)).contains("query-vs-scan"));

        Files.writeString(answer, text);
        files.forget(List.of(answer.toAbsolutePath()), List.of(answer.getParent()));
        Problems second = new Problems();
        assertTrue(answered(load(content, files, second)).contains("query-vs-scan"));
        assertEquals(List.of(), second.sorted());
    }

    @Test
    void aFolderWithALinkInItIsListedOnEveryBuild() throws Exception {
        // A link's target can change without a change in the link's folder.
        Path content = Cli.copy(Cli.SMALL_GUIDE, temp.resolve("content"));
        Path answer = content.resolve("answers/query-vs-scan.md");
        Path moved = Files.move(answer, content.resolve("query-vs-scan.md"));
        Files.createSymbolicLink(content.resolve("answers/what-is-a-partition-link.md"), content.resolve("answers/what-is-a-partition.md"));
        ReadFiles files = watched();
        load(content, files, new Problems());

        Files.move(moved, answer); // reported in a real watcher; not told here
        assertTrue(answered(load(content, files, new Problems())).contains("query-vs-scan"));
    }

    @Test
    void editorsOwnFilesBesideTheAnswersAreNotPartOfTheGuide() throws Exception {
        Path content = Cli.copy(Cli.SMALL_GUIDE, temp.resolve("content"));
        for (String name : List.of("query-vs-scan.md~", "#query-vs-scan.md#", ".query-vs-scan.md.swp", "query-vs-scan.md.swx")) {
            Files.writeString(content.resolve("answers").resolve(name), "an editor's copy");
        }
        Problems problems = new Problems();
        Guide guide = load(content, ReadFiles.none(), problems);
        assertEquals(List.of(), problems.sorted());
        assertEquals(4, guide.questionCount());
    }
}
