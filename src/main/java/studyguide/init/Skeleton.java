package studyguide.init;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studyguide.view.BundledFiles;

/**
 * Writes a new guide's folder: {@code content/} with a sample category of three questions (one answer
 * file, one snippet, one diagram, one multiple-choice question with a prompt) that explains the format
 * itself, {@code docs/schema/} that the sample YAML files name for editors, a README and a GitHub Pages
 * workflow; the theme is built into the tool, so a copy of it in
 * {@code templates/} is written only when asked for. Never overwrites a file; when
 * {@code content/site.yaml} exists, the guide is the user's and no sample content is added at all.
 */
public final class Skeleton {

    /**
     * Where the Pages workflow gets studyguide when {@code init} is not told: a GitHub Action reference
     * ({@code owner/repo@tag}) that the author fills in; a tool does not know the address it was installed from.
     */
    public static final String ACTION_PLACEHOLDER = "OWNER/studyguide@TAG";

    /** What {@link #create} did: the files written and the existing ones left alone, relative to the folder. */
    public record Result(List<String> created, List<String> kept, boolean sampleSkipped) {
    }

    private Skeleton() {
    }

    /**
     * Creates {@code folder} (and its parents) and every missing file of the skeleton in it; with
     * {@code theme}, also a copy of the built-in theme in {@code templates/}, to change file by file.
     *
     * @param action the studyguide action the Pages workflow uses ({@code owner/repo@tag}), or
     *     {@link #ACTION_PLACEHOLDER}
     */
    public static Result create(Path folder, boolean theme, String action) throws IOException {
        Files.createDirectories(folder);
        Map<String, byte[]> files = new LinkedHashMap<>();
        boolean sample = !Files.exists(folder.resolve("content/site.yaml"));
        if (sample) {
            SAMPLE.forEach((path, text) -> files.put(path, text.getBytes(StandardCharsets.UTF_8)));
        }
        if (theme) {
            BundledFiles.folder(BundledFiles.THEME, "layout.ftlh").forEach((path, bytes) -> files.put("templates/" + path, bytes));
        }
        BundledFiles.folder(BundledFiles.SCHEMAS, "questions.schema.json")
                .forEach((path, bytes) -> files.put("docs/schema/" + path, bytes));
        files.put(".gitignore", "site/\n".getBytes(StandardCharsets.UTF_8));
        Map<String, byte[]> repository = BundledFiles.folder(BundledFiles.INIT, "pages.yml");
        files.put("README.md", repository.get("README.md"));
        files.put(".github/workflows/pages.yml", new String(repository.get("pages.yml"), StandardCharsets.UTF_8)
                .replace("STUDYGUIDE_ACTION", action).getBytes(StandardCharsets.UTF_8));

        List<String> inTheWay = inTheWay(folder, files.keySet());
        if (!inTheWay.isEmpty()) {
            throw new IOException("nothing was written, as init writes folders where these are: " + String.join(", ", inTheWay)
                    + "; move them away, or run init in another folder");
        }
        List<String> created = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            try {
                // CREATE_NEW fails if the file exists, even one created a moment ago by someone else.
                Files.write(path, file.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                created.add(file.getKey());
            } catch (FileAlreadyExistsException e) {
                kept.add(file.getKey());
            }
        }
        return new Result(created, kept, !sample);
    }

    /**
     * The names under {@code folder} where a file of the skeleton needs a folder and something else is: a file, or a
     * symbolic link to no folder. Found before anything is written, so that init writes all of the skeleton or none.
     */
    private static List<String> inTheWay(Path folder, java.util.Set<String> files) {
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        for (String file : files) {
            String[] parts = file.split("/");
            StringBuilder name = new StringBuilder();
            for (int i = 0; i < parts.length - 1; i++) {
                name.append(i == 0 ? "" : "/").append(parts[i]);
                Path path = folder.resolve(name.toString());
                if (Files.isDirectory(path)) {
                    continue;
                }
                if (Files.isSymbolicLink(path)) {
                    found.add(name + " (a link to " + (Files.exists(path) ? "a file" : "something that does not exist") + ")");
                } else if (Files.exists(path)) {
                    found.add(name + " (a file)");
                }
                break;
            }
        }
        return List.copyOf(found);
    }

    /** The sample guide: it teaches the format by example, so a new author can replace it piece by piece. */
    static final Map<String, String> SAMPLE = new LinkedHashMap<>();

    static {
        SAMPLE.put("content/site.yaml", """
                # yaml-language-server: $schema=../docs/schema/site.schema.json
                # The guide's settings. Every key is described in docs/schema/site.schema.json.
                title: My Study Guide
                description: >-
                  Interview questions with model answers, key points, code and diagrams. Replace this
                  sentence with what your guide covers.
                levels: [basic, intermediate, advanced]
                categories:
                  - getting-started
                """);
        SAMPLE.put("content/questions/getting-started.yaml", """
                # yaml-language-server: $schema=../../docs/schema/questions.schema.json
                # One category per file; the file name (getting-started) is the category's id.
                title: Getting started
                summary: |
                  Three sample questions that show every part of a question, one of them multiple
                  choice. Edit them, or add a file such as `questions/my-topic.yaml` (and list it in
                  `site.yaml`) to start your own.
                questions:
                  - id: how-is-a-question-written
                    question: How is a question written in this guide?
                    level: basic
                    tags: [format]
                    key_points:
                      - "Each question lives in a **category file** under `questions/`"
                      - "The long answer goes in `answers/<id>.md`, in Markdown"
                      - "Code comes from `snippets/`, diagrams from `diagrams/`"
                    snippets:
                      - file: question.yaml
                        title: The smallest complete question
                    diagrams:
                      - file: from-files-to-site.puml
                        caption: How the files become the site
                    follow_ups:
                      - Which keys does a question accept?
                    related: [what-makes-a-good-answer]
                    references:
                      - title: YAML in five minutes
                        url: https://yaml.org/spec/1.2.2/#chapter-2-language-overview
                  - id: what-makes-a-good-answer
                    question: What makes a good model answer?
                    level: intermediate
                    tags: [writing]
                    key_points:
                      - Lead with the one-sentence answer
                      - Then the reasoning, an example, and the trade-offs
                    interviewer_intent: |
                      Whether you can explain a topic in the order a listener needs it.
                    answer: |
                      Start with the answer itself in one sentence, as you would say it in an interview.
                      Then give the reasoning, one concrete example and the trade-offs.

                      Keep the **key points** short: they are what you re-read the night before, and what
                      the cheat sheets print.
                    related: [how-is-a-question-written]
                    references:
                      - title: CommonMark, the Markdown the answers use
                        url: https://commonmark.org/help/
                  # A multiple-choice question. The prompt is shown with the question everywhere (also
                  # before the answer is revealed, and on the quiz sheet); the choices are the options,
                  # the right one (or several) marked with "correct: true". It needs no written answer.
                  - id: what-does-this-print
                    question: What does this Python code print?
                    level: basic
                    tags: [format, multiple-choice]
                    prompt: |
                      ```python
                      items = ["a", "b", "c"]
                      print(len(items) * 2)
                      ```
                    choices:
                      - text: "`6`"
                        correct: true
                        explanation: "`len(items)` is 3, and 3 × 2 is 6."
                      - text: "`abcabc`"
                        explanation: "That would be `''.join(items) * 2`: `len` counts the items first."
                      - text: "`3`"
                        explanation: "The length is doubled before it is printed."
                    related: [how-is-a-question-written]
                """);
        SAMPLE.put("content/answers/how-is-a-question-written.md", """
                A question is a few lines of YAML in its category file: an `id`, the `question` itself and,
                optionally, a `level`, `tags`, `key_points`, code `snippets`, `diagrams`, `follow_ups`,
                `related` questions and `references`.

                ### Where the long answer goes

                The model answer is Markdown. Short ones can sit in the YAML under `answer:`; longer ones go in
                their own file named after the question's id, like this one: `answers/how-is-a-question-written.md`.

                | file | holds |
                |---|---|
                | `questions/<category>.yaml` | the questions of one category |
                | `answers/<id>.md` | a model answer |
                | `snippets/...` | code shown under an answer |
                | `diagrams/...` | PlantUML (`.puml`) or `.svg` pictures |

                Run the build again after saving, or use `serve` to see every change at once.
                """);
        SAMPLE.put("content/snippets/question.yaml", """
                - id: my-first-question
                  question: What is the first thing to know about my topic?
                  level: basic
                  key_points:
                    - The one thing to remember
                  answer: |
                    The answer, in **Markdown**.
                """);
        SAMPLE.put("content/diagrams/from-files-to-site.puml", """
                @startuml
                rectangle "content/\\nquestions, answers,\\nsnippets, diagrams" as content
                rectangle "templates/\\nthe theme" as templates
                rectangle "studyguide build" as build
                rectangle "site/\\nHTML pages" as site
                content --> build
                templates --> build
                build --> site
                @enduml
                """);
    }
}
