package studyguide.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.Cli;
import studyguide.build.Caches;
import studyguide.load.GuideLoader;
import studyguide.load.WatchedFolders;
import studyguide.model.Guide;
import studyguide.problem.Problem;
import studyguide.problem.Problems;
import studyguide.view.ThemeIds;

/**
 * In {@code serve} the checks across files are skipped while the guide's question ids and related ids are those
 * of the guide that last passed them; any edit that could break them is still reported.
 */
class ChecksAfterAnEditTest {

    @TempDir
    Path temp;

    private final Caches caches = Caches.forRebuilds(System.getenv(), WatchedFolders.NONE);
    private final ThemeIds theme = new ThemeIds(Set.of("main", "search-input"), Set.of("search-result-"));

    @Test
    void aRelatedIdEditedToOneThatDoesNotExistIsReported() throws Exception {
        Path content = Cli.copy(Cli.SMALL_GUIDE, temp.resolve("content"));
        assertEquals(List.of(), check(content, theme));
        assertEquals(List.of(), check(content, theme), "and again, unchanged");
        edit(content.resolve("questions/queries.yaml"), "related: [what-is-a-partition]", "related: [what-is-a-partion]");

        List<Problem> found = check(content, theme);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).toString().contains("related question 'what-is-a-partion' does not exist"), found.toString());
        assertTrue(found.get(0).toString().contains("queries.yaml"), found.toString());
    }

    @Test
    void anIdEditedToOneAnotherQuestionHasIsReported() throws Exception {
        Path content = Cli.copy(Cli.SMALL_GUIDE, temp.resolve("content"));
        assertEquals(List.of(), check(content, theme));
        edit(content.resolve("questions/storage.yaml"), "id: script-in-question", "id: tell-me-about-a-time");

        List<Problem> found = check(content, theme);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).toString().contains("duplicate question id 'tell-me-about-a-time'"), found.toString());
    }

    @Test
    void aThemeThatNowGivesAQuestionsIdToAnElementIsReported() throws Exception {
        Path content = Cli.copy(Cli.SMALL_GUIDE, temp.resolve("content"));
        assertEquals(List.of(), check(content, theme));

        List<Problem> found = check(content, new ThemeIds(Set.of("main"), Set.of("what-is-")));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).toString().contains("the question id 'what-is-a-partition' is also the id of an element"),
                found.toString());
    }

    @Test
    void anEditedAnswerLeavesTheGuidePassing() throws Exception {
        Path content = Cli.copy(Cli.SMALL_GUIDE, temp.resolve("content"));
        assertEquals(List.of(), check(content, theme));
        Files.writeString(content.resolve("answers/what-is-a-partition.md"), "An edited answer.\n");
        assertEquals(List.of(), check(content, theme));
    }

    /** What the checks across files find in the guide as it is now, with the caches of the builds before. */
    private List<Problem> check(Path content, Predicate<String> themeIds) {
        Problems problems = new Problems();
        Guide guide = new GuideLoader(problems, caches.files()).load(content);
        problems.throwIfAny();
        new GuideValidator(problems).validate(guide, themeIds, caches.validated());
        caches.keepOnlyUsed();
        return problems.sorted();
    }

    private static void edit(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " has " + from);
        Files.writeString(file, text.replace(from, to));
    }
}
