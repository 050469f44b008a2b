package studyguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import studyguide.write.SiteWriter;

/**
 * One test per kind of bad input: the build exits 1, names the file and line of every problem in one
 * run, prints no stack trace, and leaves the previous site exactly as it was.
 *
 * <p>Each test has its own copy of the guide and the site, so where the quick lane runs tests side by side
 * ({@code mvn test -Pquick}), this class, its longest, shares out its tests too instead of ending the run alone.
 */
@Execution(ExecutionMode.CONCURRENT)
class BadInputTest {

    @TempDir
    Path temp;

    Path content;
    Path site;
    Map<String, byte[]> before;

    /**
     * The previous site is a copy of the small guide's shared build (with the marker that makes it the
     * build's own), not a build of its own per test: the copy costs milliseconds, a build seconds.
     */
    @BeforeEach
    void buildGoodSiteFirst() throws IOException {
        content = Cli.copy(Cli.SMALL_GUIDE, temp.resolve("content"));
        site = Cli.copy(BuiltSites.of(Cli.SMALL_GUIDE).root(), temp.resolve("site"));
        before = Cli.snapshot(site);
    }

    /** Builds again and returns stderr, after checking the failure contract. */
    private String failingBuild() throws IOException {
        return failingBuild(Cli.TEMPLATES);
    }

    private String failingBuild(Path templates) throws IOException {
        Cli.Run run = Cli.run("build", "--content", content.toString(), "--templates", templates.toString(),
                "--output", site.toString());
        return Cli.failedAndKeptTheSite(run, site, before);
    }

    private void write(String file, String text) throws IOException {
        Files.writeString(content.resolve(file), text);
    }

    private void assertReports(String err, String expected) {
        assertTrue(err.contains(expected), "expected\n  " + expected + "\nin\n" + err);
    }

    private String category(String questions) {
        return "title: Storage\nquestions:\n" + questions;
    }

    @Test
    void yamlSyntaxError() throws IOException {
        write("questions/storage.yaml", "title: Storage\nquestions:\n  - id: a\n    question: [unclosed\n");
        assertReports(failingBuild(), "questions/storage.yaml:5:1: invalid YAML: ");
    }

    @Test
    void missingRequiredField() throws IOException {
        write("questions/storage.yaml", category("  - id: what-is-a-partition\n    level: basic\n"));
        assertReports(failingBuild(), "questions/storage.yaml:3:5: a question needs 'question'");
    }

    @Test
    void wrongType() throws IOException {
        write("questions/storage.yaml", category("  - id: what-is-a-partition\n    question: Q?\n    tags: gsi\n"));
        assertReports(failingBuild(), "questions/storage.yaml:5:11: 'tags' must be a list, not text");
    }

    @Test
    void unquotedColonInKeyPointIsExplained() throws IOException {
        write("questions/storage.yaml", category("  - id: what-is-a-partition\n    question: Q?\n    key_points:\n      - GSI: eventually consistent\n"));
        assertReports(failingBuild(), "questions/storage.yaml:6:9: each item of 'key_points' must be text, not a mapping"
                + " (text containing ': ' must be put in quotes)");
    }

    @Test
    void unknownKeySuggestsTheNearestOne() throws IOException {
        write("questions/storage.yaml", category("  - id: what-is-a-partition\n    question: Q?\n    anwser: A\n"));
        assertReports(failingBuild(), "questions/storage.yaml:5:5: unknown key 'anwser' in a question — did you mean 'answer'?");
    }

    @Test
    void invalidId() throws IOException {
        write("questions/storage.yaml", category("  - id: Bad_Id\n    question: Q?\n"));
        assertReports(failingBuild(), "questions/storage.yaml:3:9: id 'Bad_Id' may contain only a-z, 0-9 and '-'");
    }

    @Test
    void duplicateIdAcrossFiles() throws IOException {
        write("questions/storage.yaml", category("  - id: query-vs-scan\n    question: Q?\n"));
        String err = failingBuild();
        assertTrue(err.matches("(?s).*questions/storage\\.yaml:3:9: duplicate question id 'query-vs-scan' \\(also used at .*queries\\.yaml:3:9\\).*")
                || err.matches("(?s).*questions/queries\\.yaml:3:9: duplicate question id 'query-vs-scan' \\(also used at .*storage\\.yaml:3:9\\).*"), err);
    }

    @Test
    void unknownLevel() throws IOException {
        write("questions/storage.yaml", category("  - id: a\n    question: Q?\n    level: advnced\n"));
        assertReports(failingBuild(), "questions/storage.yaml:5:12: unknown level 'advnced'; the levels are basic, intermediate, advanced — did you mean 'advanced'?");
    }

    @Test
    void relatedIdThatDoesNotExist() throws IOException {
        write("questions/storage.yaml", category("  - id: a\n    question: Q?\n    related: [query-vs-scn]\n"));
        assertReports(failingBuild(), "questions/storage.yaml:5:15: related question 'query-vs-scn' does not exist — did you mean 'query-vs-scan'?");
    }

    @Test
    void missingSnippetFile() throws IOException {
        write("questions/storage.yaml", category("  - id: a\n    question: Q?\n    snippets:\n      - file: py/exampel.py\n        title: T\n"));
        assertReports(failingBuild(), "questions/storage.yaml:6:15: file 'py/exampel.py' not found in ");
        assertReports(failingBuild(), "did you mean 'py/example.py'?");
    }

    @Test
    void snippetLinesOutsideTheFile() throws IOException {
        write("questions/storage.yaml", category("  - id: a\n    question: Q?\n    snippets:\n      - file: py/example.py\n        title: T\n        lines: 3-50\n"));
        assertReports(failingBuild(), "questions/storage.yaml:8:16: lines 3-50 are outside py/example.py, which has 6 lines");
    }

    @Test
    void pathThatLeavesTheContentFolder() throws IOException {
        write("questions/storage.yaml", category("  - id: a\n    question: Q?\n    diagrams:\n      - file: ../../site.yaml.svg\n        caption: C\n"));
        assertReports(failingBuild(), "questions/storage.yaml:6:15: '../../site.yaml.svg' leaves the ");
    }

    @Test
    void missingDiagramFile() throws IOException {
        write("questions/storage.yaml", category("  - id: a\n    question: Q?\n    diagrams:\n      - file: nope.puml\n        caption: C\n"));
        assertReports(failingBuild(), "questions/storage.yaml:6:15: file 'nope.puml' not found in ");
    }

    @Test
    void plantUmlThatDoesNotParse() throws IOException {
        write("diagrams/flow.puml", "@startuml\nClient -> Router : ok\nthis is not plantuml (\n@enduml\n");
        assertReports(failingBuild(), "diagrams/flow.puml:3: PlantUML: ");
    }

    @Test
    void plantUmlFenceInAnAnswerNamesTheAnswerLine() throws IOException {
        write("answers/query-vs-scan.md", "Intro.\n\n```plantuml\nAlice -> Bob : ok\nnot ( valid\n```\n");
        assertReports(failingBuild(), "answers/query-vs-scan.md:5: PlantUML: ");
    }

    @Test
    void fileThatIsNotUtf8() throws IOException {
        Files.write(content.resolve("answers/query-vs-scan.md"), "Caf\u00e9 line one\nbad \u00e9 here".getBytes(StandardCharsets.ISO_8859_1));
        assertReports(failingBuild(), "answers/query-vs-scan.md:1:4: the file is not UTF-8 (byte 0xE9); save it as UTF-8");
    }

    @Test
    void answerBothInlineAndInAFile() throws IOException {
        write("questions/queries.yaml", "title: Queries\nquestions:\n  - id: query-vs-scan\n    question: Q?\n    answer: Inline.\n");
        assertReports(failingBuild(), "questions/queries.yaml:5:13: the answer is written both here and in ");
    }

    @Test
    void answerFileWithoutAQuestion() throws IOException {
        write("answers/query-vs-scna.md", "Orphan.");
        assertReports(failingBuild(), "answers/query-vs-scna.md:1: no question has the id 'query-vs-scna' — did you mean 'query-vs-scan.md'?");
    }

    @Test
    void emptyContentFolder() throws IOException {
        content = Files.createDirectory(temp.resolve("empty"));
        String err = failingBuild();
        assertReports(err, "empty/site.yaml: missing: every guide needs a site.yaml");
        assertReports(err, "empty/questions: no category files");
    }

    @Test
    void missingContentFolder() throws IOException {
        content = temp.resolve("does-not-exist");
        assertReports(failingBuild(), "does-not-exist: the content folder does not exist");
    }

    @Test
    void templateErrorNamesTheTemplateAndLine() throws IOException {
        Path templates = Cli.copy(Cli.TEMPLATES, temp.resolve("theme"));
        Path page = templates.resolve("page.ftlh");
        Files.writeString(page, Files.readString(page).replace("${page.title}", "${page.titel}"));
        String err = failingBuild(templates);
        assertTrue(err.matches("(?s).*theme/page\\.ftlh:4:\\d+: template error: .*page\\.titel.*"), err);
    }

    @Test
    void templateSyntaxErrorNamesTheTemplateAndLine() throws IOException {
        Path templates = Cli.copy(Cli.TEMPLATES, temp.resolve("theme"));
        Files.writeString(templates.resolve("404.ftlh"), "<#import \"layout.ftlh\" as layout>\n<@layout.page>\n<#if>\n</@layout.page>\n");
        assertReports(failingBuild(templates), "theme/404.ftlh:3:");
    }

    @Test
    void everyProblemIsReportedInOneRun() throws IOException {
        write("questions/queries.yaml", "title: Queries\nquestions:\n  - id: query-vs-scan\n    qestion: Q?\n");
        write("answers/what-is-a-partition.md", "Intro.\n\n```plantuml\nAlice -> Bob : ok\nnot ( valid\n```\n");
        write("questions/storage.yaml", category("  - id: what-is-a-partition\n    question: Q?\n    level: expert\n    tags: x\n"));
        String err = failingBuild();
        assertReports(err, "answers/what-is-a-partition.md:5: PlantUML: ");
        assertReports(err, "questions/storage.yaml:5:12: unknown level 'expert'");
        assertReports(err, "questions/storage.yaml:6:11: 'tags' must be a list");
        assertReports(err, "questions/queries.yaml:4:5: unknown key 'qestion' in a question — did you mean 'question'?");
        assertReports(err, "questions/queries.yaml:3:5: a question needs 'question'");
    }

    @Test
    void scriptLinksInMarkdownFromYamlAreErrorsInAnyCase() throws IOException {
        write("questions/storage.yaml", "title: Storage\nsummary: |\n  See [x](JavaScript:alert(1)).\nquestions:\n"
                + "  - id: what-is-a-partition\n    question: Q?\n    key_points:\n"
                + "      - \"[y](JAVASCRIPT:alert(2)) and <javascript:alert(3)>\"\n"
                + "      - \"![i](data:text/html,x) [ok](https://aws.amazon.com) [rel](queries.html#query-vs-scan) [m](mailto:a@b.org)\"\n"
                + "    interviewer_intent: \"[z](java&#9;script:alert(4)) [w](javascript&colon;alert(5))\"\n");
        String err = failingBuild();
        String rule = " is not allowed: use http, https, mailto or a relative address";
        assertReports(err, "questions/storage.yaml:3: a link to 'JavaScript:alert(1)'" + rule + "\n");
        // Key points are reported at their question.
        assertReports(err, "questions/storage.yaml:5:9: a link to 'JAVASCRIPT:alert(2)'" + rule + "\n");
        assertReports(err, "questions/storage.yaml:5:9: a link to 'javascript:alert(3)'" + rule + "\n");
        assertReports(err, "questions/storage.yaml:5:9: an image from 'data:text/html,x'" + rule + "\n");
        assertReports(err, "questions/storage.yaml:10:25: a link to 'java?script:alert(4)'" + rule + "\n");
        assertReports(err, "questions/storage.yaml:10:25: a link to 'javascript:alert(5)'" + rule + "\n");
        assertReports(err, "6 problems found");
    }

    @Test
    void aScriptLinkInAnAnswerFileIsAWarningAndShownAsText() throws IOException {
        write("answers/query-vs-scan.md", "Intro.\n\nSee [this](javascript:alert(1)) and [ref][r] and ![pic](data:x).\n\n"
                + "[r]: VBScript:msgbox\n");
        Cli.Run run = Cli.build(content, site);
        assertEquals(0, run.exitCode(), run::toString);
        String rule = " is not allowed: use http, https, mailto or a relative address; only its text is shown\n";
        assertReports(run.err(), "answers/query-vs-scan.md:3: a link to 'javascript:alert(1)'" + rule);
        assertReports(run.err(), "answers/query-vs-scan.md:3: a link to 'VBScript:msgbox'" + rule);
        String page = Files.readString(site.resolve("queries.html"));
        assertReports(run.err(), "answers/query-vs-scan.md:3: an image from 'data:x'" + rule);
        assertReports(page, "See this and ref and pic.");
        assertFalse(page.toLowerCase().contains("script:alert") || page.toLowerCase().contains("script:msgbox"), page);
    }

    @Test
    void aKeyThatIsAListIsNamedAsSuchNotAsTheParsersEvent() throws IOException {
        write("questions/storage.yaml", "title: Storage\nquestions:\n  - id: what-is-a-partition\n    question: Q?\n"
                + "    ? [a, b]\n    : x\n");
        String err = failingBuild();
        assertReports(err, "questions/storage.yaml:5:");
        assertReports(err, "a key must be plain text, not a list or a mapping (YAML's '? ' keys are not supported)\n");
        assertFalse(err.contains("snakeyaml"), err);
    }

    @Test
    void aSiteYamlThatIsAFolderIsCalledAFolder() throws IOException {
        Files.delete(content.resolve("site.yaml"));
        Files.createDirectories(content.resolve("site.yaml"));
        assertReports(failingBuild(), "site.yaml: a folder, where the guide needs the file site.yaml with its title and description\n");
    }

    @Test
    void anImageThatNamesAFolderIsCalledAFolder() throws IOException {
        Files.createDirectories(content.resolve("images"));
        write("questions/storage.yaml", "title: Storage\nsummary: \"![a figure](../images/)\"\nquestions:\n"
                + "  - id: what-is-a-partition\n    question: Q?\n");
        assertReports(failingBuild(), "questions/storage.yaml:2:10: image '../images/' names the folder ");
    }

    @Test
    void aQuestionIdWithADoubleHyphenCouldNameAnotherQuestionsPart() throws IOException {
        // 'partition--notes' is the id of the notes field of a question 'partition'.
        write("questions/storage.yaml", category("  - id: what-is-a-partition\n    question: Q?\n"
                + "  - id: what-is-a-partition--notes\n    question: Q2?\n"));
        assertReports(failingBuild(), "questions/storage.yaml:5:9: id 'what-is-a-partition--notes' may not contain '--': the "
                + "site names the parts of a question with it ('what-is-a-partition--notes', headings of its answer), so this "
                + "id could name a part of another question; use one '-'\n");
    }

    @Test
    void aDiagramsLinksInMarkdownFromYamlAreHeldToTheSameRule() throws IOException {
        // PlantUML blanks javascript: links itself, and no other scheme.
        write("questions/storage.yaml", category("  - id: what-is-a-partition\n    question: Q?\n  - id: diagram-links\n    question: Q?\n    answer: |\n"
                + "      ```plantuml\n      Alice -> Bob : [[https://aws.amazon.com fine]]\n"
                + "      Alice -> Bob : [[data:text/html;base64,PHNjcmlwdD4= e4]]\n      Alice -> Bob : [[vbscript:msgbox(1) e5]]\n"
                + "      ```\n"));
        String err = failingBuild();
        String rule = " in this diagram is not allowed: use http, https, mailto or a relative address\n";
        assertReports(err, "questions/storage.yaml:10: a link to 'data:text/html;base64,PHNjcmlwdD4='" + rule);
        assertReports(err, "questions/storage.yaml:11: a link to 'vbscript:msgbox(1)'" + rule);
        assertReports(err, "2 problems found");
    }

    @Test
    void aDiagramsScriptLinkInAnAnswerFileIsAWarningAndTheLabelStays() throws IOException {
        write("answers/query-vs-scan.md", "Intro.\n\n```plantuml\nAlice -> Bob : [[VBScript:msgbox(1) the label]]\n"
                + "Alice -> Bob : [[https://aws.amazon.com/dynamodb/ docs]]\n```\n");
        Cli.Run run = Cli.build(content, site);
        assertEquals(0, run.exitCode(), run::toString);
        assertReports(run.err(), "answers/query-vs-scan.md:4: a link to 'VBScript:msgbox(1)' in this diagram is not allowed: "
                + "use http, https, mailto or a relative address; the diagram shows its label without it\n");
        String page = Files.readString(site.resolve("queries.html"));
        assertFalse(page.toLowerCase().contains("href=\"vbscript:"), page);
        assertReports(page, "href=\"https://aws.amazon.com/dynamodb/\"");
        assertReports(page, "the label");
    }

    @Test
    void markdownFromYamlMayNotLinkAFileThatRunsScriptWhenOpened() throws IOException {
        Files.createDirectories(content.resolve("images"));
        write("images/figure.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                + "<rect width=\"10\" height=\"10\" onclick=\"alert(document.domain)\"/></svg>");
        write("images/page.xhtml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><script>alert(1)</script></body></html>");
        write("questions/storage.yaml", "title: Storage\nsummary: \"![a figure](../images/figure.svg) and [a page](../images/page.xhtml)\"\n"
                + "questions:\n  - id: what-is-a-partition\n    question: Q?\n");
        String err = failingBuild();
        assertReports(err, "questions/storage.yaml:2:10: image '../images/figure.svg' has an event handler ('onclick' on <rect>), "
                + "which a reader's browser would run on the guide's site if it opened the file; take the script out of the file "
                + "to link it from YAML\n");
        assertReports(err, "questions/storage.yaml:2:10: linked file '../images/page.xhtml' has a <script> element, which");
        assertReports(err, "2 problems found");
    }

    @Test
    void aSnippetsFolderThatLinksOutsideTheGuideIsRefused() throws IOException {
        Path outside = Cli.copy(content.resolve("snippets"), temp.resolve("outside"));
        SiteWriter.deleteTree(content.resolve("snippets"));
        Files.createSymbolicLink(content.resolve("snippets"), outside);
        assertReports(failingBuild(), "questions/storage.yaml:13:15: 'py/example.py' is a link to a file outside the "
                + "content folder; copy the file into the guide instead");
    }

    @Test
    void anAnswersFolderThatLinksOutsideTheGuideIsRefused() throws IOException {
        Path outside = Cli.copy(content.resolve("answers"), temp.resolve("outside-answers"));
        SiteWriter.deleteTree(content.resolve("answers"));
        Files.createSymbolicLink(content.resolve("answers"), outside);
        String err = failingBuild();
        assertReports(err, "answers/query-vs-scan.md: 'query-vs-scan.md' is a link to a file outside the content folder; "
                + "copy the file into the guide instead");
    }

    @Test
    void markdownAndYamlFilesThatLinkOutsideTheGuideAreRefused() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.md"), "# Secret\n\nThe key is xyzzy-plugh.\n");
        Files.delete(content.resolve("answers/query-vs-scan.md"));
        Files.createSymbolicLink(content.resolve("answers/query-vs-scan.md"), secret);
        Files.delete(content.resolve("pages/how-to-prepare.md"));
        Files.createSymbolicLink(content.resolve("pages/how-to-prepare.md"), secret);
        Files.delete(content.resolve("questions/queries.yaml"));
        Files.createSymbolicLink(content.resolve("questions/queries.yaml"), secret);
        String err = failingBuild();
        String rule = "is a link to a file outside the content folder; copy the file into the guide instead";
        assertReports(err, "answers/query-vs-scan.md: 'query-vs-scan.md' " + rule);
        assertReports(err, "pages/how-to-prepare.md: 'how-to-prepare.md' " + rule);
        assertReports(err, "questions/queries.yaml: 'queries.yaml' " + rule);
        assertFalse(err.contains("xyzzy-plugh"), err);
    }

    @Test
    void aThemeCannotRunCommandsOrReachIntoJava() throws IOException {
        Path templates = Cli.copy(Cli.TEMPLATES, temp.resolve("theme"));
        Path ran = temp.resolve("ran");
        Files.writeString(templates.resolve("404.ftlh"),
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"touch " + ran + "\")}\n");
        Files.writeString(templates.resolve("page.ftlh"), "${page?api.getClass().getName()}\n");
        String err = failingBuild(templates);
        assertReports(err, "theme/404.ftlh:1:1: template error: Instantiating freemarker.template.utility.Execute is not allowed");
        assertReports(err, "theme/page.ftlh:1:3: template error: Can't use ?api, because the \"api_builtin_enabled\" "
                + "configuration setting is false.");
        assertFalse(Files.exists(ran), "the command did not run");
    }

    @Test
    void aThemeThatCallsItselfForeverIsAnErrorWithoutAStackTrace() throws IOException {
        Path templates = Cli.copy(Cli.TEMPLATES, temp.resolve("theme"));
        Files.writeString(templates.resolve("404.ftlh"), "<#macro again><@again/></#macro><@again/>\n");
        assertReports(failingBuild(templates), "theme/404.ftlh: template error: a macro, function or include calls "
                + "itself without end (the rendering ran out of stack); make the recursion stop\n");
    }

    @Test
    void anEmojiAcrossTheYamlReadersBufferBoundaryIsRead() throws IOException {
        // SnakeYAML reads 1,024 characters at a time; a surrogate pair split by that boundary once crashed it.
        String start = "title: Storage\nsummary: \"";
        String summary = "a".repeat(1023 - start.length()) + "\uD83D\uDE00";
        write("questions/storage.yaml", start + summary + "\"\nquestions:\n  - id: what-is-a-partition\n    question: Q?\n");
        Cli.Run run = Cli.build(content, site);
        assertEquals(0, run.exitCode(), run::toString);
        assertReports(Files.readString(site.resolve("storage.html")), summary);
    }

    @Test
    void snippetLinesBeyondAnyNumber() throws IOException {
        write("questions/storage.yaml", category("  - id: a\n    question: Q?\n    snippets:\n      - file: py/example.py\n"
                + "        title: T\n        lines: 1-99999999999\n"));
        assertReports(failingBuild(), "questions/storage.yaml:8:16: lines 1-99999999999 are outside py/example.py, which has 6 lines");
    }

    @Test
    void anSvgDiagramThatImportsAStyleSheet() throws IOException {
        write("diagrams/imports.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                + "<style>@IMPORT url(\"x.css\");</style><rect width=\"5\" height=\"5\"/></svg>\n");
        write("questions/storage.yaml", category("  - id: a\n    question: Q?\n    diagrams:\n      - file: imports.svg\n"
                + "        caption: C\n        cheatsheet: true\n"));
        assertReports(failingBuild(), "questions/storage.yaml:6:15: 'imports.svg' loads a style sheet with @import, which "
                + "neither the pages nor the printed sheets may fetch; put the styles inside the SVG's <style> element");
    }

    @Test
    void aThemeFolderThatIsAFile() throws IOException {
        Path file = Files.writeString(temp.resolve("theme.txt"), "not a theme");
        assertReports(failingBuild(file), "theme.txt: the theme folder is a file, not a folder\n");
    }

    @Test
    void namesTheSiteUsesForItsOwnPages() throws IOException {
        Files.move(content.resolve("questions/storage.yaml"), content.resolve("questions/interview.yaml"));
        write("pages/flashcards.md", "# Cards\n\nMine.\n");
        String err = failingBuild();
        assertReports(err, "questions/interview.yaml: the category id 'interview' is already used by the site itself "
                + "(interview.html); rename the file");
        assertReports(err, "pages/flashcards.md: the page id 'flashcards' is already used by the site itself; rename the file");
    }

    @Test
    void aCategoryNamedLikeAFolderOfTheSite() throws IOException {
        Files.move(content.resolve("questions/storage.yaml"), content.resolve("questions/print.yaml"));
        assertReports(failingBuild(), "questions/print.yaml: the category id 'print' is already used by the site itself "
                + "(print/, where its question pages would go); rename the file");
    }

    @Test
    void aQuestionIdThatIsAnElementOfThePage() throws IOException {
        write("questions/storage.yaml", category("  - id: main\n    question: Q?\n  - id: search-result-3\n    question: Q?\n"));
        String err = failingBuild();
        String rule = "is also the id of an element of the theme's pages, and a question's id is its anchor on the page; "
                + "rename the question";
        assertReports(err, "questions/storage.yaml:3:9: the question id 'main' " + rule);
        assertReports(err, "questions/storage.yaml:5:9: the question id 'search-result-3' " + rule);
    }

    @Test
    void idsTooLongForAFileName() throws IOException {
        String longId = "c".repeat(240);
        write("questions/" + longId + ".yaml", category("  - id: " + "q".repeat(101) + "\n    question: Q?\n"));
        String err = failingBuild();
        assertReports(err, "questions/" + longId + ".yaml: the file name is 240 characters long before .yaml; ids become "
                + "file names of the site, so keep them to 100");
        assertFalse(err.contains("File name too long"), "refused before any file is written: " + err);
    }

    @Test
    void yamlAliasesAreRefusedNotReadAsTheirName() throws IOException {
        write("questions/storage.yaml", "title: Storage\nsummary: *intro\nquestions:\n  - id: what-is-a-partition\n"
                + "    question: Q?\n    tags: [&t x, *t]\n");
        String err = failingBuild();
        assertReports(err, "questions/storage.yaml:2:10: YAML aliases (*intro) are not supported; write the value out\n");
        assertReports(err, "questions/storage.yaml:6:18: YAML aliases (*t) are not supported; write the value out\n");
        assertReports(err, "2 problems found");
    }

    @Test
    void controlCharactersWrittenAsYamlEscapes() throws IOException {
        write("questions/storage.yaml", category("  - id: what-is-a-partition\n    question: \"Bell \\x07 here\"\n    key_points:\n"
                + "      - \"Escape \\e here\"\n      - \"NUL \\0 here\"\n"));
        String err = failingBuild();
        String rule = ", which no page can show; remove it\n";
        assertReports(err, "questions/storage.yaml:4:15: this value holds the control character U+0007" + rule);
        assertReports(err, "questions/storage.yaml:6:9: this value holds the control character U+001B" + rule);
        assertReports(err, "questions/storage.yaml:7:9: this value holds the control character U+0000" + rule);
    }

    @Test
    void yamlNestedDeeperThanAnyContentNeeds() throws IOException {
        StringBuilder deep = new StringBuilder("title: Storage\nsummary:\n");
        for (int i = 1; i <= 50; i++) {
            deep.append("  ".repeat(i)).append("-\n");
        }
        write("questions/storage.yaml", deep + "questions:\n  - id: a\n    question: Q?\n");
        assertReports(failingBuild(), "questions/storage.yaml:42:81: the YAML is nested more than 40 levels deep here; "
                + "no content file needs that\n");
    }

    @Test
    void sizesBeyondAnyGuide() throws IOException {
        write("questions/storage.yaml", category("  - id: what-is-a-partition\n    question: Q?\n    answer: \""
                + "word ".repeat(200_001) + "\"\n"));
        write("answers/query-vs-scan.md", "A long answer. ".repeat(150_000));
        write("questions/huge.yaml", "title: Huge\nsummary: |\n" + "  line of text\n".repeat(700_000));
        String err = failingBuild();
        assertReports(err, "questions/storage.yaml:5:13: this value is 1,000,005 characters long; a value may have at most "
                + "1,000,000 (put a long answer in answers/<id>.md)\n");
        assertReports(err, "answers/query-vs-scan.md: the file is 2.1 MB; a file of this kind may be at most 2 MB (split it)\n");
        assertReports(err, "questions/huge.yaml: the file is 10.0 MB; a file of this kind may be at most 8 MB (split it)\n");
    }

    @Test
    void aSnippetPathWrittenFromTheContentFolderIsExplained() throws IOException {
        write("questions/storage.yaml", category("  - id: a\n    question: Q?\n    snippets:\n      - file: snippets/py/example.py\n"
                + "        title: T\n"));
        assertReports(failingBuild(), "questions/storage.yaml:6:15: file 'snippets/py/example.py' not found in "
                + content.resolve("snippets") + "/; paths are relative to snippets/, so write 'py/example.py'\n");
    }

    @Test
    @Slow.Heavy
    void markdownThatFlexmarkWouldReadForMinutes() throws IOException {
        // Each unclosed "[a](" makes flexmark look for its destination to the end of the paragraph.
        write("answers/query-vs-scan.md", "Intro " + "[a](".repeat(250_000) + "\n");
        assertReports(failingBuild(), "answers/query-vs-scan.md:1: this Markdown took more than 2 s to read (thousands "
                + "of unclosed brackets, backticks or emphasis markers in one paragraph?); break it up or remove them\n");
    }

    @Test
    void aDiagramThatIncludesAFileOfTheMachineIsRefused() throws IOException {
        write("diagrams/flow.puml", "@startuml\n!include /etc/passwd\nClient -> Router : ok\n@enduml\n");
        assertReports(failingBuild(), "diagrams/flow.puml:2: PlantUML: '!include /etc/passwd' names a file outside the "
                + "content folder; a diagram can include only files inside the content folder, named by a relative path\n");
    }

    @Test
    void aDiagramThatIncludesThroughALinkOutOfTheGuideIsRefused() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.iuml"), "Alice -> Bob : the key is sesame\n");
        Files.createSymbolicLink(content.resolve("diagrams/style.iuml"), secret);
        write("answers/query-vs-scan.md", "Intro.\n\n```plantuml\nAlice -> Bob : ok\n!include style.iuml\n```\n");
        String err = failingBuild();
        assertReports(err, "answers/query-vs-scan.md:5: PlantUML: '!include style.iuml' is a link to a file outside the "
                + "content folder; copy the file into the guide instead\n");
        assertFalse(err.contains("sesame"), err);
    }

    @Test
    void aDiagramIncludesFilesOfTheGuideAndIsRedrawnWhenOneChanges() throws IOException {
        write("diagrams/style.iuml", "Router -> Partition : first version\n");
        write("diagrams/flow.puml", "@startuml\nClient -> Router : GetItem(pk)\n!include style.iuml\n@enduml\n");
        assertEquals(0, Cli.build(content, site).exitCode());
        assertTrue(siteContains("first version"));
        write("diagrams/style.iuml", "Router -> Partition : second version\n");
        assertEquals(0, Cli.build(content, site).exitCode());
        assertTrue(siteContains("second version") && !siteContains("first version"));
    }

    private boolean siteContains(String text) throws IOException {
        return Cli.snapshot(site).entrySet().stream().anyMatch(e -> e.getKey().endsWith(".html")
                && new String(e.getValue(), StandardCharsets.UTF_8).contains(text));
    }

    // The limits count processor time, so on a busy machine the wall clock runs longer; a build with no limit
    // at all would never end.
    @Test
    @Slow.Heavy
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aDiagramThatNeverEndsIsStoppedAtTheTimeLimitAndTheOtherProblemsAreReported() throws IOException {
        write("diagrams/flow.puml", "@startuml\n!procedure $tree($n)\n!if $n > 0\n$tree($n - 1)\n$tree($n - 1)\n!endif\n"
                + "!endprocedure\nClient -> Router : ok\n$tree(60)\n@enduml\n");
        write("answers/query-vs-scan.md", "Intro.\n\n```plantuml\nAlice -> Bob : ok\nnot ( valid\n```\n");
        String err = failingBuild();
        assertReports(err, "diagrams/flow.puml:1: PlantUML: the diagram took longer than 5 s to draw; simplify it\n");
        assertReports(err, "answers/query-vs-scan.md:5: PlantUML: ");
    }

    @Test
    @Slow.Heavy
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void manySlowDiagramsAndTextsCostTheTimeOfAFewNotOfAll() throws IOException {
        String tree = "!procedure $tree($n)\n!if $n > 0\n$tree($n - 1)\n$tree($n - 1)\n!endif\n!endprocedure\n$tree(60)\n";
        String slowMarkdown = "Intro " + "[a](".repeat(250_000) + "\n";
        StringBuilder questions = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            write("diagrams/loop" + i + ".puml", "@startuml\ntitle Loop " + i + "\n" + tree + "@enduml\n");
            write("answers/slow-" + i + ".md", i + " " + slowMarkdown);
            questions.append("  - id: slow-").append(i).append("\n    question: Q").append(i).append("?\n    diagrams:\n")
                    .append("      - file: loop").append(i).append(".puml\n        caption: C\n");
        }
        write("questions/slow.yaml", "title: Slow\nquestions:\n" + questions);
        write("site.yaml", Files.readString(content.resolve("site.yaml")).replace("categories: [storage, queries]",
                "categories: [storage, queries, slow]"));
        String err = failingBuild();
        // Once 3 of a kind ran out of time the rest are not started (one more may have started meanwhile on the
        // other core); after the first ones, which run side by side on the two cores, the limit is short.
        int diagramsOut = count(err, "took longer than 5 s to draw") + count(err, "took longer than 1 s to draw");
        int diagramsLeft = count(err, "PlantUML: not drawn, as 3 diagrams of this build already ran out of time; fix those first");
        assertEquals(5, diagramsOut + diagramsLeft, err);
        assertTrue(diagramsOut >= 3 && diagramsOut <= 4 && count(err, "took longer than 1 s to draw") >= 1, err);
        int textsOut = count(err, "this Markdown took more than 2 s to read") + count(err, "this Markdown took more than 0.25 s to read");
        int textsLeft = count(err, "this Markdown was not read, as 3 Markdown texts of this build already ran out of time; fix those first");
        assertEquals(5, textsOut + textsLeft, err);
        assertTrue(textsOut >= 3 && textsOut <= 4 && count(err, "took more than 0.25 s to read") >= 1, err);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void aReferenceWithAQuoteInItsAddressIsExplained() throws IOException {
        write("questions/storage.yaml", category("  - id: what-is-a-partition\n    question: Q?\n    references:\n"
                + "      - title: T\n        url: 'https://example.org/a\"b'\n      - title: U\n        url: ftp://example.org/x\n"));
        String err = failingBuild();
        assertReports(err, "questions/storage.yaml:7:14: 'url' is not a valid address: it has '\"' at character 22 "
                + "(write spaces as %20 and leave quotes out): 'https://example.org/a\"b'\n");
        assertReports(err, "questions/storage.yaml:9:14: 'url' must be a full https:// address, not 'ftp://example.org/x'\n");
    }

    @Test
    void aReferenceToAnHttpAddressIsKeptWithAWarning() throws IOException {
        write("questions/storage.yaml", Files.readString(content.resolve("questions/storage.yaml"))
                .replaceFirst("url: https://", "url: http://"));
        Cli.Run run = Cli.build(content, site);
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.err().matches("(?s).*warning: .*questions/storage\\.yaml:\\d+:\\d+: 'http://[^']*' is an http:// "
                + "address; use https:// where the site has it\n.*"), run.err());
        assertTrue(Files.readString(site.resolve("storage.html")).contains("href=\"http://docs.aws.amazon.com"));
    }

    @Test
    void aCodeBlockInALanguagePrismDoesNotKnowIsAWarningAtItsFence() throws IOException {
        write("answers/query-vs-scan.md", "Text.\n\n```kotln\nval x = 1\n```\n\n```no-such-language\ngraph TD\n```\n");
        Cli.Run run = Cli.build(content, site);
        assertEquals(0, run.exitCode(), run::toString);
        assertReports(run.err(), "answers/query-vs-scan.md:3: unknown code language 'kotln', so the block is not "
                + "highlighted — did you mean 'kotlin'?\n");
        assertReports(run.err(), "answers/query-vs-scan.md:7: unknown code language 'no-such-language', so the block is not "
                + "highlighted; name one of Prism's languages (https://prismjs.com/#supported-languages), or 'text'\n");
    }

    @Test
    void rawHtmlThatSwallowsTheAnswerIsAWarningAtTheTag() throws IOException {
        write("answers/query-vs-scan.md", "Elements <a> to <img> are inline, and List<T> is generic.\n\n</div>\n");
        Cli.Run run = Cli.build(content, site);
        assertEquals(0, run.exitCode(), run::toString);
        assertReports(run.err(), "answers/query-vs-scan.md:1:10: <a> is never closed, so it takes in the rest of the "
                + "text; close it with </a>, or write it in backticks (`<a>`) to show it as code\n");
        assertReports(run.err(), "answers/query-vs-scan.md:1:17: <img> has no src, so it shows nothing; write it in "
                + "backticks (`<img>`) to show it as code\n");
        assertReports(run.err(), "answers/query-vs-scan.md:1:43: <T> is not an HTML element, so the browser shows "
                + "nothing of the tag; write it in backticks (`<T>`) to show it as code\n");
        assertReports(run.err(), "answers/query-vs-scan.md:3:1: </div> closes no open element; remove it, or write it "
                + "in backticks (`</div>`) to show it as code\n");
    }

    @Test
    void aStoryPromptThatIsNotTextIsAnErrorAtItsPlace() throws IOException {
        write("questions/storage.yaml", category("""
                  - id: empty-story
                    question: Tell me about your tables.
                    your_story: ""
                  - id: listed-story
                    question: Tell me about your keys.
                    your_story: [tables, keys]
                """));
        String err = failingBuild();
        assertReports(err, "questions/storage.yaml:5:17: 'your_story' is empty\n");
        assertReports(err, "questions/storage.yaml:8:17: 'your_story' must be text, not a list\n");
    }

    @Test
    void choicesThatCannotBeAnsweredAreErrorsAtTheirPlace() throws IOException {
        write("questions/storage.yaml", category("""
                  - id: none-right
                    question: Which?
                    choices:
                      - text: A
                      - text: B
                  - id: twice
                    question: Which?
                    choices:
                      - text: "`3`"
                        correct: true
                      - text: " `3`"
                  - id: empty-option
                    question: Which?
                    choices:
                      - text: ""
                        correct: true
                      - text: B
                      - explanation: no text
                  - id: one-option
                    question: Which?
                    choices:
                      - {text: A, correct: true}
                  - id: no-options
                    question: Which?
                    choices: []
                  - id: not-a-flag
                    question: Which?
                    choices:
                      - {text: A, correct: yes please}
                      - {text: B, correct: true, explain: typo}
                """));
        String err = failingBuild();
        assertReports(err, "questions/storage.yaml:6:7: none of the 2 choices is marked 'correct: true'; "
                + "mark the right one (or several)\n");
        assertReports(err, "questions/storage.yaml:13:15: choice 2 is the same as choice 1 ('`3`'); each option must differ\n");
        assertReports(err, "questions/storage.yaml:17:15: 'text' is empty\n");
        assertReports(err, "questions/storage.yaml:20:9: a choice needs 'text'\n");
        assertReports(err, "questions/storage.yaml:24:7: 'choices' has one option; a multiple-choice question needs "
                + "at least two\n");
        assertReports(err, "questions/storage.yaml:27:14: 'choices' is empty; list the options, or leave the key out\n");
        assertReports(err, "questions/storage.yaml:31:28: 'correct' must be true or false, not text\n");
        assertReports(err, "questions/storage.yaml:32:34: unknown key 'explain' in a choice (known keys: correct, explanation, text)\n");
    }

    @Test
    void aMultipleChoiceQuestionNeedsNoWrittenAnswer() throws IOException {
        write("questions/storage.yaml", category("""
                  - id: what-is-a-partition
                    question: "What does `counter()` return the **third** time?"
                    prompt: |
                      ```js
                      function makeCounter() { let n = 0; return () => ++n; }
                      ```
                    choices:
                      - text: "`3`"
                        correct: true
                        explanation: Each call increments the same captured `n`.
                      - text: "`1`"
                    source: {title: "Quiz 4, question 12", url: "https://example.org/quiz4"}
                """));
        Files.deleteIfExists(content.resolve("answers/what-is-a-partition.md"));
        Cli.Run run = Cli.run("check", "--content", content.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertFalse(run.out().contains("what-is-a-partition: answer"), run.out());
    }

    @Test
    void aBadSourceLanguageOrLabelIsAnError() throws IOException {
        write("site.yaml", Files.readString(content.resolve("site.yaml")) + """
                lang: english
                license: CC BY 4.0
                source:
                  title: The bank
                  url: "example.org/bank"
                  author: [A]
                labels: [Show answer]
                """);
        write("questions/storage.yaml", category("  - id: what-is-a-partition\n    question: Q?\n    source: Quiz 4\n"));
        String err = failingBuild();
        assertReports(err, "site.yaml:4:7: 'lang' must be a language tag such as en, de, pt-BR or zh-Hans, not 'english'\n");
        assertReports(err, "site.yaml:8:8: 'url' must be a full https:// address, not 'example.org/bank'\n");
        assertReports(err, "site.yaml:9:3: unknown key 'author' in a source — did you mean 'authors'?\n");
        assertReports(err, "site.yaml:10:9: 'labels' must be a mapping of label names to words (show_answer: Antwort zeigen), "
                + "not a list\n");
        assertReports(err, "questions/storage.yaml:5:13: 'source' must be a mapping of authors, title, url, not text\n");
    }

    @Test
    void aLabelTheThemeDoesNotHaveIsAnErrorWithTheNearestKey() throws IOException {
        write("site.yaml", Files.readString(content.resolve("site.yaml")) + """
                lang: de
                labels:
                  show_anwser: Lösung zeigen
                  mark_known: Sitzt
                  no_such_words_at_all: x
                """);
        String err = failingBuild();
        assertReports(err, "site.yaml:6:3: unknown label 'show_anwser' — did you mean 'show_answer'? "
                + "(docs/languages.md lists every label)\n");
        assertReports(err, "site.yaml:8:3: unknown label 'no_such_words_at_all' (docs/languages.md lists every label)\n");
        assertFalse(err.contains("mark_known"), err);
    }

    /** A word that drops a placeholder loses what it stood for; one the theme does not fill shows as written. */
    @Test
    void aLabelsWordsHaveThePlaceholdersOfTheWordTheyReplace() throws IOException {
        write("site.yaml", Files.readString(content.resolve("site.yaml")) + """
                lang: de
                labels:
                  question_count_one: "{count} Frage"
                  question_count_other: "Fragen"
                  built_with: "x {foo}"
                  show_answer: "{count}"
                  source_by: "{authors}: {title}"
                """);
        String err = failingBuild();
        assertReports(err, "site.yaml:7:3: the label 'question_count_other' leaves out {count}; its words take {count}\n");
        assertReports(err, "site.yaml:8:3: the label 'built_with' leaves out {generator} and has {foo}, which the theme "
                + "does not fill in; its words take {generator}\n");
        assertReports(err, "site.yaml:9:3: the label 'show_answer' has {count}, which the theme does not fill in; "
                + "its words take no placeholder\n");
        assertEquals(3, count(err, "the label '"), err);
    }

    @Test
    void anImageThatDoesNotExistIsReportedWhereItIsWritten() throws IOException {
        write("answers/query-vs-scan.md", "Intro.\n\nA figure: ![Scan](figures/scan.png) and "
                + "[the slides](../slides/scan.pdf#page=2).\n");
        write("questions/storage.yaml", Files.readString(content.resolve("questions/storage.yaml"))
                .replaceFirst("question: ", "interviewer_intent: 'See ![it](gone.webp?v=2)'\n    question: "));
        String err = failingBuild();
        assertReports(err, "answers/query-vs-scan.md:3:11: image 'figures/scan.png' not found: there is no file "
                + content.resolve("answers/figures/scan.png").toString().replace('\\', '/') + "\n");
        assertReports(err, "answers/query-vs-scan.md:3:41: linked file '../slides/scan.pdf' not found: there is no file "
                + content.resolve("slides/scan.pdf").toString().replace('\\', '/') + "\n");
        assertReports(err, "questions/storage.yaml:6:25: image 'gone.webp' not found: there is no file "
                + content.resolve("questions/gone.webp").toString().replace('\\', '/') + "\n");
    }

    @Test
    void anImageOutsideTheGuideIsRefused() throws IOException {
        Path secret = Files.write(temp.resolve("secret.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.createSymbolicLink(Files.createDirectories(content.resolve("images")).resolve("linked.png"), secret);
        write("answers/query-vs-scan.md", "![a](../../secret.png)\n\n![b](../images/linked.png)\n\n![c](/etc/hostname)\n");
        String err = failingBuild();
        assertReports(err, "answers/query-vs-scan.md:1:1: image '../../secret.png' is outside the content folder; "
                + "copy the file into the guide\n");
        assertReports(err, "answers/query-vs-scan.md:3:1: '../images/linked.png' is a link to a file outside the content folder; "
                + "copy the file into the guide instead\n");
        assertReports(err, "answers/query-vs-scan.md:5:1: image '/etc/hostname' must be a path relative to the file "
                + "it is written in, with '/'\n");
    }

    @Test
    void anImageWhoseSizeCannotBeReadIsShownWithoutOne() throws IOException {
        Files.writeString(Files.createDirectories(content.resolve("images")).resolve("broken.png"), "not a PNG");
        write("answers/query-vs-scan.md", "Intro.\n\n![Broken](../images/broken.png)\n");
        Cli.Run run = Cli.build(content, site);
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.err().contains("warning: " + content.resolve("answers/query-vs-scan.md").toString().replace('\\', '/')
                + ":3:1: could not read the size of the image '../images/broken.png'; it is shown without a width and height\n"),
                run.err());
    }

    @Test
    void picturesMaySitBesideAnswersButOtherFilesThereAreErrors() throws IOException {
        Path figure = Path.of("src/test/resources/guides/figures/figures/queue.png");
        Files.copy(figure, content.resolve("answers/scan.png"));
        Files.copy(figure, Files.createDirectories(content.resolve("answers/figures")).resolve("scan.png"));
        write("answers/query-vs-scan.md", "Beside: ![Scan](scan.png), below: ![Scan](figures/scan.png)\n");
        write("answers/notes.txt", "a misnamed answer");
        Files.createDirectories(content.resolve("answers/old"));
        write("answers/old/query-vs-scan.md", "an answer in a subfolder");
        String err = failingBuild();
        assertReports(err, "answers/notes.txt: the folder answers/ holds only answer files named <id>.md; rename or "
                + "move this file\n");
        assertReports(err, "answers/old: the folder answers/ holds only answer files named <id>.md; rename or move this file\n");
        assertEquals(2, count(err, "rename or move this file"), err);

        Files.delete(content.resolve("answers/notes.txt"));
        Files.delete(content.resolve("answers/old/query-vs-scan.md"));
        Cli.Run run = Cli.build(content, site);
        assertEquals(0, run.exitCode(), run::toString);
        String page = Files.readString(site.resolve("queries.html"));
        assertEquals(2, count(page, "src=\"media/scan-"), "the same picture twice on the page, stored once: " + page);
    }

    @Test
    void synonymsThatAreNotWordsAreErrors() throws IOException {
        write("site.yaml", Files.readString(content.resolve("site.yaml")) + """
                synonyms:
                  ddb: [dynamodb, {a: b}]
                  k8s: {x: y}
                """);
        String err = failingBuild();
        assertReports(err, "site.yaml:5:19: each word of the synonyms of 'ddb' must be text, not a mapping\n");
        assertReports(err, "site.yaml:6:8: the synonyms of 'k8s' must be a word or a list of words, not a mapping\n");
    }

    /** A blank word is text, so "must be text, not text" would contradict itself. */
    @Test
    void aBlankSynonymIsReportedAsBlank() throws IOException {
        write("site.yaml", Files.readString(content.resolve("site.yaml")) + """
                synonyms:
                  ddb: [dynamodb, " ", ~]
                  gsi: " "
                  lsi:
                """);
        String err = failingBuild();
        assertReports(err, "site.yaml:5:19: a word of the synonyms of 'ddb' is blank; write the word or leave the item out\n");
        assertReports(err, "site.yaml:5:24: a word of the synonyms of 'ddb' is empty; write the word or leave the item out\n");
        assertReports(err, "site.yaml:6:8: the synonyms of 'gsi' are blank; write a word or a list of words\n");
        assertReports(err, "site.yaml:7:7: the synonyms of 'lsi' are empty; write a word or a list of words\n");
        assertFalse(err.contains("not text"), err);
    }

    @Test
    void aGuidesSynonymsReachTheSearchIndex() throws IOException {
        write("site.yaml", Files.readString(content.resolve("site.yaml")) + "lang: en-GB\nsynonyms:\n  ddb: [dynamodb]\n"
                + "  pk: partition key\n");
        Cli.Run run = Cli.build(content, site);
        assertEquals(0, run.exitCode(), run::toString);
        String index = Files.readString(site.resolve("assets/search-index.js"));
        assertTrue(index.contains("[\"ddb\",\"dynamodb\"]") && index.contains("[\"pk\",\"partition key\"]"), index);
        assertTrue(index.contains("\"lang\":\"en-GB\""), "the index says the guide's language");
    }
}
