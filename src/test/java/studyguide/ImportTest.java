package studyguide;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * import: a Markdown question bank in each of the three shapes becomes a guide that builds; what could
 * not be mapped is listed word for word; a re-import keeps ids and never overwrites the author's edits.
 */
class ImportTest {

    static final Path BANKS = Path.of("src/test/resources/import");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path temp;

    private static Cli.Run importBank(Path content, String... args) {
        List<String> all = new ArrayList<>(List.of("import"));
        all.addAll(List.of(args));
        all.addAll(List.of("--content", content.toString()));
        return Cli.run(all.toArray(String[]::new));
    }

    private static JsonNode yaml(Path file) throws IOException {
        return YAML.readTree(file.toFile());
    }

    private static List<String> texts(JsonNode list, String field) {
        List<String> values = new ArrayList<>();
        list.forEach(n -> values.add(n.path(field).asText(null)));
        return values;
    }

    @Test
    void numberedHeadingsWithAHiddenAnswer() throws IOException {
        Path content = temp.resolve("content");
        Cli.Run run = importBank(content, BANKS.resolve("hidden").toString(), "--source-url", "https://example.org/puzzles",
                "--license", "MIT");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("""
                src/test/resources/import/hidden/README.md: numbered headings with a hidden answer, 7 questions
                Imported 7 questions in 1 category: 4 with choices (12 choices, 5 right answers), 7 answers, 2 images.
                Wrote 11 files to %s/ (0 unchanged, 0 removed).
                """.formatted(content), run.out());
        assertEquals("""
                warning: src/test/resources/import/hidden/README.md:3: text that is in no question is left out
                warning: src/test/resources/import/hidden/README.md:58: no option is marked as the right answer; the options are kept in the prompt as a list, without choices
                warning: src/test/resources/import/hidden/README.md:71: the answer names option E, but the options are A to D
                warning: src/test/resources/import/hidden/README.md:73: no option is marked as the right answer; the options are kept in the prompt as a list, without choices
                warning: src/test/resources/import/hidden/README.md:90: no options, where the other questions of this file have them; imported without choices
                warning: src/test/resources/import/hidden/README.md:106: the image images/truth.png is not there; its description stands in its place
                """, run.err());

        JsonNode category = yaml(content.resolve("questions/javascript-puzzles.yaml"));
        assertEquals("JavaScript Puzzles", category.path("title").asText());
        JsonNode questions = category.path("questions");
        // Two questions are "What's the output?" and two are numbered 7: the ids still differ.
        assertEquals(List.of("whats-the-output", "which-queue-runs-first", "what-does-typeof-null-return",
                "how-many-arguments-does-parseint-take", "explain-closures-in-one-sentence", "which-of-these-are-falsy",
                "whats-the-output-2"), texts(questions, "id"));
        JsonNode first = questions.get(0);
        assertEquals("What's the output?", first.path("question").asText());
        assertEquals("```javascript\nfunction greet() {\n  console.log(name);\n  var name = 'Ada';\n}\n\ngreet();\n```",
                first.path("prompt").asText());
        assertEquals(List.of("`Ada`", "`ReferenceError`", "`undefined`", "`null`"), texts(first.path("choices"), "text"));
        assertEquals(List.of("false", "false", "true", "false"), texts(first.path("choices"), "correct").stream()
                .map(c -> String.valueOf(c != null)).toList());
        assertEquals("""
                `var` declarations are **hoisted** without their value, so `name` is <i>undefined</i> when it is logged.

                ![The scope of greet](../images/scope.png)
                """, Files.readString(content.resolve("answers/whats-the-output.md")));
        assertEquals("""
                Promise callbacks wait in the microtask queue, which empties before the next task.

                ![The event loop](../images/event-loop.png)
                """, Files.readString(content.resolve("answers/which-queue-runs-first.md")),
                "raw HTML passes the build as written, where only a Markdown image gets the copy's address");
        assertArrayEquals(Files.readAllBytes(BANKS.resolve("hidden/images/scope.png")),
                Files.readAllBytes(content.resolve("images/scope.png")));

        // Several right answers; the missing image gives way to its description; the reference line becomes a reference.
        JsonNode falsy = questions.get(5);
        assertEquals("A truth table", falsy.path("prompt").asText());
        assertEquals(List.of("true", "false", "true", "false"), texts(falsy.path("choices"), "correct").stream()
                .map(c -> String.valueOf(c != null)).toList());
        assertEquals("https://developer.mozilla.org/en-US/docs/Glossary/Falsy", falsy.path("references").get(0).path("url").asText());
        // Options without a right answer stay readable in the prompt.
        assertEquals("- A: `\"null\"`\n- B: `\"object\"`", questions.get(2).path("prompt").asText());
        assertTrue(questions.get(2).path("choices").isMissingNode());

        JsonNode site = yaml(content.resolve("site.yaml"));
        assertEquals("JavaScript Puzzles", site.path("title").asText());
        assertEquals("MIT", site.path("license").asText());
        assertEquals("https://example.org/puzzles", site.path("source").path("url").asText());
        assertTrue(site.path("levels").isMissingNode(), "the bank has no levels, so none are made up");
        assertTrue(site.path("lang").isMissingNode());
    }

    @Test
    void taskListQuizzesOneFilePerTopic() throws IOException {
        Path content = temp.resolve("content");
        Cli.Run run = importBank(content, BANKS.resolve("quizzes").toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("""
                src/test/resources/import/quizzes/README.md: no questions in a shape the importer knows
                src/test/resources/import/quizzes/css_quiz.md: task-list quiz, 2 questions
                src/test/resources/import/quizzes/react/react-quiz.md: task-list quiz, 6 questions
                skipped src/test/resources/import/quizzes/css_quiz_de.md: a translation (de); --lang de imports it in place of src/test/resources/import/quizzes/css_quiz.md
                skipped src/test/resources/import/quizzes/react/react-quiz-fr.md: a translation (fr); --lang fr imports it in place of src/test/resources/import/quizzes/react/react-quiz.md
                skipped src/test/resources/import/quizzes/react/react-quiz.ja.md: a translation (ja); --lang ja imports it in place of src/test/resources/import/quizzes/react/react-quiz.md
                Imported 8 questions in 2 categories: 5 with choices (14 choices, 7 right answers), 2 answers, 1 image.
                Wrote 6 files to %s/ (0 unchanged, 0 removed).
                """.formatted(content), run.out());
        assertEquals("""
                warning: %s/site.yaml: no --source-url: site.yaml names the source without its address; give the bank's address to credit its authors
                warning: src/test/resources/import/quizzes/react/react-quiz.md:31: no option is marked as the right answer; the options are kept in the prompt as a list, without choices
                warning: src/test/resources/import/quizzes/react/react-quiz.md:35: no options, where the other questions of this file have them; imported without choices
                warning: src/test/resources/import/quizzes/react/react-quiz.md:53: only one option; the options are kept in the prompt as a list, without choices
                """.formatted(content), run.err());

        assertEquals("[\"css\",\"react\"]", yaml(content.resolve("site.yaml")).path("categories").toString());
        JsonNode react = yaml(content.resolve("questions/react.yaml")).path("questions");
        JsonNode tree = react.get(1);
        assertEquals("![A component tree](../images/react/img/tree.png)\n\n```jsx\n<App><List /></App>\n```",
                tree.path("prompt").asText());
        // An option with its own code block; two ticked.
        assertEquals(List.of("`App`\n```jsx\nfunction App({ children }) { return <main>{children}</main>; }\n```",
                "Neither", "`List`"), texts(tree.path("choices"), "text"));
        assertEquals(2, tree.path("choices").findValues("correct").size());
        assertEquals("**Explanation:** both appear in the JSX, so both render.\n",
                Files.readString(content.resolve("answers/which-components-render-the-tree-below.md")));
        assertArrayEquals(Files.readAllBytes(BANKS.resolve("quizzes/react/img/tree.png")),
                Files.readAllBytes(content.resolve("images/react/img/tree.png")));
        // Q5's second option follows a code block written without indentation: the block belongs to the option above.
        JsonNode print = react.get(4);
        assertEquals(List.of("`1`\n\n```js\nconsole.log([1, 2].length);\n```", "`2`"), texts(print.path("choices"), "text"));
        assertEquals("Array length on MDN", print.path("references").get(0).path("title").asText());
        // Q4: no options, so the text under it is its answer.
        assertTrue(react.get(3).path("prompt").isMissingNode());
        assertEquals("Keys let React match the elements of two renders.\n",
                Files.readString(content.resolve("answers/why-are-keys-needed-in-lists.md")));
        assertEquals("react.dev/reference/react/useState", react.get(0).path("references").get(0).path("title").asText(),
                "a link called 'Reference' is titled by its address");
    }

    @Test
    void withLangTheTranslationsAreImportedInsteadAndTheRestSaySo() throws IOException {
        Path content = temp.resolve("content");
        Cli.Run run = importBank(content, BANKS.resolve("quizzes").toString(), "--lang", "fr");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("""
                src/test/resources/import/quizzes/react/react-quiz-fr.md: task-list quiz, 2 questions
                skipped src/test/resources/import/quizzes/README.md: it has no fr translation beside it
                skipped src/test/resources/import/quizzes/css_quiz.md: it has no fr translation beside it
                skipped src/test/resources/import/quizzes/css_quiz_de.md: a translation (de); --lang de imports it in place of src/test/resources/import/quizzes/css_quiz.md
                skipped src/test/resources/import/quizzes/react/react-quiz.ja.md: a translation (ja); --lang ja imports it in place of src/test/resources/import/quizzes/react/react-quiz.md
                skipped src/test/resources/import/quizzes/react/react-quiz.md: its fr translation is imported in its place
                """, run.out().substring(0, run.out().indexOf("Imported")));
        assertEquals("fr", yaml(content.resolve("site.yaml")).path("lang").asText());
        assertEquals("React (français)", yaml(content.resolve("questions/react-francais.yaml")).path("title").asText());

        Path ja = temp.resolve("ja");
        Cli.Run japanese = importBank(ja, BANKS.resolve("quizzes/react").toString(), "--lang", "ja");
        assertEquals(0, japanese.exitCode(), japanese::toString);
        // A title in another script makes no id: the category's id and the question's number do.
        JsonNode file = yaml(ja.resolve("questions/react.yaml"));
        assertEquals("React（日本語）", file.path("title").asText());
        assertEquals("react-1", file.path("questions").get(0).path("id").asText());
    }

    @Test
    void qAndAListsWithSectionsAsCategories() throws IOException {
        Path content = temp.resolve("content");
        Cli.Run run = importBank(content, BANKS.resolve("qa/README.md").toString(), "--source-url", "https://example.org/qa");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("""
                src/test/resources/import/qa/README.md: Q&A list with a table of contents, 5 questions
                Imported 5 questions in 2 categories: 0 with choices (0 choices, 0 right answers), 4 answers, 1 image.
                Wrote 8 files to %s/ (0 unchanged, 0 removed).
                """.formatted(content), run.out());
        assertEquals("warning: src/test/resources/import/qa/README.md:54: no answer follows the question; imported without one\n",
                run.err());
        JsonNode core = yaml(content.resolve("questions/core-react.yaml"));
        assertEquals("Core React", core.path("title").asText());
        // Numbering that repeats (2., 2.) and restarts (1. under Hooks) changes nothing: the items' order counts.
        assertEquals(List.of("what-is-react", "what-is-the-virtual-dom", "what-is-jsx"), texts(core.path("questions"), "id"));
        assertEquals(List.of("what-is-a-hook", "what-is-the-rules-of-hooks-lint"),
                texts(yaml(content.resolve("questions/hooks.yaml")).path("questions"), "id"));
        assertEquals("""
                An in-memory copy of the DOM that React compares between renders.

                ![The virtual DOM](../images/virtual-dom.png)

                ```jsx
                const element = <h1>Hello</h1>;
                ```
                """, Files.readString(content.resolve("answers/what-is-the-virtual-dom.md")),
                "the list's indentation is gone, and 'Back to top' and the reference line are left behind");
        assertEquals("Rendering", core.path("questions").get(1).path("references").get(0).path("title").asText());
        assertTrue(Files.readString(content.resolve("answers/what-is-react.md")).contains("| Components | reuse |\n"));
        assertEquals("React Interview Questions", yaml(content.resolve("site.yaml")).path("title").asText());
    }

    @Test
    void everyImportedBankBuildsAndChecksWithNoFurtherEdits() {
        for (String bank : List.of("hidden", "quizzes", "qa")) {
            Path content = temp.resolve(bank + "/content");
            assertEquals(0, importBank(content, BANKS.resolve(bank).toString(), "--source-url", "https://example.org/")
                    .exitCode());
            Cli.Run build = Cli.build(content, temp.resolve(bank + "/site"));
            assertEquals(0, build.exitCode(), bank + ": " + build);
            Cli.Run check = Cli.run("check", "--content", content.toString());
            assertEquals(0, check.exitCode(), bank + ": " + check);
        }
        Cli.Run check = Cli.run("check", "--content", temp.resolve("qa/content").toString());
        List<String> lines = check.out().lines().toList();
        int header = lines.indexOf("  category    basic  intermediate  advanced  no level  total");
        assertTrue(header > 0, check.out());
        assertEquals(List.of(
                "  core-react      0             0         0         3      3",
                "  hooks           0             0         0         2      2",
                "  total           0             0         0         5      5"), lines.subList(header + 1, header + 4));
        assertTrue(check.out().contains("Questions without answer: 1, key points: 5, code: 4, diagram: 5, references: 4"),
                check.out());
        assertEquals("Checked 5 questions in 2 categories: no problems found.", lines.get(lines.size() - 1));
    }

    @Test
    void aReimportOfANewerSourceUpdatesInPlaceAndKeepsTheIds() throws IOException {
        Path bank = Cli.copy(BANKS.resolve("hidden"), temp.resolve("bank"));
        Path content = temp.resolve("content");
        assertEquals(0, importBank(content, bank.toString()).exitCode());
        Path readme = bank.resolve("README.md");
        String source = Files.readString(readme);
        // The new version rewords question 2, corrects question 1's explanation and inserts a question before both.
        source = source.replace("###### 1. What's the output?", """
                ###### 1. What is `NaN === NaN`?

                - A: `true`
                - B: `false`

                <details><summary><b>Answer</b></summary>
                <p>

                #### Answer: B

                `NaN` equals nothing, itself included.

                </p>
                </details>

                ###### 2. What's the output?""")
                .replace("###### 2. Which queue runs first?", "###### 3. Which queue is emptied first?")
                .replace("are **hoisted** without their value", "are **hoisted**, their value is not");
        Files.writeString(readme, source);
        Cli.Run again = importBank(content, bank.toString());
        assertEquals(0, again.exitCode(), again::toString);
        assertTrue(again.out().contains("Wrote 3 files to " + content + "/ (9 unchanged, 0 removed)."), again.out());
        JsonNode questions = yaml(content.resolve("questions/javascript-puzzles.yaml")).path("questions");
        assertEquals(List.of("what-is-nan-nan", "whats-the-output", "which-queue-runs-first", "what-does-typeof-null-return",
                "how-many-arguments-does-parseint-take", "explain-closures-in-one-sentence", "which-of-these-are-falsy",
                "whats-the-output-2"), texts(questions, "id"));
        assertEquals("Which queue is emptied first?", questions.get(2).path("question").asText());
        assertTrue(Files.readString(content.resolve("answers/whats-the-output.md")).contains("their value is not"));
    }

    @Test
    void aReimportNeverOverwritesWhatTheAuthorEditedUnlessForced() throws IOException {
        Path bank = Cli.copy(BANKS.resolve("qa"), temp.resolve("bank"));
        Path content = temp.resolve("content");
        assertEquals(0, importBank(content, bank.toString()).exitCode());
        Path answer = content.resolve("answers/what-is-jsx.md");
        Files.writeString(answer, "My own answer.\n");
        Path hooks = content.resolve("questions/hooks.yaml");
        Files.writeString(hooks, Files.readString(hooks) + "    level: basic\n");
        Path readme = bank.resolve("README.md");
        Files.writeString(readme, Files.readString(readme)
                .replace("compiles to function calls", "compiles to `React.createElement` calls")
                .replace("lets a component use React's features", "lets a function component use state")
                .replace("""
                        2. ### What is the virtual DOM?
                        """, """
                        2. ### What is the virtual DOM?

                           A lighter copy of the DOM.

                        3. ### What was the virtual DOM?
                        """));

        Cli.Run again = importBank(content, bank.toString());
        assertEquals(0, again.exitCode(), again::toString);
        assertTrue(again.out().endsWith("""
                kept answers/what-is-jsx.md: it was changed since the last import (--force overwrites it)
                kept questions/hooks.yaml: it was changed since the last import (--force overwrites it)
                """), again.out());
        assertEquals("My own answer.\n", Files.readString(answer));
        assertTrue(Files.readString(hooks).endsWith("    level: basic\n"));
        assertTrue(Files.readString(content.resolve("questions/core-react.yaml")).contains("what-was-the-virtual-dom"));

        // Still the author's on the next import: the record keeps the hash the import wrote, not the edited one.
        Cli.Run third = importBank(content, bank.toString());
        assertTrue(third.out().contains("kept answers/what-is-jsx.md: it was changed since the last import"), third.out());

        Cli.Run forced = importBank(content, bank.toString(), "--force");
        assertEquals(0, forced.exitCode(), forced::toString);
        assertFalse(forced.out().contains("kept "), forced.out());
        assertEquals("A syntax that looks like HTML and compiles to `React.createElement` calls.\n", Files.readString(answer));
    }

    @Test
    void aQuestionGoneFromTheSourceTakesItsUneditedFilesWithIt() throws IOException {
        Path bank = Cli.copy(BANKS.resolve("qa"), temp.resolve("bank"));
        Path content = temp.resolve("content");
        assertEquals(0, importBank(content, bank.toString()).exitCode());
        Path readme = bank.resolve("README.md");
        String source = Files.readString(readme);
        Files.writeString(readme, source.substring(0, source.indexOf("2. ### What is JSX?"))
                + source.substring(source.indexOf("## Hooks")));
        Cli.Run again = importBank(content, bank.toString());
        assertTrue(again.out().contains("Wrote 1 file to " + content + "/ (6 unchanged, 1 removed)."), again.out());
        assertFalse(Files.exists(content.resolve("answers/what-is-jsx.md")));
        assertEquals(0, Cli.run("check", "--content", content.toString()).exitCode(), "no orphan answer file is left");
    }

    @Test
    void aFileTheAuthorWroteBeforeAnyImportIsKept() throws IOException {
        Path content = temp.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("site.yaml"), "title: Mine\ndescription: My own guide.\n");
        Cli.Run run = importBank(content, BANKS.resolve("qa").toString());
        assertTrue(run.out().endsWith("kept site.yaml: it was not written by an import (--force overwrites it)\n"), run.out());
        assertEquals("title: Mine\ndescription: My own guide.\n", Files.readString(content.resolve("site.yaml")));
    }

    @Test
    void aDryRunCountsAndWritesNothing() {
        Path content = temp.resolve("content");
        Cli.Run run = importBank(content, BANKS.resolve("hidden").toString(), "--dry-run");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().endsWith("""
                Would import 7 questions in 1 category: 4 with choices (12 choices, 5 right answers), 7 answers, 2 images.
                Would write 11 files to %s/ (0 unchanged, 0 removed).
                Dry run: nothing was written.
                """.formatted(content)), run.out());
        assertFalse(Files.exists(content));
    }

    @Test
    void aBankInNoKnownShapeWritesNothing() {
        Path content = temp.resolve("content");
        Cli.Run run = importBank(content, BANKS.resolve("quizzes/README.md").toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertEquals("studyguide: no questions found; nothing was written (docs/import.md shows the shapes it reads)\n",
                run.err());
        assertFalse(Files.exists(content));
    }

    @Test
    void usageErrorsNameTheOption() {
        Path content = temp.resolve("content");
        Map<List<String>, String> cases = Map.of(
                List.of("no-such-bank"), "studyguide: no-such-bank does not exist; import needs Markdown files or folders of them\n",
                List.of(BANKS.toString(), "--category", "Core React"),
                "studyguide: --category must be an id of a-z, 0-9 and '-', not 'Core React'\n",
                List.of(BANKS.toString(), "--source-url", "example.org"),
                "studyguide: --source-url must be an http(s) address, not 'example.org'\n",
                List.of(BANKS.toString(), "--lang", "français"),
                "studyguide: --lang must be a language tag such as fr or pt-BR, not 'français'\n",
                List.of(BANKS.toString(), "--category", "media"),
                "studyguide: --category 'media' is a name the site keeps for its own files; pick another, such as media-questions\n");
        cases.forEach((args, message) -> {
            Cli.Run run = importBank(content, args.toArray(String[]::new));
            assertEquals(2, run.exitCode(), run::toString);
            assertEquals(message, run.err());
        });
        assertFalse(Files.exists(content));
    }

    @Test
    void oneCategoryForEverythingWhenAsked() throws IOException {
        Path content = temp.resolve("content");
        Cli.Run run = importBank(content, BANKS.resolve("qa").toString(), "--category", "react");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("[\"react\"]", yaml(content.resolve("site.yaml")).path("categories").toString());
        assertEquals(5, yaml(content.resolve("questions/react.yaml")).path("questions").size());
        assertFalse(Files.exists(content.resolve("questions/hooks.yaml")));
    }

    /** Every file under {@code folder} with its bytes, to show that a refused import touched nothing. */
    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new java.util.TreeMap<>();
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString(), java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    @Test
    void aRecordNamingFilesOutsideTheContentFolderStopsTheImportBeforeItTouchesAnything() throws IOException {
        Path content = temp.resolve("guide/content");
        assertEquals(0, importBank(content, BANKS.resolve("qa").toString()).exitCode());
        // The record ships with someone else's guide: entries that lead outside, with the victims' own hashes.
        Path victim = Files.writeString(temp.resolve("victim.txt"), "mine\n");
        Path absolute = Files.writeString(temp.resolve("absolute.txt"), "mine too\n");
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Path linked = Files.writeString(outside.resolve("linked.md"), "and mine\n");
        Files.createSymbolicLink(content.resolve("notes"), outside);
        String hash = "1f94a5d2a1e52a2e8a0b53b5b0ab5de2d1d5c2b3bd5cc2fbb51a6a3f2d6f0c3b";
        Path record = content.resolve(".studyguide-import.yaml");
        Files.writeString(record, Files.readString(record).replace("files:\n", "files:\n  ../../victim.txt: " + hash
                + "\n  " + absolute + ": " + hash + "\n  notes/linked.md: " + hash + "\n"));
        Map<String, String> before = snapshot(content);

        Cli.Run run = importBank(content, BANKS.resolve("qa").toString(), "--force");
        assertEquals(1, run.exitCode(), run::toString);
        String at = content + "/.studyguide-import.yaml";
        String then = "; an import writes and removes only files inside the content folder, so it imported nothing: "
                + "remove the line (or the record, if it came with someone else's guide) and import again\n";
        assertEquals(at + ":4: '../../victim.txt' has a '..' segment, which could lead outside the content folder" + then
                + at + ":5: '" + absolute + "' is not a path relative to the content folder" + then
                + at + ":6: 'notes/linked.md' lies in a folder that is a link to outside the content folder" + then, run.err());
        assertEquals("mine\n", Files.readString(victim));
        assertEquals("mine too\n", Files.readString(absolute));
        assertEquals("and mine\n", Files.readString(linked));
        assertEquals(before, snapshot(content), "nothing in the content folder changed either");
    }

    @Test
    void aFolderOfTheContentFolderThatLinksOutsideIsNeverWrittenThrough() throws IOException {
        Path content = Files.createDirectories(temp.resolve("content"));
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.createSymbolicLink(content.resolve("answers"), outside);
        Cli.Run run = importBank(content, BANKS.resolve("qa").toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith(content + "/answers/what-is-a-hook.md: 'answers/what-is-a-hook.md' lies in a folder "
                + "that is a link to outside the content folder; an import writes only inside the content folder, so it "
                + "imported nothing\n"), run.err());
        try (var files = Files.list(outside)) {
            assertEquals(0, files.count());
        }
        assertFalse(Files.exists(content.resolve("site.yaml")));
        assertFalse(Files.exists(content.resolve(".studyguide-import.yaml")));

        // Nor through a link left where a file is written first, beside its place.
        Path other = Files.createDirectories(temp.resolve("other/questions")).getParent();
        Path target = Files.writeString(outside.resolve("target.txt"), "mine\n");
        Files.createSymbolicLink(other.resolve("questions/.hooks.yaml.importing"), target);
        assertEquals(0, importBank(other, BANKS.resolve("qa").toString()).exitCode());
        assertEquals("mine\n", Files.readString(target));
        assertTrue(Files.readString(other.resolve("questions/hooks.yaml")).contains("what-is-a-hook"));
    }

    @Test
    void aDamagedRecordIsNamedWithItsLine() throws IOException {
        Path content = Files.createDirectories(temp.resolve("content"));
        Files.writeString(content.resolve(".studyguide-import.yaml"), "files: not a map\n");
        Cli.Run run = importBank(content, BANKS.resolve("qa").toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertEquals(content + "/.studyguide-import.yaml:1:8: the import record cannot be read: its 'files' is not what an "
                + "import writes; nothing was imported. Delete the record to import afresh: files already there are then "
                + "kept as yours (--force overwrites them)\n", run.err());
        Files.writeString(content.resolve(".studyguide-import.yaml"), "files:\n  a: b: c\n");
        Cli.Run syntax = importBank(content, BANKS.resolve("qa").toString());
        assertEquals(1, syntax.exitCode(), syntax::toString);
        assertTrue(syntax.err().startsWith(content + "/.studyguide-import.yaml:2:7: the import record cannot be read: it is not "
                + "YAML (mapping values are not allowed here); nothing was imported."), syntax.err());
        assertFalse(Files.exists(content.resolve("site.yaml")));
    }

    @Test
    void aBankFileOrImageThatIsALinkToOutsideTheBankIsNeverImported() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("home"));
        Path secret = Files.writeString(outside.resolve("credentials"), "aws_secret_access_key = hunter2\n");
        Files.writeString(outside.resolve("private.md"), "# Private\n\n1. ### What is my password?\n\n   hunter2\n");
        Path bank = Files.createDirectories(temp.resolve("bank/images"));
        bank = bank.getParent();
        Files.write(bank.resolve("images/ok.png"), Files.readAllBytes(BANKS.resolve("hidden/images/scope.png")));
        Files.createSymbolicLink(bank.resolve("images/diagram.png"), secret);
        Files.createSymbolicLink(bank.resolve("images/raw.png"), secret);
        Files.createSymbolicLink(bank.resolve("linked.md"), outside.resolve("private.md"));
        Files.writeString(bank.resolve("quiz.md"), quizOfOneQuestion("""
                See ![the diagram](images/diagram.png), <img src="images/raw.png" alt="raw"> and ![fine](images/ok.png).
                """));
        Path content = temp.resolve("content");
        Cli.Run run = importBank(content, bank.toString(), "--source-url", "https://example.org/");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(bank + "/quiz.md: numbered headings with a hidden answer, 1 question\n"
                + "skipped " + bank + "/linked.md: it is a link to a file outside " + bank + "; only the bank's own files are imported\n"
                + "Imported 1 question in 1 category: 1 with choices (2 choices, 1 right answer), 1 answer, 1 image.\n"
                + "Wrote 4 files to " + content + "/ (0 unchanged, 0 removed).\n", run.out());
        assertEquals("warning: " + bank + "/quiz.md:13: the image images/diagram.png is a link to a file outside the bank, "
                + "which is never copied; its description stands in its place\n"
                + "warning: " + bank + "/quiz.md:13: the image images/raw.png is a link to a file outside the bank, "
                + "which is never copied; its description stands in its place\n", run.err());
        assertEquals("See the diagram, raw and ![fine](../images/ok.png).\n", Files.readString(content.resolve("answers/whats-the-output.md")));
        try (var all = Files.walk(content)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                assertFalse(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1).contains("hunter2"),
                        file + " holds the secret");
            }
        }
    }

    @Test
    void aBankWhoseTitlesOrLinksTheBuildRefusesStillImportsIntoAGuideThatBuilds() throws IOException {
        Path bank = Files.createDirectories(temp.resolve("bank"));
        // Every name the site keeps for itself, as a file's title: each would be a category id the build refuses.
        List<String> own = new ArrayList<>(studyguide.model.Site.OWN_PAGES);
        own.addAll(studyguide.model.Site.OWN_FOLDERS);
        for (String name : own) {
            Files.writeString(bank.resolve(name + ".md"), "# " + name + "\n\n#### Q1. Which one in " + name
                    + "?\n\n- [ ] a\n- [x] b\n");
        }
        Files.writeString(bank.resolve("links.md"), """
                # Links

                #### Q1. Is [this](javascript:alert(1)) a question?

                See [the docs](https://example.org/) and [that](JavaScript:alert(2)) and <vbscript:msgbox>.

                - [ ] [opt](javascript:alert(3))
                - [x] ![a picture](data:image/png;base64,AAAA) b

                [Reference](https://example.org/ref)
                """);
        Path content = temp.resolve("content");
        Cli.Run run = importBank(content, bank.toString(), "--source-url", "https://example.org/");
        assertEquals(0, run.exitCode(), run::toString);
        String refused = "' is not allowed in a guide (only http, https, mailto and relative addresses); ";
        assertEquals("warning: " + bank + "/links.md:3: a link to 'javascript:alert(1)" + refused + "only its text is kept\n"
                + "warning: " + bank + "/links.md:5: a link to 'JavaScript:alert(2)" + refused + "only its text is kept\n"
                + "warning: " + bank + "/links.md:5: a link to 'vbscript:msgbox" + refused + "only its text is kept\n"
                + "warning: " + bank + "/links.md:7: a link to 'javascript:alert(3)" + refused + "only its text is kept\n"
                + "warning: " + bank + "/links.md:8: an image from 'data:image/png;base64,AAAA" + refused
                + "its description stands in its place\n", run.err());
        JsonNode links = yaml(content.resolve("questions/links.yaml")).path("questions").get(0);
        assertEquals("Is this a question?", links.path("question").asText());
        assertEquals("See [the docs](https://example.org/) and that and vbscript:msgbox.", links.path("prompt").asText());
        assertEquals(List.of("opt", "a picture b"), texts(links.path("choices"), "text"));
        assertEquals("[\"404-questions\",\"assets-questions\",\"export-questions\",\"flashcards-questions\","
                + "\"index-questions\",\"interview-questions\",\"links\",\"media-questions\",\"my-answers-questions\","
                + "\"print-questions\"]", yaml(content.resolve("site.yaml")).path("categories").toString());

        Cli.Run build = Cli.build(content, temp.resolve("site"));
        assertEquals(0, build.exitCode(), build::toString);
    }

    @Test
    void aRawHtmlImageBecomesAMarkdownImageSoTheBuiltPageShowsIt() throws IOException {
        Path bank = Files.createDirectories(temp.resolve("bank/images")).getParent();
        byte[] png = Files.readAllBytes(BANKS.resolve("hidden/images/scope.png"));
        for (String name : List.of("ok", "centred", "table")) {
            Files.write(bank.resolve("images/" + name + ".png"), png);
        }
        Files.writeString(bank.resolve("quiz.md"), quizOfOneQuestion("""
                See <img src="images/ok.png" width="200" alt="the [output]" title='Say "two"'>.

                <p align="center">
                  <img src="images/centred.png" alt="Centred"> <img src="https://example.org/far.png" alt="Far">
                </p>

                <table><tr><td><img src="images/table.png" alt="In a table"></td><td>text</td></tr></table>
                """));
        Path content = temp.resolve("content");
        Cli.Run run = importBank(content, bank.toString(), "--source-url", "https://example.org/");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("warning: " + bank + "/quiz.md:19: the image images/table.png is inside a block of HTML, which the "
                + "guide shows as written, where the build cannot give it the copy's address; its description stands in "
                + "its place (write it as a Markdown image to keep it)\n", run.err());
        assertEquals("""
                See ![the \\[output\\]](../images/ok.png "Say \\"two\\"").

                ![Centred](../images/centred.png) <img src="https://example.org/far.png" alt="Far">

                <table><tr><td>In a table</td><td>text</td></tr></table>
                """, Files.readString(content.resolve("answers/whats-the-output.md")));

        Path site = temp.resolve("site");
        Cli.Run build = Cli.build(content, site);
        assertEquals(0, build.exitCode(), build::toString);
        String page = Files.readString(site.resolve("quiz/whats-the-output.html"));
        for (String alt : List.of("the [output]", "Centred")) {
            java.util.regex.Matcher img = java.util.regex.Pattern.compile("<img src=\"([^\"]+)\"[^>]*alt=\"" 
                    + java.util.regex.Pattern.quote(alt) + "\"").matcher(page);
            assertTrue(img.find(), alt + " in " + page);
            assertTrue(img.group(1).startsWith("../media/"), img.group(0));
            assertArrayEquals(png, Files.readAllBytes(site.resolve("quiz").resolve(img.group(1)).normalize()), img.group(0));
        }
    }

    @Test
    void aQAndAListLeavesNothingOutUnseen() throws IOException {
        Path bank = Files.createDirectories(temp.resolve("bank"));
        Files.writeString(bank.resolve("qa.md"), """
                ---
                title: Front matter title
                tags: [a, b]
                ---

                Why this bank exists.

                Table of Contents
                =================

                1. [What is X?](#what-is-x)

                ## Core

                1. ### What is X?

                   X answer.

                2. **What is B?**

                   B answer.

                3. <h3>What is Z?</h3>

                   Z answer.

                4. A plain item.

                A stray paragraph.

                Another one.

                5. ### What is C?

                   C answer.
                """);
        Path content = temp.resolve("content");
        Cli.Run run = importBank(content, bank.toString(), "--source-url", "https://example.org/");
        assertEquals(0, run.exitCode(), run::toString);
        String at = "warning: " + bank + "/qa.md:";
        assertEquals(at + "1: left out of the front matter: tags (its title is the file's title)\n"
                + at + "6: text that is in no question is left out\n"
                + at + "27: a list item that opens with no heading or bold question is left out\n"
                + at + "29: text that is in no question is left out (lines 29 to 31)\n", run.err());
        JsonNode core = yaml(content.resolve("questions/front-matter-title.yaml")).path("questions");
        assertEquals(List.of("What is X?", "What is B?", "What is Z?", "What is C?"), texts(core, "question"));
        assertEquals("B answer.\n", Files.readString(content.resolve("answers/what-is-b.md")));
        assertEquals("Z answer.\n", Files.readString(content.resolve("answers/what-is-z.md")));
        assertEquals("Front matter title", yaml(content.resolve("site.yaml")).path("title").asText());
    }

    @Test
    void aBanksRawHtmlKeepsWhatIsHarmlessByteForByteAndLosesWhatWouldRunScript() throws IOException {
        Path bank = Files.createDirectories(temp.resolve("bank"));
        String harmless = """
                Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, see x<sup>2</sup>, <b>bold</b>, <i>it</i>, <code>a &lt; b</code>.<br>
                Next <!-- a note --> and <a href="https://example.org/" title="ok">a link</a>, <a href="#top">up</a>.

                <p align="center">
                  Centred <img src="https://example.org/far.png" alt="Far" width="300">
                </p>

                <table>
                  <tr><th>A</th><td><pre>x</pre></td></tr>
                </table>
                """;
        Files.writeString(bank.resolve("quiz.md"), quizOfOneQuestion(harmless + """

                <script>alert('from bank')</script>
                <img src="https://example.org/x.png" onerror="alert(1)" alt="x"> <a href="javascript:alert(2)">click</a>
                <a href="&#106;avascript:alert(3)">enc</a> <a HREF=" JaVaScRiPt:alert(4)">case</a> <iframe src="https://example.org/"></iframe>
                <span ONMOUSEOVER="alert(5)" title="t">hover</span> <svg onload=alert(6)></svg> <img src="data:image/svg+xml,x">
                <style>body { display: none }</style>

                <form action="https://example.org/"><button formaction="https://example.org/">go</button></form>
                """));
        Path content = temp.resolve("content");
        Cli.Run run = importBank(content, bank.toString(), "--source-url", "https://example.org/");
        assertEquals(0, run.exitCode(), run::toString);
        String at = "warning: " + bank + "/quiz.md:";
        String refused = "' is not allowed in a guide (only http, https, mailto and relative addresses); the ";
        assertEquals(at + "24: a <script> element is left out with what it holds, since it would run script on the guide's pages\n"
                + at + "25: an address 'javascript:alert(2)" + refused + "href attribute of its <a> is left out\n"
                + at + "25: the onerror attribute of an <img> is left out, since it would run script on the guide's pages\n"
                + at + "26: an <iframe> tag is left out, since it would load another page into the guide's\n"
                + at + "26: an address ' JaVaScRiPt:alert(4)" + refused + "href attribute of its <a> is left out\n"
                + at + "26: an address '&#106;avascript:alert(3)" + refused + "href attribute of its <a> is left out\n"
                + at + "27: a <svg> tag is left out, since its markup can run script (event handlers, animated links)\n"
                + at + "27: an address 'data:image/svg+xml,x" + refused + "src attribute of its <img> is left out\n"
                + at + "27: the onmouseover attribute of a <span> is left out, since it would run script on the guide's pages\n"
                + at + "28: a <style> element is left out with what it holds, since it would restyle the whole site\n"
                + at + "30: a <form> tag is left out, since it would send what a reader types to an address the bank chooses\n"
                + at + "30: the formaction attribute of a <button> is left out, since it would send a form to an address the bank chooses\n",
                run.err());
        assertEquals(harmless + """

                <img src="https://example.org/x.png" alt="x"> <a>click</a>
                <a>enc</a> <a>case</a>\s
                <span title="t">hover</span>  <img>

                <button>go</button>
                """, Files.readString(content.resolve("answers/whats-the-output.md")));

        Path site = temp.resolve("site");
        Cli.Run build = Cli.build(content, site);
        assertEquals(0, build.exitCode(), build::toString);
        String page = Files.readString(site.resolve("quiz/whats-the-output.html"));
        for (String banned : List.of("<script>alert", "onerror=", "onmouseover=", "javascript:", "<iframe", "<svg onload",
                "display: none", "<form", "formaction", "data:image")) {
            assertFalse(page.toLowerCase(java.util.Locale.ROOT).contains(banned.toLowerCase(java.util.Locale.ROOT)), banned);
        }
        assertTrue(page.contains(harmless.substring(0, harmless.indexOf("\n"))), page);
        for (String kept : List.of("<a href=\"https://example.org/\" title=\"ok\">a link</a>", "<p align=\"center\">",
                "<img src=\"https://example.org/far.png\" alt=\"Far\" width=\"300\">", "<td><pre>x</pre></td>")) {
            assertTrue(page.contains(kept), kept);
        }
    }

    @Test
    void textThatWasNoHtmlInTheBankIsNoHtmlInTheGuide() throws IOException {
        Path bank = Files.createDirectories(temp.resolve("bank"));
        Files.writeString(bank.resolve("quiz.md"), """
                # Quiz

                ###### 1. What's the output?

                - A: one
                - B: two

                <details><summary><b>Answer</b></summary>

                #### Answer: B

                    <script>alert('code')</script>

                ![<img src=x onerror=alert(1)>](missing.png) and ![<b>bold</b>](javascript:alert(2))

                <table><tr><td><img src="gone.png" alt="&lt;script&gt;alert(3)&lt;/script&gt;"></td></tr></table>

                <div title="

                text

                </details>
                """);
        Path content = temp.resolve("content");
        Cli.Run run = importBank(content, bank.toString(), "--source-url", "https://example.org/");
        assertEquals(0, run.exitCode(), run::toString);
        String at = "warning: " + bank + "/quiz.md:";
        assertEquals(at + "14: an image from 'javascript:alert(2)' is not allowed in a guide (only http, https, mailto and "
                + "relative addresses); its description stands in its place\n"
                + at + "14: the image missing.png is not there; its description stands in its place\n"
                + at + "14: the onerror attribute of an <img> is left out, since it would run script on the guide's pages\n"
                + at + "16: the image gone.png is not there; its description stands in its place\n"
                + at + "18: an unfinished tag or comment at the end of a block of HTML is left out, since the browser would "
                + "read the text after it as part of it\n", run.err());
        // The code block keeps the indentation that makes it code; descriptions stay text.
        assertEquals("""
                    <script>alert('code')</script>

                <img src=x> and <b>bold</b>

                <table><tr><td>&lt;script&gt;alert(3)&lt;/script&gt;</td></tr></table>

                text
                """, Files.readString(content.resolve("answers/whats-the-output.md")));

        Path site = temp.resolve("site");
        Cli.Run build = Cli.build(content, site);
        assertEquals(0, build.exitCode(), build::toString);
        String page = Files.readString(site.resolve("quiz/whats-the-output.html"));
        for (String banned : List.of("<script>alert", "onerror=", "javascript:", "<div title")) {
            assertFalse(page.contains(banned), banned);
        }
        assertTrue(page.contains("&lt;script&gt;alert("), page);
    }

    @Test
    void aDetailsBlockInsideAnAnswerEndsWhereItsOwnEndTagIs() throws IOException {
        Path bank = Files.createDirectories(temp.resolve("bank"));
        String answer = """
                First part.

                <details><summary>Hint</summary>

                The hint.

                </details>

                ##### 2. Step two

                After the hint, with <details><summary>More</summary>one line</details> inline.

                <details><summary>Another</summary>in one block</details>

                Last part.
                """;
        Files.writeString(bank.resolve("quiz.md"), quizOfOneQuestion(answer) + "\n###### 2. Which is next?\n\n- A: this\n- B: that\n\n<details><summary>Answer</summary>\n\n"
                + "#### Answer: A\n\nBecause.\n\n</details>\n");
        Path content = temp.resolve("content");
        Cli.Run run = importBank(content, bank.toString(), "--source-url", "https://example.org/");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("", run.err());
        assertTrue(run.out().contains("2 questions"), run.out());
        assertEquals(answer, Files.readString(content.resolve("answers/whats-the-output.md")));
        assertEquals("Because.\n", Files.readString(content.resolve("answers/which-is-next.md")));

        Path site = temp.resolve("site");
        Cli.Run build = Cli.build(content, site);
        assertEquals(0, build.exitCode(), build::toString);
        String page = Files.readString(site.resolve("quiz/whats-the-output.html"));
        for (String part : List.of("First part.", "<details><summary>Hint</summary>", "The hint.", "Step two",
                "<summary>More</summary>one line</details> inline.", "in one block</details>", "Last part.")) {
            assertTrue(page.contains(part), part + " in " + page);
        }
        assertTrue(page.indexOf("The hint.") < page.indexOf("Last part."), page);
    }

    @Test
    void aHiddenAnswerBankLeavesNothingOutUnseenButItsFurniture() throws IOException {
        Path bank = Files.createDirectories(temp.resolve("bank"));
        Files.writeString(bank.resolve("README.md"), """
                <div align="center">
                  <img height="60" src="https://example.org/logo.png">
                  <h1>JavaScript Questions</h1>
                </div>

                [![Stars](https://img.shields.io/github/stars/a/b)](https://github.com/a/b) ![Licence](https://img.shields.io/badge/l-MIT-blue)

                ---

                From basic to advanced: test how well you know JavaScript.
                The answers are in the collapsed sections below the questions.

                List of available languages:
                * [English](./en-EN/README.md)
                * [Deutsch](./de-DE/README.md)

                [Français](./fr-FR/README.md) · [日本語](./ja-JA/README.md)

                <details><summary><b>See 2 Available Translations</b></summary>
                <p>

                - [Español](./es-ES/README-ES.md)
                - [Italiano](./it-IT/README.md)

                </p>
                </details>

                ---

                ###### 1. What's the output?

                - A: one
                - B: two

                Hint: count them.

                <details><summary><b>Answer</b></summary>
                <p>

                #### Answer: B

                Two.

                </p>
                </details>

                Written after the answer.

                ---

                **[⬆ Back to top](#table-of-contents)**

                ###### 2. Which is first?

                - A: this
                - B: that

                <details><summary><b>Answer</b></summary>
                <p>

                #### Answer: A

                This.

                </p>
                </details>

                ---

                That's all; thanks to everyone who sent a question.

                <!-- the end -->
                """);
        Path content = temp.resolve("content");
        Cli.Run run = importBank(content, bank.toString(), "--source-url", "https://example.org/");
        assertEquals(0, run.exitCode(), run::toString);
        String at = "warning: " + bank + "/README.md:";
        assertEquals(at + "10: text that is in no question is left out (lines 10 to 11)\n"
                + at + "35: text that is in no question is left out\n"
                + at + "47: text that is in no question is left out\n"
                + at + "70: text that is in no question is left out\n", run.err());
        assertEquals("Two.\n", Files.readString(content.resolve("answers/whats-the-output.md")));
        assertEquals("JavaScript Questions", yaml(content.resolve("site.yaml")).path("title").asText());
    }

    @Test
    void aTaskListBankLeavesNothingOutUnseenButItsFurniture() throws IOException {
        Path bank = Files.createDirectories(temp.resolve("bank"));
        Files.writeString(bank.resolve("javascript-quiz.md"), """
                ## JavaScript

                [![Badge](https://img.shields.io/badge/quiz-js-yellow)](https://example.org/)

                Questions are sorted by topic; the answers were checked in 2024.

                #### Q1. Which operator compares without coercion?

                - [ ] `==`
                - [x] `===`

                [Reference](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Operators/Strict_equality)

                #### Q2. What does `typeof null` give?

                - [x] `'object'`
                - [ ] `'null'`

                **Explanation:** a leftover of the first implementation.

                #### Further reading

                The MDN guide covers every operator.

                ---

                #### Q3. Which keyword declares a constant?

                - [x] `const`
                - [ ] `let`
                """);
        Path content = temp.resolve("content");
        Cli.Run run = importBank(content, bank.toString(), "--source-url", "https://example.org/");
        assertEquals(0, run.exitCode(), run::toString);
        String at = "warning: " + bank + "/javascript-quiz.md:";
        assertEquals(at + "5: text that is in no question is left out\n"
                + at + "23: text that is in no question is left out\n", run.err());
        assertEquals(List.of("Which operator compares without coercion?", "What does `typeof null` give?",
                "Which keyword declares a constant?"),
                texts(yaml(content.resolve("questions/javascript.yaml")).path("questions"), "question"));
        assertEquals("**Explanation:** a leftover of the first implementation.\n",
                Files.readString(content.resolve("answers/what-does-typeof-null-give.md")));
    }

    /**
     * A bank file of one question in the shape "numbered headings with a hidden answer", its answer (B) explained by
     * {@code explanation}, which starts on the answer block's line 13.
     */
    private static String quizOfOneQuestion(String explanation) {
        return "# Quiz\n\n###### 1. What's the output?\n\n- A: one\n- B: two\n\n<details><summary><b>Answer</b></summary>\n"
                + "<p>\n\n#### Answer: B\n\n" + explanation + "\n</p>\n</details>\n";
    }
}
