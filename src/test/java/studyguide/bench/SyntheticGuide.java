package studyguide.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Writes a deterministic synthetic question bank of any size, twice: in studyguide's content format and
 * as a Hugo site with the same text, so that the benchmark (bench/benchmark.py) builds the same work with both.
 *
 * <p>Three shapes ({@link Shape}). {@code qa}: N questions over 8 categories and 3 levels; each has 3-5 key
 * points, a 150-300-word Markdown answer with a list and a code block, tags, related links, a follow-up
 * and a reference; every 20th question also has a snippet file and a PlantUML diagram. {@code wide}: the
 * same questions over 100 categories. {@code mc}: a multiple-choice bank over 90 categories (see
 * {@link Choices}) with up to 300 images. Categories beyond the first 8 are named {@code topic009} and so
 * on. The text comes from a fixed vocabulary and {@link Random} with a fixed seed (its algorithm is part of
 * the Java specification), so the same arguments give byte-identical files on every machine.
 *
 * <p>Run from the project root with the JDK's source launcher (no class path needed):
 * {@code java src/test/java/studyguide/bench/SyntheticGuide.java 1000 /tmp/guide-1000 [--shape mc]}, which
 * writes {@code /tmp/guide-1000/content/} and {@code /tmp/guide-1000/hugo/}. The launcher of JDK 17 runs one
 * file, which is why the multiple-choice shape and its images are nested classes here rather than files of
 * their own.
 */
public final class SyntheticGuide {

    /** The marker the generator leaves, so that it only ever replaces a folder it wrote itself. */
    public static final String MARKER = ".synthetic-guide";

    static final String[] CATEGORIES = {"storage", "indexes", "queries", "capacity", "streams", "security",
        "modelling", "operations"};
    static final String[] CATEGORY_TITLES = {"Storage and partitions", "Secondary indexes", "Queries and scans",
        "Capacity and throttling", "Streams and change data", "Security and access", "Data modelling",
        "Operations and monitoring"};
    static final String[] LEVELS = {"basic", "intermediate", "advanced"};

    private static final String[] SUBJECTS = {"partition key", "sort key", "global secondary index",
        "local secondary index", "write capacity", "read capacity", "burst capacity", "adaptive capacity",
        "item collection", "conditional write", "transaction", "batch request", "stream record", "TTL expiry",
        "point-in-time recovery", "on-demand table", "provisioned table", "hot partition", "projection",
        "pagination token", "filter expression", "key condition", "sparse index", "composite key",
        "access pattern", "single-table design", "consistent read", "eventual consistency", "backfill",
        "auto scaling", "cache layer", "retry policy", "IAM condition", "encryption key", "export job"};
    private static final String[] SITUATIONS = {"traffic doubles overnight", "one tenant is much larger than the rest",
        "the table reaches a terabyte", "reads must be strongly consistent", "items approach 400 KB",
        "a new access pattern arrives", "writes arrive in bursts", "the index is throttled",
        "costs must fall by half", "the service runs in two regions", "a batch job scans the table",
        "latency must stay under ten milliseconds"};
    private static final String[] VERBS = {"spreads", "limits", "shapes", "throttles", "duplicates", "orders",
        "filters", "costs", "protects", "replicates", "invalidates", "groups", "projects", "retries", "caches"};
    private static final String[] ADJECTIVES = {"uneven", "predictable", "expensive", "cheap", "bounded",
        "sparse", "dense", "eventual", "strong", "stale", "hot", "cold", "large", "small", "atomic", "idempotent"};
    private static final String[] NOUNS = {"throughput", "latency", "storage", "keys", "items", "requests",
        "partitions", "indexes", "writes", "reads", "tenants", "pages", "tokens", "costs", "errors", "retries",
        "metrics", "alarms", "backups", "streams", "shards", "queries", "scans", "attributes", "tables"};
    private static final String[] CONNECTIVES = {"because", "so", "while", "although", "unless", "when", "and",
        "but", "since", "whereas"};
    private static final String[] TAGS = {"partitions", "gsi", "lsi", "capacity", "throttling", "streams",
        "ttl", "transactions", "batch", "query", "scan", "modelling", "cost", "latency", "security", "backup",
        "monitoring", "pagination", "consistency", "caching"};

    private SyntheticGuide() {
    }

    /** Where the answers go: a file each ({@code answers/<id>.md}), or inline in the category files, as many banks write them. */
    public enum Answers { FILES, INLINE }

    /** What kind of bank, and over how many categories by default. */
    public enum Shape {
        /** Written answers over 8 categories: the benchmark's first shape. */
        QA(8),
        /** Multiple choice with code in every prompt and images, over 90 categories. */
        MC(90),
        /** Written answers, as {@link #QA}, over 100 categories. */
        WIDE(100);

        private final int categories;

        Shape(int categories) {
            this.categories = categories;
        }

        /** How many categories a bank of this shape has. */
        public int categories() {
            return categories;
        }
    }

    /** A category: its id (the file name) and title. */
    public record Category(String id, String title) {
    }

    public static void main(String[] args) throws IOException {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean inline = rest.remove("--inline");
        Shape shape = Shape.QA;
        int at = rest.indexOf("--shape");
        if (at >= 0 && at + 1 < rest.size()) {
            String name = rest.remove(at + 1).toUpperCase(Locale.ROOT);
            rest.remove(at);
            shape = List.of("QA", "MC", "WIDE").contains(name) ? Shape.valueOf(name) : null;
        }
        if (shape == null || rest.size() != 2 || !rest.get(0).matches("\\d+") || Integer.parseInt(rest.get(0)) < 1) {
            System.err.println("usage: java src/test/java/studyguide/bench/SyntheticGuide.java N OUTPUT-DIR [--inline] [--shape qa|mc|wide]");
            System.err.println("writes N questions to OUTPUT-DIR/content (studyguide) and OUTPUT-DIR/hugo (Hugo);");
            System.err.println("--inline writes the answers into the category files instead of answers/<id>.md;");
            System.err.println("--shape: qa (8 categories, the default), mc (multiple choice with images, 90), wide (qa over 100)");
            System.exit(2);
        }
        int n = Integer.parseInt(rest.get(0));
        Path out = Path.of(rest.get(1));
        write(shape, n, out, inline ? Answers.INLINE : Answers.FILES);
        System.out.printf(Locale.ROOT, "Wrote %d questions (%s, %d categories) to %s/content and %s/hugo%n", n,
                shape.name().toLowerCase(Locale.ROOT), shape.categories(), out, out);
    }

    /** Writes the guide of {@code n} questions into {@code out} (which must be empty, absent or an earlier output). */
    public static void write(int n, Path out) throws IOException {
        write(n, out, Answers.FILES);
    }

    /** {@link #write(int, Path)}, with the answers where {@code answers} says. */
    public static void write(int n, Path out, Answers answers) throws IOException {
        write(Shape.QA, n, out, answers);
    }

    /** Writes a guide of the given shape; {@code answers} applies to the shapes with written answers. */
    public static void write(Shape shape, int n, Path out, Answers answers) throws IOException {
        prepare(out);
        // A category needs a question: a bank smaller than its shape's categories has one category per question.
        List<Category> categories = categories(Math.min(shape.categories(), n));
        if (shape == Shape.MC) {
            Choices.write(Choices.questions(n, categories), categories, out);
        } else {
            List<Question> questions = questions(n, categories.size());
            writeContent(questions, categories, out.resolve("content"), answers);
            writeHugo(questions, categories, out.resolve("hugo"));
        }
        Files.writeString(out.resolve(MARKER), "written by studyguide's SyntheticGuide; replaced on every run\n");
    }

    /** The first {@code count} categories: the 8 named ones, then {@code topic009}, {@code topic010}, ... */
    public static List<Category> categories(int count) {
        List<Category> result = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            if (c < CATEGORIES.length) {
                result.add(new Category(CATEGORIES[c], CATEGORY_TITLES[c]));
            } else {
                // No hyphen in the id: the Hugo site finds a question's section as the part of its id after the first one.
                String subject = SUBJECTS[(c * 7) % SUBJECTS.length];
                result.add(new Category(String.format(Locale.ROOT, "topic%03d", c + 1),
                        Character.toUpperCase(subject.charAt(0)) + subject.substring(1) + " (topic " + (c + 1) + ")"));
            }
        }
        return List.copyOf(result);
    }

    /** One generated question, shared by both outputs (and by tests that need realistic Markdown). */
    public record Question(int number, String id, int category, String level, String text, List<String> tags,
            List<String> keyPoints, String answer, List<String> related, String followUp, String reference,
            Snippet snippet, String diagram) {
    }

    /** A code file of the question: its path under snippets/ and its text. */
    public record Snippet(String file, String code) {
    }

    /** The questions of a guide of {@code n} over the 8 named categories, without writing anything. */
    public static List<Question> questions(int n) {
        return questions(n, CATEGORIES.length);
    }

    /** The questions of a guide of {@code n} over {@code categoryCount} categories, without writing anything. */
    public static List<Question> questions(int n, int categoryCount) {
        List<Category> categories = categories(categoryCount);
        Random random = new Random(20240917L);
        List<Question> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int category = i % categoryCount;
            String level = LEVELS[(i / categoryCount) % LEVELS.length];
            String id = id(i, n, categories);
            String subject = pick(random, SUBJECTS);
            String text = question(random, subject);
            List<String> tags = new ArrayList<>();
            int tagCount = 2 + random.nextInt(3);
            while (tags.size() < tagCount) {
                String t = pick(random, TAGS);
                if (!tags.contains(t)) {
                    tags.add(t);
                }
            }
            List<String> keyPoints = new ArrayList<>();
            int pointCount = 3 + random.nextInt(3);
            for (int k = 0; k < pointCount; k++) {
                keyPoints.add(keyPoint(random));
            }
            List<String> related = new ArrayList<>();
            if (n > 1) {
                for (int r : new int[] {1 + random.nextInt(Math.max(1, n - 1)), 1 + random.nextInt(Math.max(1, n - 1))}) {
                    String other = id((i + r) % n, n, categories);
                    if (!other.equals(id) && !related.contains(other)) {
                        related.add(other);
                    }
                }
            }
            boolean extras = i % 20 == 19;
            Snippet snippet = extras ? new Snippet(categories.get(category).id() + "/" + id + ".py", snippetCode(random, id)) : null;
            String diagram = extras ? diagram(random, i, subject) : null;
            String answer = answer(random, subject);
            String followUp = "What changes when " + pick(random, SITUATIONS) + "?";
            String reference = "https://docs.example.com/guide/" + subject.replace(' ', '-') + ".html";
            result.add(new Question(i, id, category, level, text, List.copyOf(tags), List.copyOf(keyPoints), answer,
                    List.copyOf(related), followUp, reference, snippet, diagram));
        }
        return result;
    }

    /** Ids sort in question order: {@code q00042-queries}; question i is in category i modulo their number. */
    static String id(int i, int n, List<Category> categories) {
        int digits = Math.max(3, String.valueOf(n).length());
        return "q" + String.format(Locale.ROOT, "%0" + digits + "d", i + 1) + "-" + categories.get(i % categories.size()).id();
    }

    private static String question(Random random, String subject) {
        return switch (random.nextInt(4)) {
            case 0 -> "How does the " + subject + " behave when " + pick(random, SITUATIONS) + "?";
            case 1 -> "When would you choose a " + subject + " over a " + pick(random, SUBJECTS) + "?";
            case 2 -> "What goes wrong with the " + subject + " when " + pick(random, SITUATIONS) + "?";
            default -> "Explain how the " + subject + " " + pick(random, VERBS) + " " + pick(random, NOUNS) + ".";
        };
    }

    private static String keyPoint(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> "The " + pick(random, SUBJECTS) + " " + pick(random, VERBS) + " **" + pick(random, ADJECTIVES) + " "
                    + pick(random, NOUNS) + "**";
            case 1 -> "Use `" + pick(random, NOUNS) + "` to keep " + pick(random, NOUNS) + " " + pick(random, ADJECTIVES);
            default -> "Watch " + pick(random, NOUNS) + " when " + pick(random, SITUATIONS);
        };
    }

    /** 150-300 words outside the code block: paragraphs, a bulleted list, a code block, a closing paragraph. */
    private static String answer(Random random, String subject) {
        int target = 150 + random.nextInt(151);
        StringBuilder md = new StringBuilder();
        md.append("The **").append(subject).append("** matters here. ");
        paragraph(random, md, 30 + random.nextInt(15));
        md.append("\n\nThree things to check:\n\n");
        for (int i = 0; i < 3; i++) {
            md.append("- ").append(sentence(random, 6 + random.nextInt(6))).append('\n');
        }
        md.append("\nFor example:\n\n");
        int prose = words(md);
        md.append("```python\n");
        md.append("response = table.query(\n");
        md.append("    KeyConditionExpression=Key(\"pk\").eq(\"").append(pick(random, NOUNS).toUpperCase(Locale.ROOT))
                .append("#").append(random.nextInt(1000)).append("\"),\n");
        md.append("    Limit=").append(10 + random.nextInt(90)).append(",\n)\n");
        md.append("items = response[\"Items\"]\n```\n\n");
        String link = "See the [documentation](https://docs.example.com/guide/" + subject.replace(' ', '-')
                + ".html) for the limits.";
        paragraph(random, md, target - prose - words(new StringBuilder(link)));
        md.append(' ').append(link).append('\n');
        return md.toString();
    }

    private static int words(CharSequence text) {
        String s = text.toString().strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    /** Sentences of exactly {@code words} words in all. */
    private static void paragraph(Random random, StringBuilder md, int words) {
        int left = words;
        while (left > 0) {
            int length = left >= 18 ? 8 + random.nextInt(10) : left;
            md.append(sentence(random, length)).append(' ');
            left -= length;
        }
        md.setLength(md.length() - 1);
    }

    static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        String first = pick(random, ADJECTIVES);
        s.append(Character.toUpperCase(first.charAt(0))).append(first.substring(1));
        for (int w = 1; w < words; w++) {
            s.append(' ');
            switch (w % 4) {
                case 0 -> s.append(pick(random, CONNECTIVES));
                case 1 -> s.append(w == 5 && random.nextInt(4) == 0 ? "`" + pick(random, NOUNS) + "`" : pick(random, NOUNS));
                case 2 -> s.append(pick(random, VERBS));
                default -> s.append(pick(random, ADJECTIVES));
            }
        }
        return s.append('.').toString();
    }

    private static String snippetCode(Random random, String id) {
        String table = pick(random, NOUNS);
        return "\"\"\"Example for " + id + ".\"\"\"\n"
                + "import boto3\n"
                + "from boto3.dynamodb.conditions import Key\n\n"
                + "table = boto3.resource(\"dynamodb\").Table(\"" + table + "\")\n\n\n"
                + "def fetch(pk, limit=" + (10 + random.nextInt(90)) + "):\n"
                + "    pages = table.query(KeyConditionExpression=Key(\"pk\").eq(pk), Limit=limit)\n"
                + "    return pages[\"Items\"]\n";
    }

    /** Alternates a sequence diagram and an activity diagram; the labels differ for every question. */
    private static String diagram(Random random, int i, String subject) {
        if ((i / 20) % 2 == 0) {
            return "@startuml\nhide footbox\ntitle " + subject + " (" + (i + 1) + ")\n"
                    + "actor Client as c\nparticipant \"" + pick(random, NOUNS) + " API\" as api\ndatabase Table as t\n"
                    + "c -> api : request " + (i + 1) + "\napi -> t : " + pick(random, VERBS) + " " + pick(random, NOUNS) + "\n"
                    + "t --> api : " + pick(random, ADJECTIVES) + " " + pick(random, NOUNS) + "\napi --> c : response\n@enduml\n";
        }
        return "@startuml\ntitle " + subject + " (" + (i + 1) + ")\nstart\n:" + pick(random, VERBS) + " "
                + pick(random, NOUNS) + ";\nif (" + pick(random, ADJECTIVES) + "?) then (yes)\n  :" + pick(random, VERBS)
                + " " + pick(random, NOUNS) + ";\nelse (no)\n  :retry with backoff;\nendif\nstop\n@enduml\n";
    }

    static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    // ---- studyguide's content format

    private static void writeContent(List<Question> questions, List<Category> categories, Path content, Answers answers)
            throws IOException {
        write(content.resolve("site.yaml"), "title: Synthetic guide (" + questions.size() + " questions)\n"
                + "description: A generated question bank for the benchmark; the same text as the Hugo site beside it.\n"
                + "categories: [" + String.join(", ", categories.stream().map(Category::id).toList()) + "]\n");
        List<StringBuilder> files = new ArrayList<>();
        for (Category c : categories) {
            StringBuilder yaml = new StringBuilder();
            yaml.append("title: ").append(c.title()).append('\n');
            yaml.append("summary: |\n  Generated questions about ").append(c.title().toLowerCase(Locale.ROOT)).append(".\n");
            yaml.append("questions:\n");
            files.add(yaml);
        }
        for (Question q : questions) {
            question(files.get(q.category()), q, categories.get(q.category()), answers);
        }
        for (int c = 0; c < categories.size(); c++) {
            write(content.resolve("questions/" + categories.get(c).id() + ".yaml"), files.get(c).toString());
        }
        for (Question q : questions) {
            if (answers == Answers.FILES) {
                write(content.resolve("answers/" + q.id() + ".md"), q.answer());
            }
            if (q.snippet() != null) {
                write(content.resolve("snippets/" + q.snippet().file()), q.snippet().code());
            }
            if (q.diagram() != null) {
                write(content.resolve("diagrams/" + categories.get(q.category()).id() + "/" + q.id() + ".puml"), q.diagram());
            }
        }
    }

    private static void question(StringBuilder yaml, Question q, Category category, Answers answers) {
        yaml.append("  - id: ").append(q.id()).append('\n');
        yaml.append("    question: ").append(quoted(q.text())).append('\n');
        yaml.append("    level: ").append(q.level()).append('\n');
        yaml.append("    tags: [").append(String.join(", ", q.tags())).append("]\n");
        yaml.append("    key_points:\n");
        for (String k : q.keyPoints()) {
            yaml.append("      - ").append(quoted(k)).append('\n');
        }
        if (q.snippet() != null) {
            yaml.append("    snippets:\n      - file: ").append(q.snippet().file()).append("\n        title: Query with a limit\n");
        }
        if (q.diagram() != null) {
            yaml.append("    diagrams:\n      - file: ").append(category.id()).append('/').append(q.id())
                    .append(".puml\n        caption: How the request flows\n");
        }
        yaml.append("    follow_ups:\n      - ").append(quoted(q.followUp())).append('\n');
        if (!q.related().isEmpty()) {
            yaml.append("    related: [").append(String.join(", ", q.related())).append("]\n");
        }
        yaml.append("    references:\n      - title: Developer guide\n        url: ").append(q.reference()).append('\n');
        if (answers == Answers.INLINE) {
            yaml.append("    answer: |\n");
            for (String line : q.answer().split("\n", -1)) {
                yaml.append(line.isEmpty() ? "" : "      ").append(line).append('\n');
            }
        }
    }

    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    // ---- the same questions as a Hugo site

    /** The front matter every shape's Hugo page opens with, left open for the shape's own fields. */
    static StringBuilder hugoFrontMatter(String text, String id, int number, String level, List<String> tags) {
        StringBuilder md = new StringBuilder("---\n");
        md.append("title: ").append(quoted(text)).append('\n');
        md.append("slug: ").append(id).append('\n');
        md.append("weight: ").append(number + 1).append('\n');
        md.append("level: ").append(level).append('\n');
        md.append("tags: [").append(String.join(", ", tags)).append("]\n");
        return md;
    }

    private static void writeHugo(List<Question> questions, List<Category> categories, Path hugo) throws IOException {
        writeHugoSite(categories, hugo);
        for (Question q : questions) {
            StringBuilder md = hugoFrontMatter(q.text(), q.id(), q.number(), q.level(), q.tags());
            md.append("key_points:\n");
            for (String k : q.keyPoints()) {
                md.append("  - ").append(quoted(k)).append('\n');
            }
            md.append("follow_ups:\n  - ").append(quoted(q.followUp())).append('\n');
            md.append("related: [").append(String.join(", ", q.related())).append("]\n");
            md.append("references:\n  - title: Developer guide\n    url: ").append(q.reference()).append('\n');
            md.append("---\n").append(q.answer());
            if (q.snippet() != null) {
                md.append("\n```python\n").append(q.snippet().code()).append("```\n");
            }
            if (q.diagram() != null) {
                // Hugo cannot render PlantUML itself; the source is shown as a code block instead.
                md.append("\n```plantuml\n").append(q.diagram()).append("```\n");
            }
            write(hugo.resolve("content/" + categories.get(q.category()).id() + "/" + q.id() + ".md"), md.toString());
        }
        write(hugo.resolve("layouts/_default/single.html"), """
                {{ define "main" }}
                <article data-pagefind-body>
                <h1>{{ .Title }}</h1>
                <p>{{ .Params.level }} {{ range .Params.tags }}<span class="tag">{{ . }}</span> {{ end }}</p>
                <h2>Key points</h2>
                <ul>{{ range .Params.key_points }}<li>{{ . | markdownify }}</li>{{ end }}</ul>
                <h2>Model answer</h2>
                {{ .Content }}
                <h2>Follow-up questions</h2>
                <ul>{{ range .Params.follow_ups }}<li>{{ . }}</li>{{ end }}</ul>
                <h2>Related questions</h2>
                <ul>{{ range .Params.related }}{{ with $.Site.GetPage (printf "/%s/%s" (index (split . "-") 1) .) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}</ul>
                <h2>References</h2>
                <ul>{{ range .Params.references }}<li><a href="{{ .url }}">{{ .title }}</a></li>{{ end }}</ul>
                </article>
                {{ end }}
                """);
    }

    /** The parts of the Hugo site that do not depend on the shape: its configuration, sections, home page, base and list layouts. */
    static void writeHugoSite(List<Category> categories, Path hugo) throws IOException {
        write(hugo.resolve("hugo.toml"), """
                baseURL = "http://localhost/"
                languageCode = "en"
                title = "Synthetic guide"
                disableKinds = ["taxonomy", "term", "RSS"]
                relativeURLs = true

                [markup.goldmark.renderer]
                unsafe = true
                """);
        for (int c = 0; c < categories.size(); c++) {
            Category category = categories.get(c);
            write(hugo.resolve("content/" + category.id() + "/_index.md"), "---\ntitle: " + quoted(category.title())
                    + "\nweight: " + (c + 1) + "\n---\nGenerated questions about "
                    + category.title().toLowerCase(Locale.ROOT) + ".\n");
        }
        write(hugo.resolve("content/_index.md"), "---\ntitle: Synthetic guide\n---\nA generated question bank.\n");
        write(hugo.resolve("layouts/_default/baseof.html"), """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{{ .Title }} — {{ .Site.Title }}</title>
                </head>
                <body>
                <header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a>
                <nav>{{ range .Site.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}</nav></header>
                <main>{{ block "main" . }}{{ end }}</main>
                </body>
                </html>
                """);
        write(hugo.resolve("layouts/_default/list.html"), """
                {{ define "main" }}
                <h1>{{ .Title }}</h1>
                {{ .Content }}
                <ol>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol>
                {{ end }}
                """);
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    // ---- the multiple-choice shape

    /**
     * The multiple-choice shape: each question has a prompt of a sentence and a code block (Python,
     * JavaScript or Java in turn), four options of which one or two are right, each with an explanation, a
     * level and tags, and no written answer. Every 10th question shows an image in its prompt, and another
     * every 10th one in an option's explanation; {@link #images} noise PNGs in {@code content/images/},
     * named from the category files as {@code ../images/figure-NNN.png} (a link is relative to the file it
     * is written in), each shown from several questions. The Hugo site shows the same text: the prompt as
     * the page's Markdown, the options as a list, and each image once in its static folder.
     */
    static final class Choices {

        /** The most distinct images a bank has; 10,000 questions show each from about seven places. */
        static final int MAX_IMAGES = 300;

        private static final String[] LANGUAGES = {"python", "js", "java"};

        private Choices() {
        }

        /** One option: Markdown text, whether it is right, and why (Markdown). */
        record Option(String text, boolean correct, String explanation) {
        }

        /** One multiple-choice question; {@code prompt} is Markdown with a fenced code block. */
        record Question(int number, String id, int category, String level, String text, List<String> tags,
                String prompt, List<Option> options) {
        }

        /** How many distinct images a bank of {@code n} questions shows: one per 10 questions, at most {@link #MAX_IMAGES}. */
        static int images(int n) {
            return Math.max(1, Math.min(MAX_IMAGES, n / 10));
        }

        /** The file name of image {@code k}, under {@code images/}. */
        static String image(int k) {
            return String.format(Locale.ROOT, "figure-%03d.png", k + 1);
        }

        static List<Question> questions(int n, List<Category> categories) {
            Random random = new Random(20251203L);
            int images = images(n);
            List<Question> result = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int category = i % categories.size();
                String level = LEVELS[(i / categories.size()) % LEVELS.length];
                String subject = pick(random, SUBJECTS);
                boolean two = i % 3 == 0;
                String text = two ? "Which two statements about the " + subject + " in this code are true?"
                        : switch (random.nextInt(3)) {
                            case 0 -> "What does `fetch()` return when " + pick(random, SITUATIONS) + "?";
                            case 1 -> "Why does this code " + pick(random, VERBS).replaceAll("ies$", "y").replaceAll("s$", "") + " the "
                                    + pick(random, NOUNS) + "?";
                            default -> "Which statement about the " + subject + " in this code is true?";
                        };
                List<String> tags = new ArrayList<>();
                while (tags.size() < 2) {
                    String t = pick(random, TAGS);
                    if (!tags.contains(t)) {
                        tags.add(t);
                    }
                }
                String prompt = prompt(random, i, subject)
                        + (i % 10 == 3 ? "\n![Figure " + ((i / 10) % images + 1) + "](../images/" + image((i / 10) % images) + ")\n" : "");
                List<Option> options = options(random, two, i % 10 == 7 ? image((i / 10 + images / 2) % images) : null);
                result.add(new Question(i, id(i, n, categories), category, level, text, List.copyOf(tags), prompt, options));
            }
            return result;
        }

        private static String prompt(Random random, int i, String subject) {
            String language = LANGUAGES[i % LANGUAGES.length];
            String table = pick(random, NOUNS);
            int limit = 10 + random.nextInt(90);
            String code = switch (language) {
                case "python" -> "table = boto3.resource(\"dynamodb\").Table(\"" + table + "\")\n\n"
                        + "def fetch(pk):\n"
                        + "    response = table.query(\n"
                        + "        KeyConditionExpression=Key(\"pk\").eq(pk),\n"
                        + "        Limit=" + limit + ",\n"
                        + "    )\n"
                        + "    return response[\"Items\"]\n";
                case "js" -> "const client = new DynamoDBClient({});\n\n"
                        + "async function fetch(pk) {\n"
                        + "  const response = await client.send(new QueryCommand({\n"
                        + "    TableName: \"" + table + "\",\n"
                        + "    KeyConditionExpression: \"pk = :pk\",\n"
                        + "    ExpressionAttributeValues: { \":pk\": { S: pk } },\n"
                        + "    Limit: " + limit + ",\n"
                        + "  }));\n"
                        + "  return response.Items;\n"
                        + "}\n";
                default -> "List<Map<String, AttributeValue>> fetch(String pk) {\n"
                        + "    QueryRequest request = QueryRequest.builder()\n"
                        + "        .tableName(\"" + table + "\")\n"
                        + "        .keyConditionExpression(\"pk = :pk\")\n"
                        + "        .expressionAttributeValues(Map.of(\":pk\", AttributeValue.fromS(pk)))\n"
                        + "        .limit(" + limit + ")\n"
                        + "        .build();\n"
                        + "    return client.query(request).items();\n"
                        + "}\n";
            };
            return "The " + subject + " of this table holds " + pick(random, ADJECTIVES) + " " + pick(random, NOUNS)
                    + ":\n\n```" + language + "\n" + code + "```\n";
        }

        /** Four different options, one or two of them right; the image, if any, in the last option's explanation. */
        private static List<Option> options(Random random, boolean two, String image) {
            List<String> texts = new ArrayList<>();
            while (texts.size() < 4) {
                String t = switch (random.nextInt(3)) {
                    case 0 -> "It " + pick(random, VERBS) + " **" + pick(random, ADJECTIVES) + " " + pick(random, NOUNS) + "**";
                    case 1 -> "`" + pick(random, NOUNS) + "` stays " + pick(random, ADJECTIVES);
                    default -> "The " + pick(random, SUBJECTS) + " " + pick(random, VERBS) + " " + pick(random, NOUNS);
                };
                if (!texts.contains(t)) {
                    texts.add(t);
                }
            }
            int right = random.nextInt(4);
            int alsoRight = two ? (right + 1 + random.nextInt(3)) % 4 : -1;
            List<Option> options = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                boolean correct = k == right || k == alsoRight;
                String explanation = (correct ? "Right: " : "Wrong: ") + sentence(random, 8 + random.nextInt(10)).toLowerCase(Locale.ROOT)
                        + (k == 3 && image != null ? " See ![the figure](../images/" + image + ")." : "");
                options.add(new Option(texts.get(k), correct, explanation));
            }
            return List.copyOf(options);
        }

        static void write(List<Question> questions, List<Category> categories, Path out) throws IOException {
            Path content = out.resolve("content");
            Path hugo = out.resolve("hugo");
            SyntheticGuide.write(content.resolve("site.yaml"), "title: Synthetic multiple-choice guide (" + questions.size()
                    + " questions)\ndescription: A generated multiple-choice bank for the benchmark; the same text as the"
                    + " Hugo site beside it.\ncategories: [" + String.join(", ", categories.stream().map(Category::id).toList())
                    + "]\n");
            List<StringBuilder> files = new ArrayList<>();
            for (Category c : categories) {
                files.add(new StringBuilder("title: " + c.title() + "\nsummary: |\n  Generated questions about "
                        + c.title().toLowerCase(Locale.ROOT) + ".\nquestions:\n"));
            }
            writeHugoSite(categories, hugo);
            for (Question q : questions) {
                yaml(files.get(q.category()), q);
                SyntheticGuide.write(hugo.resolve("content/" + categories.get(q.category()).id() + "/" + q.id() + ".md"), hugo(q));
            }
            for (int c = 0; c < categories.size(); c++) {
                SyntheticGuide.write(content.resolve("questions/" + categories.get(c).id() + ".yaml"), files.get(c).toString());
            }
            for (int k = 0; k < images(questions.size()); k++) {
                Path image = content.resolve("images/" + image(k));
                NoiseImages.write(image, k);
                Path copy = hugo.resolve("static/images/" + image(k));
                Files.createDirectories(copy.getParent());
                Files.copy(image, copy);
            }
            SyntheticGuide.write(hugo.resolve("layouts/_default/single.html"), """
                    {{ define "main" }}
                    <article data-pagefind-body>
                    <h1>{{ .Title }}</h1>
                    <p>{{ .Params.level }} {{ range .Params.tags }}<span class="tag">{{ . }}</span> {{ end }}</p>
                    {{ .Content }}
                    <ol type="A">{{ range .Params.choices }}<li>{{ .text | markdownify }}{{ if .correct }} <strong>(right)</strong>{{ end }}
                    <p>{{ .explanation | markdownify }}</p></li>{{ end }}</ol>
                    </article>
                    {{ end }}
                    """);
        }

        private static void yaml(StringBuilder yaml, Question q) {
            yaml.append("  - id: ").append(q.id()).append('\n');
            yaml.append("    question: ").append(quoted(q.text())).append('\n');
            yaml.append("    level: ").append(q.level()).append('\n');
            yaml.append("    tags: [").append(String.join(", ", q.tags())).append("]\n");
            yaml.append("    prompt: |\n");
            for (String line : q.prompt().split("\n")) {
                yaml.append(line.isEmpty() ? "" : "      ").append(line).append('\n');
            }
            yaml.append("    choices:\n");
            for (Option o : q.options()) {
                yaml.append("      - text: ").append(quoted(o.text())).append('\n');
                if (o.correct()) {
                    yaml.append("        correct: true\n");
                }
                yaml.append("        explanation: ").append(quoted(o.explanation())).append('\n');
            }
        }

        /** The question as a Hugo page: the options in its front matter, the prompt as its Markdown. */
        private static String hugo(Question q) {
            StringBuilder md = hugoFrontMatter(q.text(), q.id(), q.number(), q.level(), q.tags());
            md.append("choices:\n");
            for (Option o : q.options()) {
                md.append("  - text: ").append(quoted(o.text())).append('\n');
                md.append("    correct: ").append(o.correct()).append('\n');
                md.append("    explanation: ").append(quoted(o.explanation().replace("../images/", "/images/"))).append('\n');
            }
            // Hugo's relativeURLs turns the site-root links into relative ones on every page.
            return md.append("---\n").append(q.prompt().replace("../images/", "/images/")).toString();
        }
    }

    /** PNGs of noise, which deflate cannot shrink, so that an image's bytes are what a real photo or screenshot costs. */
    static final class NoiseImages {

        private NoiseImages() {
        }

        /** Writes image {@code k}: 20 KiB to 300 KB, the same bytes for the same {@code k}; returns its size. */
        static long write(Path file, int k) throws IOException {
            Random random = new Random(7_000_000L + k);
            int target = 20_480 + random.nextInt(300_000 - 20_480);
            int side = (int) Math.ceil(Math.sqrt(target / 3.0)); // three bytes a pixel
            int[] pixels = new int[side * side];
            for (int p = 0; p < pixels.length; p++) {
                pixels[p] = random.nextInt(0x1000000);
            }
            BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
            image.setRGB(0, 0, side, side, pixels, 0, side);
            Files.createDirectories(file.getParent());
            if (!ImageIO.write(image, "png", file.toFile())) {
                throw new IOException("no PNG writer in this JDK");
            }
            return Files.size(file);
        }
    }

    /** Empties {@code out} when it is an earlier output of this generator; refuses any other non-empty folder. */
    private static void prepare(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            Files.createDirectories(out);
            return;
        }
        try (var entries = Files.list(out)) {
            if (entries.findAny().isEmpty()) {
                return;
            }
        }
        if (!Files.exists(out.resolve(MARKER))) {
            throw new IOException("refusing to replace " + out + ": it is not empty and was not written by SyntheticGuide");
        }
        for (String part : List.of("content", "hugo")) {
            Path p = out.resolve(part);
            if (Files.exists(p)) {
                deleteTree(p);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw new UncheckedIOException(e);
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
