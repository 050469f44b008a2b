package studyguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check's coverage report: questions per category and level, and what each incomplete question lacks. */
class CoverageTest {

    @TempDir
    Path temp;

    private static List<String> lines(Cli.Run run) {
        return run.out().lines().toList();
    }

    @Test
    void matrixCountsQuestionsPerCategoryAndLevel() {
        Cli.Run run = Cli.run("check", "--content", Cli.SMALL_GUIDE.toString());
        assertEquals(0, run.exitCode(), run::toString);
        List<String> lines = lines(run);
        int header = lines.indexOf("  category  basic  intermediate  advanced  no level  total");
        assertTrue(header > 0, run.out());
        assertEquals(List.of(
                "  storage       1             0         1         1      3",
                "  queries       0             1         0         0      1",
                "  total         1             1         1         1      4"), lines.subList(header + 1, header + 4));
        assertEquals("Checked 4 questions in 2 categories: no problems found.", lines.get(lines.size() - 1));
    }

    @Test
    void listsWhatEachIncompleteQuestionLacksWithItsPlace() {
        Cli.Run run = Cli.run("check", "--content", Cli.SMALL_GUIDE.toString());
        String out = run.out();
        assertTrue(out.contains("Questions that lack something (3 of 4):"), out);
        assertTrue(out.matches("(?s).*questions/storage\\.yaml:42:9  tell-me-about-a-time +lacks key points, code, diagram, references\n.*"), out);
        // query-vs-scan has code and a diagram inside its answer (fenced blocks), so it lacks neither.
        assertTrue(out.matches("(?s).*questions/queries\\.yaml:3:9  query-vs-scan +lacks key points, references\n.*"), out);
        assertTrue(out.contains("Questions without answer: 0, key points: 2, code: 2, diagram: 2, references: 3"), out);
    }

    @Test
    void aCompleteGuideSaysSoAndTheLevelColumnOnlyAppearsWhenNeeded() throws IOException {
        Path content = Cli.copy(Cli.SMALL_GUIDE, temp.resolve("content"));
        Files.writeString(content.resolve("questions/storage.yaml"), """
                title: Storage
                questions:
                  - id: what-is-a-partition
                    question: What is a partition?
                    level: basic
                    key_points: [A unit of storage]
                    snippets:
                      - file: py/example.py
                        title: Client
                    diagrams:
                      - file: flow.puml
                        caption: Flow
                    references:
                      - title: Partitions
                        url: https://docs.aws.amazon.com/
                """);
        Files.writeString(content.resolve("questions/queries.yaml"), """
                title: Queries
                questions:
                  - id: query-vs-scan
                    question: Query or Scan?
                    level: advanced
                    key_points: [Query reads one partition]
                    references:
                      - title: Query
                        url: https://docs.aws.amazon.com/
                """);
        Cli.Run run = Cli.run("check", "--content", content.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("  category  basic  intermediate  advanced  total\n"), run.out());
        assertTrue(run.out().contains("Every question has an answer, key points, code, a diagram and references."), run.out());
    }

    @Test
    void contentErrorsStillExitWithOneAndPrintNoReport() throws IOException {
        Path content = Cli.copy(Cli.SMALL_GUIDE, temp.resolve("content"));
        Files.writeString(content.resolve("questions/queries.yaml"), "title: Queries\nquestions:\n  - id: Bad_Id\n    question: Q?\n");
        Cli.Run run = Cli.run("check", "--content", content.toString());
        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
    }
    @Test
    void listsTheImagesThePagesLoadFromOtherSites() throws IOException {
        Cli.Run own = Cli.run("check", "--content", Cli.SMALL_GUIDE.toString());
        assertTrue(own.out().contains("\nImages from other sites: none; every image is the guide's own.\n"), own.out());

        Path content = Cli.copy(Cli.SMALL_GUIDE, temp.resolve("content"));
        Files.writeString(content.resolve("pages/how-to-prepare.md"), "# How to prepare\n\nRead.\n\n"
                + "![Build status](https://ci.example.org/badge.svg) and ![Logo](http://example.org/logo.png)\n");
        Cli.Run run = Cli.run("check", "--content", content.toString());
        assertEquals(0, run.exitCode(), run::toString);
        String page = content.resolve("pages/how-to-prepare.md").toString().replace('\\', '/');
        assertTrue(run.out().contains("\nImages from other sites (2), which the pages load from there:\n"
                + "  " + page + ":5:1   https://ci.example.org/badge.svg\n"
                + "  " + page + ":5:55  http://example.org/logo.png\n"), run.out());
    }
}
