package studyguide;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.build.Build;
import studyguide.build.Caches;
import studyguide.load.WatchedFolders;
import studyguide.model.Category;
import studyguide.model.Guide;
import studyguide.model.Markdown;
import studyguide.model.Question;
import studyguide.problem.ContentException;
import studyguide.problem.Problem;
import studyguide.write.UnsafeOutputException;

/**
 * A rebuild with serve's memory (files read and parsed, renderings, the last print) gives what a fresh
 * build of the same content gives: the same files, byte for byte, or the same problems, whatever changed
 * in between.
 */
class RebuildTest {

    @TempDir
    Path temp;

    Path content;
    /** The guide's own theme folder: empty (the built-in theme) until a test puts a template in it. */
    Path theme;
    Caches memory = Caches.forRebuilds(System.getenv(), WatchedFolders.NONE);
    int fresh;

    @BeforeEach
    void copyGuide() throws Exception {
        content = Cli.copy(Cli.SMALL_GUIDE, temp.resolve("content"));
        theme = Files.createDirectories(temp.resolve("theme"));
        assertSameAsFreshBuild();
    }

    @Test
    void anEditedTitleReachesItsNeighboursPagesAndTheCategoryPage() throws Exception {
        // The category page's first question: the next question's page links to it by its title.
        Path storage = content.resolve("questions/storage.yaml");
        Files.writeString(storage, Files.readString(storage).replace("question: Tell me about a time you were wrong.",
                "question: Tell me about a *mistake*."));
        assertTrue(assertSameAsFreshBuild().isEmpty());
        for (String page : List.of("storage.html", "storage/tell-me-about-a-time.html", "storage/what-is-a-partition.html")) {
            assertTrue(Files.readString(temp.resolve("served/" + page)).contains("Tell me about a <em>mistake</em>."), page);
        }
    }

    @Test
    void aRehearsedEditIsBuiltButCommitsNothingAndTheNextRebuildUndoesIt() throws Exception {
        // serve's warm-up: a build of an edit no page may show, then a rebuild of the guide as it is.
        Map<String, byte[]> before = Cli.snapshot(temp.resolve("served"));
        List<Path> folders;
        try (Stream<Path> listed = Files.list(temp)) {
            folders = listed.sorted().toList();
        }
        Build.Result rehearsed = new Build(options(temp.resolve("served")), memory).rehearsing(guide -> {
            Category storage = guide.categories().get(0);
            List<Question> questions = new ArrayList<>(storage.questions());
            Question q = questions.get(0);
            questions.set(0, new Question(q.id(), q.question(), q.prompt(), q.level(), q.tags(), q.keyPoints(),
                    Markdown.inFile("REHEARSED_EDIT", q.answer().position()), q.choices(), q.interviewerIntent(),
                    q.yourStory(), q.snippets(), q.diagrams(), q.followUps(), q.related(), q.references(), q.source(),
                    q.position()));
            return new Guide(guide.site(), List.of(new Category(storage.id(), storage.title(), storage.summary(),
                    questions, storage.position()), guide.categories().get(1)), guide.pages());
        }).run(true);
        assertEquals("REHEARSED_EDIT", rehearsed.guide().questions().findFirst().orElseThrow().answer().text(),
                "the build had the edit");
        assertSameFiles(before, Cli.snapshot(temp.resolve("served")));
        try (Stream<Path> listed = Files.list(temp)) {
            assertEquals(folders, listed.sorted().toList(), "nothing is left beside the site");
        }
        assertTrue(assertSameAsFreshBuild().isEmpty());
    }

    @Test
    void anEditedWordOfTheThemeReachesEveryPage() throws Exception {
        Path site = content.resolve("site.yaml");
        Files.writeString(site, Files.readString(site) + "labels:\n  menu: Contents\n");
        assertTrue(assertSameAsFreshBuild().isEmpty());
        assertTrue(Files.readString(temp.resolve("served/storage/what-is-a-partition.html")).contains(">Contents<"));
    }

    @Test
    void anEditedTemplateRendersEveryPageAgain() throws Exception {
        Files.writeString(theme.resolve("layout.ftlh"), Files.readString(Path.of("templates/layout.ftlh"))
                .replace("<footer class=\"site-footer\">", "<footer class=\"site-footer\"><p>Edited theme</p>"));
        // What serve does when a file under the theme folder changes.
        memory.themeChanged();
        assertTrue(assertSameAsFreshBuild().isEmpty());
        for (String page : List.of("index.html", "storage.html", "storage/what-is-a-partition.html", "queries/query-vs-scan.html")) {
            assertTrue(Files.readString(temp.resolve("served/" + page)).contains("<p>Edited theme</p>"), page);
        }
    }

    @Test
    void aYamlFileBrokenAndFixed() throws Exception {
        Path storage = content.resolve("questions/storage.yaml");
        String good = Files.readString(storage);
        Files.writeString(storage, good.replace("    level: basic\n", "    level: [basic\n"));
        List<Problem> broken = assertSameAsFreshBuild();
        assertTrue(broken.toString().contains("storage.yaml:8:"), broken.toString());

        Files.writeString(storage, good);
        assertTrue(assertSameAsFreshBuild().isEmpty());
    }

    @Test
    void theProblemsOfAnUnchangedFileAreReportedOnEveryRebuild() throws Exception {
        Path queries = content.resolve("questions/queries.yaml");
        // A duplicate key is found by the YAML parse, an unknown key by the checks after it.
        Files.writeString(queries, Files.readString(queries).replace("    level: intermediate\n",
                "    level: intermediate\n    level: basic\n    anwser: A.\n"));
        List<Problem> problems = assertSameAsFreshBuild();
        assertTrue(problems.toString().contains("duplicate key 'level'"), problems.toString());
        assertTrue(problems.toString().contains("unknown key 'anwser'"), problems.toString());

        Files.writeString(content.resolve("answers/what-is-a-partition.md"), "Edited.\n");
        assertEquals(problems, assertSameAsFreshBuild());
        assertEquals(problems, assertSameAsFreshBuild(), "and again with nothing changed");
    }

    @Test
    void theWarningsAndCodeLanguagesOfAnUnchangedAnswerComeWithEveryRebuild() throws Exception {
        Path answer = content.resolve("answers/what-is-a-partition.md");
        Files.writeString(answer, Files.readString(answer) + "\nA <div> left open.\n\n```haskell\nmain = pure ()\n```\n");
        List<String> warnings = assertSameWarningsAsFreshBuild();
        assertTrue(warnings.toString().contains("what-is-a-partition.md"), warnings.toString());

        Files.writeString(content.resolve("answers/query-vs-scan.md"), "Edited.\n");
        assertEquals(warnings, assertSameWarningsAsFreshBuild());
        assertEquals(warnings, assertSameWarningsAsFreshBuild(), "and again with nothing changed");
        assertTrue(Files.readString(temp.resolve("served/assets/prism.js")).contains("haskell"),
                "Prism's bundle still holds the language of the unchanged answer's fence");
    }

    @Test
    void aBrokenDiagramOfAnUnchangedQuestionIsReportedOnEveryRebuild() throws Exception {
        Files.writeString(content.resolve("diagrams/flow.puml"), "@startuml\nClient -> : (\nthis is not PlantUML\n@enduml\n");
        List<Problem> problems = assertSameAsFreshBuild();
        assertTrue(problems.toString().contains("flow.puml"), problems.toString());

        Files.writeString(content.resolve("answers/query-vs-scan.md"), "Edited.\n");
        assertEquals(problems, assertSameAsFreshBuild());
    }

    @Test
    void anEditedSnippetOrDiagramFileReachesTheQuestionThatShowsIt() throws Exception {
        Path snippet = content.resolve("snippets/py/example.py");
        List<String> lines = Files.readAllLines(snippet);
        lines.set(3, lines.get(3) + "  # edited snippet");
        Files.write(snippet, lines);
        assertTrue(assertSameAsFreshBuild().isEmpty());
        assertTrue(Files.readString(temp.resolve("served/storage/what-is-a-partition.html")).contains("# edited snippet"));

        Path diagram = content.resolve("diagrams/flow.puml");
        Files.writeString(diagram, Files.readString(diagram).replace("GetItem(pk)", "EditedItem(pk)"));
        assertTrue(assertSameAsFreshBuild().isEmpty());
        assertTrue(Files.readString(temp.resolve("served/storage/what-is-a-partition.html")).contains("EditedItem"));

        Files.delete(snippet);
        List<Problem> missing = assertSameAsFreshBuild();
        assertTrue(missing.toString().contains("file 'py/example.py' not found"), missing.toString());
    }

    @Test
    void aFileThatIsNotUtf8KeepsItsProblemUntilFixed() throws Exception {
        Path answer = content.resolve("answers/query-vs-scan.md");
        byte[] good = Files.readAllBytes(answer);
        Files.write(answer, new byte[] {'A', ' ', (byte) 0xE9, '\n'});
        List<Problem> problems = assertSameAsFreshBuild();
        assertTrue(problems.toString().contains("not UTF-8"), problems.toString());
        assertEquals(problems, assertSameAsFreshBuild());
        Files.write(answer, good);
        assertTrue(assertSameAsFreshBuild().isEmpty());
    }

    @Test
    void aCategoryFileAddedAndRemoved() throws Exception {
        Path extra = content.resolve("questions/extra.yaml");
        Files.writeString(extra, "title: Extra\nquestions:\n  - id: an-extra-question\n    question: Is it there?\n");
        List<Problem> unlisted = assertSameAsFreshBuild();
        assertTrue(unlisted.toString().contains("questions/extra.yaml is not listed in site.yaml"), unlisted.toString());

        Path site = content.resolve("site.yaml");
        String listed = Files.readString(site);
        Files.writeString(site, listed.replace("categories: [storage, queries]", "categories: [storage, queries, extra]"));
        assertTrue(assertSameAsFreshBuild().isEmpty());
        assertTrue(Files.readString(temp.resolve("served/extra.html")).contains("Is it there?"));

        Files.delete(extra);
        Files.writeString(site, listed);
        assertTrue(assertSameAsFreshBuild().isEmpty());
        assertFalse(Files.exists(temp.resolve("served/extra.html")));
    }

    @Test
    void renamedFiles() throws Exception {
        Files.move(content.resolve("answers/query-vs-scan.md"), content.resolve("answers/query-vs-scan-2.md"));
        List<Problem> orphan = assertSameAsFreshBuild();
        assertTrue(orphan.toString().contains("no question has the id 'query-vs-scan-2'"), orphan.toString());

        Files.move(content.resolve("answers/query-vs-scan-2.md"), content.resolve("answers/query-vs-scan.md"));
        Files.move(content.resolve("questions/queries.yaml"), content.resolve("questions/searching.yaml"));
        Path site = content.resolve("site.yaml");
        Files.writeString(site, Files.readString(site).replace("[storage, queries]", "[storage, searching]"));
        assertTrue(assertSameAsFreshBuild().isEmpty());
        assertTrue(Files.exists(temp.resolve("served/searching.html")));
    }

    @Test
    void anAnswerReplacedByAnotherFileOfTheSameSize() throws Exception {
        // Written as an editor may: a new file renamed over the old one, in the same second, same length.
        Path answer = content.resolve("answers/query-vs-scan.md");
        String text = Files.readString(answer);
        Path written = content.resolve("answers/.query-vs-scan.md.tmp");
        Files.writeString(written, text.replace('a', 'o'));
        Files.move(written, answer, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertTrue(assertSameAsFreshBuild().isEmpty());
    }

    @Test
    void anAnswerEmptiedAndWrittenAgain() throws Exception {
        Path answer = content.resolve("answers/query-vs-scan.md");
        String text = Files.readString(answer);
        Files.writeString(answer, "\n  \n");
        List<Problem> found = assertSameAsFreshBuild();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).toString().contains("the answer file is empty"), found.toString());
        assertEquals(found, assertSameAsFreshBuild(), "and again, unchanged");
        Files.writeString(answer, text);
        assertTrue(assertSameAsFreshBuild().isEmpty());
    }

    /**
     * Rebuilds with the memory into {@code served/} and builds afresh into a folder of its own; asserts the
     * same problems or the same files, and returns the problems.
     */
    private List<Problem> assertSameAsFreshBuild() throws IOException, UnsafeOutputException {
        List<Problem> rebuilt = build(new Build(options(temp.resolve("served")), memory));
        Path freshOutput = temp.resolve("fresh-" + fresh++);
        List<Problem> expected = build(new Build(options(freshOutput)));
        assertEquals(expected, rebuilt);
        if (expected.isEmpty()) {
            assertSameFiles(Cli.snapshot(freshOutput), Cli.snapshot(temp.resolve("served")));
        }
        return expected;
    }

    /** {@link #assertSameAsFreshBuild()} for content without problems, comparing the warnings too; returns them. */
    private List<String> assertSameWarningsAsFreshBuild() throws IOException, UnsafeOutputException {
        List<String> rebuilt = new Build(options(temp.resolve("served")), memory).run(true).warnings();
        Path freshOutput = temp.resolve("fresh-" + fresh++);
        List<String> expected = new Build(options(freshOutput)).run(true).warnings();
        assertEquals(expected, rebuilt);
        assertSameFiles(Cli.snapshot(freshOutput), Cli.snapshot(temp.resolve("served")));
        return expected;
    }

    /** The same paths with the same bytes; a file that differs is shown as it is in {@code got}. */
    private static void assertSameFiles(Map<String, byte[]> want, Map<String, byte[]> got) {
        assertEquals(want.keySet(), got.keySet());
        want.forEach((path, bytes) -> assertArrayEquals(bytes, got.get(path), () -> path + " differs:\n"
                + new String(got.get(path), StandardCharsets.UTF_8)));
    }

    private static List<Problem> build(Build build) throws IOException, UnsafeOutputException {
        try {
            build.run(true);
            return List.of();
        } catch (ContentException e) {
            return e.problems();
        }
    }

    private Build.Options options(Path output) {
        return new Build.Options(content, theme, output, null, System.getenv());
    }
}
