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
        assertTrue(out.contains("\nQuestions without answer: 0, key points: 2, code: 2, diagram: 2, references: 3\n"),
                "no explanations counted in a guide without multiple choice: " + out);
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
    void inAGuideThatUsesInterviewerIntentsAQuestionWithoutOneLacksIt() throws IOException {
        Path content = Cli.copy(Cli.SMALL_GUIDE, temp.resolve("content"));
        Files.writeString(content.resolve("questions/queries.yaml"), """
                title: Queries
                questions:
                  - id: query-vs-scan
                    question: What's the difference between Query and Scan?
                    level: intermediate
                    interviewer_intent: Whether you know which one reads the whole table.
                    related: [what-is-a-partition]
                """);
        Cli.Run run = Cli.run("check", "--content", content.toString());
        assertEquals(0, run.exitCode(), run::toString);
        String out = run.out();
        // what-is-a-partition has everything else, so in this guide it is listed for the intent alone.
        assertTrue(out.contains("Questions that lack something (4 of 4):"), out);
        assertTrue(out.matches("(?s).*questions/storage\\.yaml:5:9  what-is-a-partition +lacks interviewer intent\n.*"), out);
        assertTrue(out.matches("(?s).*questions/storage\\.yaml:42:9  tell-me-about-a-time +lacks key points, interviewer intent, code, "
                + "diagram, references\n.*"), out);
        assertTrue(out.matches("(?s).*questions/queries\\.yaml:3:9  query-vs-scan +lacks key points, references\n.*"), out);
        assertTrue(out.contains("\nQuestions without answer: 0, key points: 2, interviewer intent: 3, code: 2, diagram: 2, "
                + "references: 3\n"), out);
    }

    @Test
    void aCompleteGuideWithInterviewerIntentsSaysSo() throws IOException {
        Path content = Cli.copy(Cli.SMALL_GUIDE, temp.resolve("content"));
        Files.writeString(content.resolve("questions/storage.yaml"), """
                title: Storage
                questions:
                  - id: what-is-a-partition
                    question: What is a partition?
                    key_points: [A unit of storage]
                    interviewer_intent: Whether you know where the items live.
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
                    key_points: [Query reads one partition]
                    interviewer_intent: Whether you know which one reads the whole table.
                    references:
                      - title: Query
                        url: https://docs.aws.amazon.com/
                """);
        Cli.Run run = Cli.run("check", "--content", content.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("\nEvery question has an answer, key points, an interviewer intent, code, a diagram and "
                + "references.\n"), run.out());
    }

    @Test
    void aMultipleChoiceQuestionNeedsNoAnswerOrKeyPointsButARightOptionThatSaysWhy() {
        Cli.Run run = Cli.run("check", "--content", "src/test/resources/guides/quiz");
        assertEquals(0, run.exitCode(), run::toString);
        String out = run.out();
        // closure-counter has neither an answer nor key points; its right option is explained.
        assertTrue(out.matches("(?s).*questions/closures\\.yaml:4:9  closure-counter +lacks diagram, references\n.*"), out);
        // await-in-loop explains only a wrong option.
        assertTrue(out.matches("(?s).*questions/async\\.yaml:30:9  await-in-loop +lacks explanations, code, diagram, references\n.*"), out);
        assertTrue(out.contains("\nQuestions without answer: 0, key points: 0, explanations: 1, code: 2, diagram: 5, references: 5\n"), out);
    }

    @Test
    void aCompleteGuideWithMultipleChoiceSaysSo() throws IOException {
        Path content = Cli.copy(Path.of("src/test/resources/guides/quiz"), temp.resolve("content"));
        Files.writeString(content.resolve("site.yaml"), "title: Quiz\ndescription: One question.\ncategories: [async]\n");
        Files.delete(content.resolve("questions/closures.yaml"));
        Files.writeString(content.resolve("questions/async.yaml"), """
                title: Async
                questions:
                  - id: microtask-order
                    question: In what order are the letters logged?
                    level: advanced
                    prompt: |
                      ```js
                      setTimeout(() => console.log('B'));
                      ```

                      ```plantuml
                      A -> B
                      ```
                    choices:
                      - text: B
                        correct: true
                        explanation: The only line.
                      - text: Nothing
                    references:
                      - title: Event loop
                        url: https://developer.mozilla.org/
                """);
        Cli.Run run = Cli.run("check", "--content", content.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("\nEvery question has an answer and key points or explained right options, code, a diagram "
                + "and references.\n"), run.out());
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
