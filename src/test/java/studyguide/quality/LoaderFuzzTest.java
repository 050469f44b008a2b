package studyguide.quality;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import studyguide.diagram.DiagramRenderer;
import studyguide.load.GuideLoader;
import studyguide.markdown.MarkdownRenderer;
import studyguide.model.Category;
import studyguide.model.Guide;
import studyguide.model.Markdown;
import studyguide.model.Question;
import studyguide.model.Snippet;
import studyguide.problem.Problems;

/**
 * Fuzzes the loader: a category file's bytes, and the {@code file} and {@code lines} values of snippets and
 * diagrams, each loaded with a fixed {@code site.yaml}, snippet, diagram and a linked folder that leads out
 * of the content. What loads is rendered as the build renders it, so Markdown from YAML is checked too.
 *
 * <p>{@code mvn test} replays the inputs in {@code src/test/resources/studyguide/quality/LoaderFuzzTestInputs/};
 * {@code JAZZER_FUZZ=1 mvn test -Dtest='LoaderFuzzTest#categoryFile'} fuzzes one target (docs/quality.md).
 */
class LoaderFuzzTest {

    /** The content folder, made once per JVM; only {@code questions/x.yaml} changes between inputs. */
    private static final Path CONTENT = contentFolder(Path.of("target", "fuzz", "content"));
    private static final Path CATEGORY = CONTENT.resolve("questions/x.yaml");
    /** A category file with every field, loaded once untimed (see {@link FuzzInvariant#warmUp}). */
    private static final String WARM_UP = "title: T\nsummary: |\n  *S*\nquestions:\n  - id: q\n    question: Q?\n"
            + "    level: basic\n    tags: [t]\n    key_points: [\"**k**\", k]\n    answer: A\n    interviewer_intent: >\n      I\n"
            + "    snippets:\n      - {file: py/example.py, title: S, lines: 2-3}\n"
            + "    diagrams:\n      - {file: flow.puml, caption: C}\n      - {file: box.svg, caption: C}\n"
            + "    follow_ups: [f]\n    related: [q]\n    references:\n      - {title: R, url: \"https://x.org\"}\n";
    private static final String SECRET = "SECRET-OUTSIDE-THE-CONTENT";

    /** Input: the bytes of {@code questions/x.yaml}. */
    @DictionaryEntries({"title: ", "summary: |", "questions:", "  - id: q", "    question: Q?", "    key_points: ",
        "    answer: >", "    interviewer_intent: ", "    snippets:", "      - file: py/example.py", "        title: S",
        "        lines: ", "    diagrams:", "      - file: flow.puml", "        caption: C", "box.svg", "related: [",
        "references: ", "url: https://", "level: basic", "tags: ", "follow_ups: ", "cheatsheet: true", "&a ", "*a",
        "<<: ", "!!str ", "!!binary ", "? ", "---", "...", "%YAML 1.1", "\"\\x", "\"\\u", "\"\\U0001F600",
        "\uD83D\uDE00"})
    @FuzzTest(maxDuration = "10m")
    void categoryFile(byte[] input) {
        load(input);
    }

    /**
     * Input: up to three lines of UTF-8, a snippet's {@code file}, its {@code lines} and a diagram's
     * {@code file}, each written into the category file as a YAML string (any character, escaped).
     */
    @DictionaryEntries({"py/example.py", "flow.puml", "box.svg", "../", "./", "outside/secret.py", "/", "\\", ":",
        "%2e%2e/", "\u0000", "-", "99999999999", "2147483648", " ", "\u0663", ".PUML", ".svg", "~"})
    @FuzzTest(maxDuration = "10m")
    void snippetAndDiagramFiles(byte[] input) {
        String[] values = new String(input, StandardCharsets.UTF_8).split("\n", 3);
        String snippet = values[0];
        String lines = values.length > 1 ? values[1] : "";
        String diagram = values.length > 2 ? values[2] : "flow.puml";
        String yaml = "title: X\n"
                + "questions:\n"
                + "  - id: q\n"
                + "    question: Q?\n"
                + "    snippets:\n"
                + "      - file: " + quoted(snippet) + "\n"
                + "        title: S\n"
                + (lines.isEmpty() ? "" : "        lines: " + quoted(lines) + "\n")
                + "    diagrams:\n"
                + "      - file: " + quoted(diagram) + "\n"
                + "        caption: D\n";
        load(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static void load(byte[] category) {
        FuzzInvariant.warmUp("loading", () -> {
            write(CATEGORY, WARM_UP.getBytes(StandardCharsets.UTF_8));
            new GuideLoader(new Problems()).load(CONTENT);
            MarkdownFuzzTest.render(MarkdownFuzzTest.WARM_UP);
        });
        write(CATEGORY, category);
        Loaded loaded = FuzzInvariant.holds("loading", () -> {
            Problems problems = new Problems();
            return new Loaded(new GuideLoader(problems).load(CONTENT), problems);
        });
        Guide guide = loaded == null ? null : loaded.guide();
        if (guide == null) {
            if (loaded != null && loaded.problems().isEmpty()) {
                throw new AssertionError("the loader gave no guide and recorded no problem");
            }
            return;
        }
        for (Category c : guide.categories()) {
            for (Question q : c.questions()) {
                for (Snippet s : q.snippets()) {
                    if (s.code().contains(SECRET)) {
                        throw new AssertionError("snippet '" + s.file() + "' shows a file outside the content folder");
                    }
                }
            }
        }
        if (loaded.problems().isEmpty()) {
            render(guide);
        }
    }

    /** What a load gave: the guide (null when unusable) and the problems it recorded. */
    private record Loaded(Guide guide, Problems problems) {
    }

    /** The HTML of a guide's Markdown from YAML, and the problems rendering it recorded. */
    private record Rendered(List<String> html, Problems problems) {
    }

    /** Renders every piece of Markdown from YAML the guide holds, as the build does, and checks its HTML. */
    private static void render(Guide guide) {
        Rendered rendered = FuzzInvariant.holds("rendering", () -> {
            Problems problems = new Problems();
            MarkdownRenderer renderer = new MarkdownRenderer(new DiagramRenderer(problems), problems);
            List<String> html = new ArrayList<>();
            for (Category c : guide.categories()) {
                add(html, renderer, c.summary());
                for (Question q : c.questions()) {
                    add(html, renderer, q.answer());
                    add(html, renderer, q.interviewerIntent());
                    renderer.renderInlineAll(q.keyPoints(), q.position()).forEach(k -> html.add(k.html()));
                }
            }
            return new Rendered(html, problems);
        });
        if (rendered != null && rendered.problems().isEmpty()) {
            rendered.html().forEach(h -> FuzzInvariant.safeHtml(h, "Markdown from YAML"));
        }
    }

    private static void add(List<String> html, MarkdownRenderer renderer, Markdown markdown) {
        if (markdown != null) {
            html.add(renderer.render(markdown, "p-", 5));
        }
    }

    /** A YAML double-quoted string holding exactly {@code value}: everything but printable ASCII escaped. */
    static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c >= 0x20 && c < 0x7f) {
                out.appendCodePoint(c);
            } else if (c <= 0xffff) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.append(String.format("\\U%08X", c));
            }
        });
        return out.append('"').toString();
    }

    /**
     * A content folder with a site, a snippet of six lines, a PlantUML and an SVG diagram, and a link
     * {@code snippets/outside} to a folder beside the content whose file the loader must refuse.
     */
    private static Path contentFolder(Path folder) {
        try {
            Path content = folder.toAbsolutePath();
            Path outside = content.resolveSibling("outside");
            Files.createDirectories(outside);
            Files.writeString(outside.resolve("secret.py"), SECRET + "\n");
            Files.createDirectories(content.resolve("questions"));
            Files.createDirectories(content.resolve("snippets/py"));
            Files.createDirectories(content.resolve("diagrams"));
            Files.writeString(content.resolve("site.yaml"), "title: Fuzz\ndescription: A guide the fuzzer fills.\n");
            Files.writeString(content.resolve("snippets/py/example.py"),
                    "# one\nimport boto3\nclient = boto3.client(\"dynamodb\")\ntable = \"Orders\"\nprint(table)\n# six\n");
            Files.writeString(content.resolve("diagrams/flow.puml"), "@startuml\nA -> B : hello\n@enduml\n");
            Files.writeString(content.resolve("diagrams/box.svg"),
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>\n");
            Path link = content.resolve("snippets/outside");
            if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(link, outside);
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
