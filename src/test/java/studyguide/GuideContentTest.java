package studyguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.load.GuideLoader;
import studyguide.model.Category;
import studyguide.model.Guide;
import studyguide.model.Question;
import studyguide.problem.Problems;

/** The DynamoDB guide in content/: every seed question, answered, with working code and diagrams, and a self-check. */
class GuideContentTest {

    private static final Path CONTENT = Path.of("content");
    /** The category of questions beyond the seed list, last in the guide. */
    private static final String BEYOND_THE_LIST = "beyond-the-list";
    /** The multiple-choice self-check on numbers and limits, after every written category. */
    private static final String NUMBERS_QUIZ = "numbers-quiz";
    private static final Path SEED = Path.of("src/test/resources/seed/dynamodb-interview-questions.md");

    static Guide guide;

    @BeforeAll
    static void load() {
        Problems problems = new Problems();
        guide = new GuideLoader(problems).load(CONTENT);
        assertEquals(List.of(), problems.sorted());
    }

    /** A seed question: its wording, the seed section it is in and its level (null when none). */
    record SeedQuestion(String text, String section, String level) {
    }

    static List<SeedQuestion> seed() throws IOException {
        List<SeedQuestion> questions = new ArrayList<>();
        String section = null;
        String level = null;
        Pattern heading = Pattern.compile("^## \\*\\*(.+?)\\*\\*");
        Pattern levelLine = Pattern.compile("^\\*\\*(Basic|Intermediate|Advanced):\\*\\*");
        Pattern item = Pattern.compile("^- \"(.+?)\"");
        for (String line : Files.readAllLines(SEED)) {
            Matcher m;
            if ((m = heading.matcher(line)).find()) {
                section = normalise(m.group(1));
                level = null;
            } else if ((m = levelLine.matcher(line)).find()) {
                level = m.group(1).toLowerCase();
            } else if ((m = item.matcher(line)).find() && section != null) {
                questions.add(new SeedQuestion(m.group(1), section, level));
            }
        }
        return questions;
    }

    /** "Red Flag Questions (Be Careful)" and "Red Flag Questions" both become "red flag". */
    private static String normalise(String title) {
        return title.replaceAll("\\(.*?\\)", "").replaceAll("(?i)\\bquestions\\b", "").strip().toLowerCase();
    }

    @Test
    void everySeedQuestionIsThereWordForWordInItsCategoryAndLevel() throws IOException {
        List<SeedQuestion> seed = seed();
        assertEquals(55, seed.size(), "the seed has 55 questions");
        Map<String, SeedQuestion> guideQuestions = new LinkedHashMap<>();
        for (Category c : guide.categories()) {
            for (Question q : c.questions()) {
                guideQuestions.put(q.question(), new SeedQuestion(q.question(), normalise(c.title()), q.level()));
            }
        }
        List<String> wrong = new ArrayList<>();
        for (SeedQuestion s : seed) {
            SeedQuestion g = guideQuestions.get(s.text());
            if (g == null) {
                wrong.add("missing or reworded: " + s.text());
            } else if (!g.equals(s)) {
                wrong.add("in " + g.section() + "/" + g.level() + " instead of " + s.section() + "/" + s.level() + ": " + s.text());
            }
        }
        assertEquals(List.of(), wrong);
        List<String> beyond = new ArrayList<>();
        for (Category c : written()) {
            for (Question q : c.questions()) {
                if (!c.id().equals(BEYOND_THE_LIST) && !seed.stream().anyMatch(sq -> sq.text().equals(q.question()))) {
                    beyond.add(c.id() + ": " + q.question());
                }
            }
        }
        assertEquals(List.of(), beyond, "questions beyond the seed are in the last written category, marked as such");
        Category last = written().get(written().size() - 1);
        assertEquals(BEYOND_THE_LIST, last.id());
        assertTrue(last.summary().text().contains("beyond the seed list"), last.summary().text());
        assertTrue(last.questions().size() >= 12 && last.questions().size() <= 20, "12-20 questions beyond the list");
    }

    @Test
    void everyQuestionSaysWhatTheInterviewerIsTesting() {
        List<String> without = guide.questions().filter(q -> q.interviewerIntent() == null).map(Question::id).toList();
        assertEquals(List.of(), without);
    }

    /** Categories of questions answered in the reader's own words, in guide order. */
    private static List<Category> written() {
        return guide.categories().stream().filter(c -> !isSelfCheck(c)).toList();
    }

    /** A self-check is a category made only of multiple-choice questions: it comes after the written ones. */
    private static boolean isSelfCheck(Category c) {
        return c.questions().stream().allMatch(Question::isMultipleChoice);
    }

    @Test
    void selfChecksComeLastAndExplainEveryOption() {
        List<Category> categories = guide.categories();
        List<Category> selfChecks = categories.stream().filter(GuideContentTest::isSelfCheck).toList();
        assertEquals(List.of(NUMBERS_QUIZ), selfChecks.stream().map(Category::id).toList());
        assertEquals(selfChecks, categories.subList(categories.size() - selfChecks.size(), categories.size()));
        Category quiz = selfChecks.get(0);
        assertTrue(quiz.questions().size() >= 25 && quiz.questions().size() <= 30, "25-30 questions: " + quiz.questions().size());
        List<String> wrong = new ArrayList<>();
        for (Question q : quiz.questions()) {
            if (q.choices().size() < 3 || q.choices().size() > 5) {
                wrong.add(q.id() + ": " + q.choices().size() + " options, not 3-5");
            }
            q.choices().stream().filter(c -> c.explanation() == null)
                    .forEach(c -> wrong.add(q.id() + ": option without an explanation: " + c.text().text()));
            if (q.keyPoints().isEmpty() || q.keyPoints().size() > 3) {
                wrong.add(q.id() + ": " + q.keyPoints().size() + " key points, not 1-3");
            }
            if (q.level() == null || q.tags().isEmpty() || q.references().isEmpty()) {
                wrong.add(q.id() + ": needs a level, tags and references");
            }
            if (q.answer() != null) {
                wrong.add(q.id() + ": a self-check question is answered by its options, not by a written answer");
            }
            q.references().forEach(r -> {
                if (!isAwsDocumentation(r.url())) {
                    wrong.add(q.id() + ": reference is not AWS documentation: " + r.url());
                }
            });
        }
        assertEquals(List.of(), wrong);
    }

    /** Where the right option sits must tell the reader nothing: the printed answer key shows the pattern. */
    @Test
    void aSelfChecksRightOptionsAreSpreadOverThePlaces() {
        Map<Integer, Integer> places = new TreeMap<>();
        guide.categories().stream().filter(GuideContentTest::isSelfCheck).flatMap(c -> c.questions().stream())
                .forEach(q -> {
                    for (int i = 0; i < q.choices().size(); i++) {
                        if (q.choices().get(i).correct()) {
                            places.merge(i, 1, Integer::sum);
                        }
                    }
                });
        int total = places.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(places.size() >= 3 && places.values().stream().allMatch(n -> n * 3 <= total),
                "right options by place (0 = A): " + places);
    }

    private static boolean isAwsDocumentation(String url) {
        return url.matches("https://(docs\\.aws\\.amazon\\.com|aws\\.amazon\\.com|repost\\.aws|www\\.repost\\.aws|boto3\\.amazonaws\\.com)/.*");
    }

    @Test
    void everyQuestionHasACuratedAnswerAndKeyPoints() {
        List<String> wrong = new ArrayList<>();
        written().stream().flatMap(c -> c.questions().stream()).forEach(q -> {
            if (q.answer() == null) {
                wrong.add(q.id() + ": no answer");
            } else {
                int words = words(q.answer().text());
                if (words < 150 || words > 450) {
                    wrong.add(q.id() + ": answer has " + words + " words, not 150-450");
                }
            }
            if (q.keyPoints().size() < 3 || q.keyPoints().size() > 6) {
                wrong.add(q.id() + ": " + q.keyPoints().size() + " key points, not 3-6");
            }
            if (q.tags().isEmpty() || q.followUps().isEmpty() || q.references().isEmpty() || q.related().isEmpty()) {
                wrong.add(q.id() + ": needs tags, follow-ups, related questions and references");
            }
            q.references().forEach(r -> {
                if (!isAwsDocumentation(r.url())) {
                    wrong.add(q.id() + ": reference is not AWS documentation: " + r.url());
                }
            });
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void redFlagQuestionsSayWhatTheInterviewerIsTesting() {
        Category redFlags = guide.categories().stream().filter(c -> c.id().equals("red-flags")).findFirst().orElseThrow();
        redFlags.questions().forEach(q -> assertTrue(q.interviewerIntent() != null, q.id()));
    }

    @Test
    void experienceQuestionsEndWithHowToMakeTheStoryYours() {
        List<String> missing = new ArrayList<>();
        guide.questions()
                .filter(q -> !q.isMultipleChoice())
                .filter(q -> q.question().matches("(?i).*\\b(you|your)\\b.*") && !q.question().startsWith("How would you")
                        && !q.question().startsWith("Explain") && !q.question().startsWith("What's the difference"))
                .filter(q -> !q.answer().text().contains("**Make it yours:**"))
                .forEach(q -> missing.add(q.id()));
        // Some "you" questions are general ("How do you query DynamoDB?"); most must carry the note.
        assertTrue(missing.size() <= 12, "questions about your experience without a 'Make it yours' note: " + missing);
    }

    @Test
    void commonWrongClaimsAppearNowhere() throws IOException {
        List<Pattern> wrong = List.of(
                Pattern.compile("(?i)\\bLSIs?\\b[^.]{0,40}\\bcan be (added|created) (later|after)"),
                Pattern.compile("(?i)transactions?[^.]{0,30}\\b(limited to|up to|at most|max(imum)? of) 25 (items|actions|operations)"),
                Pattern.compile("(?i)filter expressions? (reduces?|lowers?|saves?|cuts?) (the )?(consumed )?(read )?(capacity|RCUs?)"),
                Pattern.compile("(?i)\\bGSIs? (supports?|allows?|offers?) strongly consistent"),
                Pattern.compile("(?i)on-demand (mode |tables? )?(never|cannot|can't|doesn't|does not) throttle"),
                Pattern.compile("(?i)burst capacity is (guaranteed|always available)"),
                Pattern.compile("(?i)BatchWriteItem is (atomic|transactional)"));
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CONTENT)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                for (Pattern p : wrong) {
                    Matcher m = p.matcher(text);
                    while (m.find()) {
                        found.add(file + ": " + m.group());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void snippetsCompileOrParse(@TempDir Path temp) throws Exception {
        List<String> broken = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Path> python = new ArrayList<>();
        List<Path> shell = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CONTENT.resolve("snippets"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                try {
                    if (name.endsWith(".json")) {
                        json.readTree(file.toFile());
                    } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                        yaml.readTree(file.toFile()); // CloudFormation's !Ref tags are kept as tags, not errors
                    } else if (name.endsWith(".py")) {
                        python.add(file);
                    } else if (name.endsWith(".sh")) {
                        shell.add(file);
                    }
                } catch (IOException e) {
                    broken.add(file + ": " + e.getMessage());
                }
            }
        }
        assumeTrue(run(temp, "python3", "--version") == 0, "python3 is needed to compile the Python snippets");
        // One interpreter parses every file: starting Python takes longer than parsing a snippet.
        List<String> parseAll = new ArrayList<>(List.of("python3", "-c",
                "import ast, sys\nfor f in sys.argv[1:]:\n    try:\n        ast.parse(open(f).read(), f)\n"
                + "    except SyntaxError:\n        print(f)\n"));
        python.forEach(file -> parseAll.add(file.toString()));
        assertEquals(0, run(temp, parseAll.toArray(String[]::new)), () -> output(temp));
        for (String file : Files.readAllLines(temp.resolve("out.txt"))) {
            broken.add(file + ": does not compile");
        }
        for (Path file : shell) {
            if (run(temp, "bash", "-n", file.toString()) != 0) {
                broken.add(file + ": bash -n fails");
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(python.size() >= 8, "the guide's code is mostly Python: " + python.size());
    }

    private static String output(Path temp) {
        try {
            return Files.readString(temp.resolve("out.txt"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static int run(Path temp, String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("out.txt").toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), String.join(" ", command));
        return p.exitValue();
    }

    @Test
    void everySnippetAndDiagramFileIsUsedAndThereAreAtLeastTenDiagrams() throws IOException {
        Set<String> usedSnippets = new HashSet<>();
        Set<String> usedDiagrams = new HashSet<>();
        guide.questions().forEach(q -> {
            q.snippets().forEach(s -> usedSnippets.add(s.file()));
            q.diagrams().forEach(d -> usedDiagrams.add(d.file()));
        });
        assertEquals(files("snippets"), usedSnippets);
        assertEquals(files("diagrams"), usedDiagrams);
        assertTrue(usedDiagrams.size() >= 10, "at least 10 diagrams: " + usedDiagrams.size());
    }

    private static Set<String> files(String folder) throws IOException {
        Path root = CONTENT.resolve(folder);
        try (Stream<Path> files = Files.walk(root)) {
            Set<String> names = new HashSet<>();
            files.filter(Files::isRegularFile).forEach(f -> names.add(root.relativize(f).toString().replace('\\', '/')));
            return names;
        }
    }

    @Test
    @Slow.Heavy
    void theReadmeBuildCommandBuildsTheGuideWithNoWarnings() {
        Cli.Run run = BuiltSites.get("dynamodb").run();
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("", run.err(), "no warnings");
        int questions = guide.questionCount();
        assertTrue(run.out().startsWith("Built " + questions + " questions in 10 categories"), run.out());
    }

    private static int words(String markdown) {
        String prose = markdown.replaceAll("(?s)```.*?```", " ");
        Matcher m = Pattern.compile("[A-Za-z0-9][\\w'’./%-]*").matcher(prose);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
