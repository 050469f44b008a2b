package studyguide.print;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a guide made for testing the sheets: categories of a chosen size whose questions and key points
 * carry unique words (so a PDF's text shows exactly where each one was printed), one snippet and one
 * diagram marked for the cheat sheet, and one snippet that is not.
 */
public final class SheetFixture {

    /** A generated question: its id, its text and its key points, as they must appear on the sheets. */
    public record Question(String id, String category, String text, List<String> keyPoints) {
    }

    /** Snippet text that the cheat sheet prints, and snippet text that it must leave out. */
    public static final String ON_SHEET_CODE = "on_sheet_code()";
    public static final String NOT_ON_SHEET_CODE = "not_on_sheet_code()";

    private static final String[] WORDS = ("partition key hash writes spread storage nodes capacity units index "
            + "projection query scan item collection stream throttle retry backoff consistent eventually strongly "
            + "transaction condition expression sort range limit page filter batch").split(" ");

    /** Where the answer with a web link and code too long for one page is. */
    public static final String LONG_ANSWER_CATEGORY = "cat1";
    public static final String WEB_LINK = "https://example.com/docs/partitions";

    private static final String LONG_ANSWER = "    answer: |\n"
            + "      See [the partition docs](" + WEB_LINK + ") for longanswerword.\n\n"
            + "      ```python\n"
            + java.util.stream.IntStream.rangeClosed(1, 90)
                    .mapToObj(i -> String.format("      line_%03d = compute(%d)  # a line of a long listing%n", i, i))
                    .collect(java.util.stream.Collectors.joining())
            + "      ```\n";

    private final List<Question> questions = new ArrayList<>();

    public List<Question> questions() {
        return questions;
    }

    public List<Question> questions(String category) {
        return questions.stream().filter(q -> q.category().equals(category)).toList();
    }

    /**
     * Writes the guide with categories of the given sizes (category {@code i} is named {@code cat<i>}).
     * The first category also gets the cheat-sheet snippet and diagram.
     */
    public Path write(Path root, int... sizes) throws IOException {
        Files.createDirectories(root.resolve("questions"));
        Files.createDirectories(root.resolve("snippets"));
        Files.createDirectories(root.resolve("diagrams"));
        List<String> ids = new ArrayList<>();
        for (int c = 0; c < sizes.length; c++) {
            ids.add("cat" + c);
        }
        Files.writeString(root.resolve("site.yaml"), "title: Print Test Guide\n"
                + "description: A generated guide for the cheat-sheet tests.\n"
                + "categories: [" + String.join(", ", ids) + "]\n");
        StringBuilder code = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            code.append("result_").append(i).append(" = ").append(i == 6 ? ON_SHEET_CODE : "compute(" + i + ")").append('\n');
        }
        Files.writeString(root.resolve("snippets/on_sheet.py"), code.toString());
        Files.writeString(root.resolve("snippets/not_on_sheet.py"), NOT_ON_SHEET_CODE + "\n");
        Files.writeString(root.resolve("diagrams/flow.puml"), """
                @startuml
                Client -> Table : PutItem ondiagramword
                Table -> Index : propagate
                @enduml
                """);
        int seed = 7;
        for (int c = 0; c < sizes.length; c++) {
            String category = ids.get(c);
            StringBuilder yaml = new StringBuilder("title: Category " + c + "\nquestions:\n");
            for (int n = 1; n <= sizes[c]; n++) {
                String id = category + "-q" + n;
                String level = n % 7 == 0 ? null : List.of("basic", "intermediate", "advanced").get((n * 3 / sizes[c]) % 3);
                seed = next(seed);
                String text = "Question " + id + ": how do " + words(seed, 4 + seed % 9) + "?";
                List<String> points = new ArrayList<>();
                seed = next(seed);
                int count = 2 + seed % 4;
                for (int k = 1; k <= count; k++) {
                    seed = next(seed);
                    points.add("kp" + k + "x" + id + " " + words(seed, 3 + seed % 14));
                }
                questions.add(new Question(id, category, text, points));
                yaml.append("  - id: ").append(id).append('\n')
                        .append("    question: \"").append(text).append("\"\n");
                if (level != null) {
                    yaml.append("    level: ").append(level).append('\n');
                }
                yaml.append("    key_points:\n");
                points.forEach(p -> yaml.append("      - \"").append(p).append("\"\n"));
                if (c == 1 && n == 1) {
                    yaml.append(LONG_ANSWER);
                } else {
                    yaml.append("    answer: A long answer that the cheat sheet leaves out, longanswerword.\n");
                }
                if (c == 0 && n == 2) {
                    yaml.append("""
                                snippets:
                                  - file: on_sheet.py
                                    title: Code marked for the sheet
                                    cheatsheet: true
                                  - file: not_on_sheet.py
                                    title: Code that is not
                                diagrams:
                                  - file: flow.puml
                                    caption: A diagram marked for the sheet
                                    cheatsheet: true
                            """);
                }
            }
            Files.writeString(root.resolve("questions/" + category + ".yaml"), yaml.toString());
        }
        return root;
    }

    private static int next(int seed) {
        return (int) ((seed * 1103515245L + 12345) & 0x7fffffff);
    }

    private static String words(int seed, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            seed = next(seed);
            s.append(i == 0 ? "" : " ").append(WORDS[seed % WORDS.length]);
        }
        return s.toString();
    }
}
