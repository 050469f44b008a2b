package studyguide.print;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.Cli;

/**
 * The sheets of a multiple-choice guide (the quiz fixture, plus a category whose prompt is too long for a
 * cheat sheet's column): prompts and options with boxes on the quiz sheet and its answer key at the end,
 * the right options on the cheat sheet, in the PDFs (read back with PDFBox) and in the pages.
 */
class MultipleChoiceSheetsTest {

    @TempDir
    static Path temp;

    static Path site;

    /** The first and last line of the long prompt: the quiz sheet prints both, the cheat sheet neither. */
    static final String LONG_FIRST = "const first_of_the_long_prompt = 1;";
    static final String LONG_LAST = "const last_of_the_long_prompt = 20;";

    @BeforeAll
    static void build() throws IOException {
        Path content = copy(Path.of("src/test/resources/guides/quiz"), temp.resolve("content"));
        Path siteYaml = content.resolve("site.yaml");
        Files.writeString(siteYaml, Files.readString(siteYaml).replace("[closures, async]", "[closures, async, long]"));
        String code = IntStream.rangeClosed(1, 20)
                .mapToObj(i -> i == 1 ? LONG_FIRST : i == 20 ? LONG_LAST : "const line_" + i + " = " + i + ";")
                .map(line -> "      " + line + "\n")
                .collect(Collectors.joining());
        Files.writeString(content.resolve("questions/long.yaml"), "title: Long\nquestions:\n"
                + "  - id: long-prompt\n    question: Which constant is defined last?\n    prompt: |\n"
                + "      ```js\n" + code + "      ```\n"
                + "    key_points: [The last line wins, keylongpointword]\n"
                + "    choices:\n      - text: line_19\n      - text: last_of_the_long_prompt\n        correct: true\n"
                + "        explanation: It is on line 20, longexplanationword.\n");
        site = temp.resolve("site");
        Cli.Run run = Cli.build(content, site);
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("", run.err());
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }

    static PdfText pdf(String name, int columns) throws IOException {
        return new PdfText(Files.readAllBytes(site.resolve("print").resolve(name)), columns);
    }

    static Document page(String name) throws IOException {
        return Jsoup.parse(site.resolve("print").resolve(name).toFile(), "UTF-8");
    }

    @Test
    void theQuizSheetPrintsEachPromptAndItsOptionsWithRoundBoxesForOneRightOptionAndSquareForSeveral() throws IOException {
        for (String name : List.of("quiz-a4.pdf", "quiz-letter.pdf")) {
            PdfText pdf = pdf(name, 1);
            assertAll(name,
                    () -> assertTrue(pdf.find("const counter = makeCounter(); ○ A 3 ○ B 1 ○ C undefined ○ D A ReferenceError "
                            + "2. What is a closure?").isPresent(), "prompt, options with round boxes, then the next question"),
                    () -> assertTrue(pdf.find("Choose all that apply. □ A for (let i = 0; i < 3; i++) □ B for (var i = 0;")
                            .isPresent(), "several right options: square boxes and the hint"),
                    () -> assertTrue(pdf.find("queue runs microtasks after the current script").isPresent(), "a table in a prompt"),
                    () -> assertTrue(pdf.find(LONG_FIRST).isPresent() && pdf.find(LONG_LAST).isPresent(),
                            "the quiz sheet prints a long prompt whole"));
        }
    }

    @Test
    void theAnswerKeyFollowsTheQuestionsOnAPageOfItsOwnWithLettersAndExplanations() throws IOException {
        for (String name : List.of("quiz-a4.pdf", "quiz-letter.pdf")) {
            PdfText pdf = pdf(name, 1);
            String key = "Answer key 1. A Each call increments the same captured n. "
                    + "3. A, C A let makes a new binding of i for every iteration. C The immediately called function captures a copy of i as j. "
                    + "4. A, C 5. A Synchronous code first, then the microtask (the promise callback), then the timer's task. "
                    + "6. B It is on line 20";
            PdfText.Place place = pdf.find(key).orElseThrow(() -> new AssertionError(name + ": no answer key in " + pdf.text()));
            assertEquals(pdf.pageCount(), place.page(), name + ": the key is on the last page");
            assertTrue(pdf.pages().get(place.page() - 2).text().contains(PdfText.squeeze(LONG_LAST)), "the questions end on the page before");
            String keyPage = pdf.pages().get(place.page() - 1).text();
            assertFalse(keyPage.contains(PdfText.squeeze("What is a closure?")) || keyPage.contains("○"), name + ": no question on the key's page");
            assertFalse(keyPage.contains(PdfText.squeeze("That would need a new closure")), "wrong options' explanations stay out of the key");
        }
        assertTrue(pdf("quiz-async-a4.pdf", 1).find("Answer key 1. A, C 2. A Synchronous code first").isPresent(),
                "a category's sheet numbers its own questions");
    }

    @Test
    void theCheatSheetPrintsAShortPromptAndOnlyTheRightOptionsWithTheirExplanations() throws IOException {
        for (String name : List.of("cheatsheet-a4.pdf", "cheatsheet-closures-letter.pdf")) {
            PdfText pdf = pdf(name, 3);
            String text = pdf.text();
            assertAll(name,
                    () -> assertTrue(pdf.find("const counter = makeCounter(); ✓ A 3 Each call increments the same captured n.").isPresent(),
                            "prompt, then the right option with its explanation, in one column"),
                    () -> assertTrue(pdf.find("✓ A for (let i = 0; i < 3; i++) let makes a new binding of i for every iteration. "
                            + "✓ C for (var i = 0;").isPresent(), "every right option"),
                    () -> assertFalse(text.contains("ReferenceError") || text.contains("undefined"), "no wrong option"),
                    () -> assertFalse(text.contains(PdfText.squeeze("That would need a new closure")), "no wrong option's explanation"),
                    () -> assertFalse(text.contains("○") || text.contains("□"), "nothing to tick"));
        }
        assertEquals(1, pdf("cheatsheet-closures-a4.pdf", 3).pageCount());
    }

    @Test
    void aPromptTooLongForACheatSheetsColumnIsPointedToOnTheQuizSheet() throws IOException {
        PdfText pdf = pdf("cheatsheet-a4.pdf", 3);
        assertAll(() -> assertTrue(pdf.find("Which constant is defined last? → Printed in full on the quiz sheet, question 6 "
                        + "The last line wins keylongpointword ✓ B last_of_the_long_prompt").isPresent(), pdf.text()),
                () -> assertFalse(pdf.text().contains(PdfText.squeeze(LONG_FIRST)), "the long prompt is left out"),
                () -> assertTrue(pdf.text().contains("keylongpointword"), "key points are printed"),
                () -> assertFalse(pdf.text().contains("longexplanationword"),
                        "with key points, the right option's explanation is left to the quiz sheet's key"));
        assertTrue(pdf("quiz-a4.pdf", 1).find("6. B It is on line 20, longexplanationword.").isPresent(), "the key explains it");
        assertTrue(pdf("quiz-a4.pdf", 1).find("6. Which constant is defined last? " + LONG_FIRST).isPresent(),
                "question 6 on the quiz sheet");
    }

    @Test
    void thePagesMarkTheOptionsForScreenReadersAndTheBrowsersPrint() throws IOException {
        Document quiz = page("quiz-closures.html");
        assertEquals(List.of("○ A", "○ B", "○ C", "○ D", "□ A", "□ B", "□ C"), quiz.select(".quiz-choice .quiz-mark").eachText());
        assertEquals(quiz.select(".quiz-box").size(), quiz.select(".quiz-box[aria-hidden=true]").size(),
                "a screen reader reads the letter, not the box");
        assertEquals(List.of("Choose all that apply."), quiz.select(".quiz-hint").eachText());
        assertFalse(quiz.select("#what-is-a-closure .quiz-line").isEmpty(), "a written question keeps its lines");
        assertTrue(quiz.select("#closure-counter .quiz-line").isEmpty(), "options instead of lines");
        assertEquals(List.of("1. A", "3. A, C"), quiz.select(".quiz-key-entry").stream()
                .map(e -> e.selectFirst(".quiz-number").text() + " " + e.selectFirst(".quiz-key-letters").text()).toList());
        Document cheat = page("cheatsheet-closures.html");
        assertEquals(List.of("✓ A", "✓ A", "✓ C"), cheat.select(".sheet-choice-mark").eachText());
        assertTrue(cheat.select(".quiz-key").isEmpty(), "the cheat sheet has no answer key");
        assertEquals("JavaScript Quiz · 3 questions · write or tick your answers, then check them against the cheat sheet "
                + "and the answer key at the end", quiz.selectFirst(".sheet-head p").text());
        assertEquals("JavaScript Quiz · 2 questions · tick your answers, then check them against the answer key at the end",
                page("quiz-async.html").selectFirst(".sheet-head p").text());
    }
}
