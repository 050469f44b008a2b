package studyguide.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.Main;
import studyguide.Slow;

/** The benchmark's guide: the same every time, valid for the build, and the shape the issue asks for. */
class SyntheticGuideTest {

    private static final Pattern IMAGE_LINK = Pattern.compile("\\(\\.\\./images/(figure-\\d+\\.png)\\)");

    @TempDir
    Path temp;

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static long count(Path folder, String ending) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(ending)).count();
        }
    }

    @Test
    void theSameSizeGivesTheSameFiles() throws IOException {
        SyntheticGuide.write(60, temp.resolve("a"));
        SyntheticGuide.write(60, temp.resolve("b"));
        Map<String, byte[]> a = files(temp.resolve("a"));
        Map<String, byte[]> b = files(temp.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        a.forEach((name, bytes) -> assertTrue(Arrays.equals(bytes, b.get(name)), name));
    }

    @Test
    void theGuideBuildsWithoutProblems() throws IOException {
        Path out = temp.resolve("guide");
        SyntheticGuide.write(60, out);
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = Main.run(new String[] {"build", "--content", out.resolve("content").toString(), "--templates",
            "templates", "--output", temp.resolve("site").toString()}, new PrintWriter(stdout, true), new PrintWriter(stderr, true));
        assertEquals(0, code, stderr::toString);
        assertTrue(stdout.toString().startsWith("Built 60 questions in 8 categories"), stdout.toString());
        String capacity = Files.readString(temp.resolve("site/capacity.html"));
        assertTrue(capacity.contains("id=\"q020-capacity\"") && capacity.contains("<svg"), "the diagram of question 20 is drawn");
    }

    @Test
    void everyQuestionHasTheIssuesShape() throws IOException {
        List<SyntheticGuide.Question> questions = SyntheticGuide.questions(2000);
        for (SyntheticGuide.Question q : questions) {
            assertTrue(q.keyPoints().size() >= 3 && q.keyPoints().size() <= 5, q.id());
            assertTrue(!q.tags().isEmpty() && !q.related().isEmpty(), q.id());
            String prose = q.answer().replaceAll("(?s)```.*?```", "");
            int words = prose.split("\\s+").length;
            assertTrue(words >= 150 && words <= 300, q.id() + " has " + words + " words");
            assertTrue(q.answer().contains("\n- ") && q.answer().contains("```python"), q.id());
        }
        assertEquals(8, questions.stream().map(SyntheticGuide.Question::category).distinct().count());
        assertEquals(3, questions.stream().map(SyntheticGuide.Question::level).distinct().count());
        assertEquals(100, questions.stream().filter(q -> q.snippet() != null && q.diagram() != null).count(),
                "a snippet and a diagram every 20 questions");
    }

    @Test
    void theHugoSiteHasOnePagePerQuestion() throws IOException {
        Path out = temp.resolve("guide");
        SyntheticGuide.write(60, out);
        assertEquals(60 + 8 + 1, count(out.resolve("hugo/content"), ".md"), "questions, sections and home page");
        assertEquals(60, count(out.resolve("content/answers"), ".md"));
        assertEquals(3, count(out.resolve("content/diagrams"), ".puml"));
        assertEquals(3, count(out.resolve("content/snippets"), ".py"));
    }

    @Test
    void neverReplacesAFolderItDidNotWrite() throws IOException {
        Path mine = Files.createDirectories(temp.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "keep me");
        assertThrows(IOException.class, () -> SyntheticGuide.write(10, mine));
        assertEquals("keep me", Files.readString(mine.resolve("notes.txt")));
        Path out = temp.resolve("again");
        SyntheticGuide.write(10, out);
        SyntheticGuide.write(20, out);
        assertEquals(20, count(out.resolve("content/answers"), ".md"));
    }

    @Test
    void answersInlineBuildTheSameSiteAsAnswersInFiles() throws IOException {
        SyntheticGuide.write(60, temp.resolve("files"), SyntheticGuide.Answers.FILES);
        SyntheticGuide.write(60, temp.resolve("inline"), SyntheticGuide.Answers.INLINE);
        assertEquals(0, count(temp.resolve("inline/content"), ".md"), "no answer files");
        for (String shape : List.of("files", "inline")) {
            StringWriter stderr = new StringWriter();
            int code = Main.run(new String[] {"build", "--content", temp.resolve(shape + "/content").toString(),
                "--templates", "templates", "--output", temp.resolve(shape + "-site").toString()},
                    new PrintWriter(new StringWriter(), true), new PrintWriter(stderr, true));
            assertEquals(0, code, stderr::toString);
        }
        Map<String, byte[]> files = files(temp.resolve("files-site"));
        Map<String, byte[]> inline = files(temp.resolve("inline-site"));
        assertEquals(files.keySet(), inline.keySet());
        files.forEach((name, bytes) -> assertTrue(Arrays.equals(bytes, inline.get(name)), name));
    }

    @Test
    void theSameShapeAndSizeGiveTheSameFiles() throws IOException {
        for (SyntheticGuide.Shape shape : SyntheticGuide.Shape.values()) {
            SyntheticGuide.write(shape, 120, temp.resolve(shape + "-a"), SyntheticGuide.Answers.FILES);
            SyntheticGuide.write(shape, 120, temp.resolve(shape + "-b"), SyntheticGuide.Answers.FILES);
            Map<String, byte[]> a = files(temp.resolve(shape + "-a"));
            Map<String, byte[]> b = files(temp.resolve(shape + "-b"));
            assertEquals(a.keySet(), b.keySet(), shape::toString);
            a.forEach((name, bytes) -> assertTrue(Arrays.equals(bytes, b.get(name)), shape + ": " + name));
        }
    }

    @Test
    @Slow.Heavy
    void aMultipleChoiceGuideChecksWithoutProblems() throws IOException {
        Path out = temp.resolve("mc");
        SyntheticGuide.write(SyntheticGuide.Shape.MC, 50, out, SyntheticGuide.Answers.FILES);
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = Main.run(new String[] {"check", "--content", out.resolve("content").toString()},
                new PrintWriter(stdout, true), new PrintWriter(stderr, true));
        assertEquals(0, code, stderr::toString);
        assertTrue(stdout.toString().contains("Checked 50 questions in 50 categories: no problems found."), stdout.toString());
        assertEquals(0, count(out.resolve("content"), ".md"), "no written answers");
    }

    @Test
    void multipleChoiceQuestionsHaveTheIssuesShape() {
        List<SyntheticGuide.Category> categories = SyntheticGuide.categories(90);
        List<SyntheticGuide.Choices.Question> questions = SyntheticGuide.Choices.questions(10_000, categories);
        for (SyntheticGuide.Choices.Question q : questions) {
            assertTrue(q.prompt().contains("\n```"), q.id() + " has code in its prompt");
            assertEquals(4, q.options().size(), q.id());
            long right = q.options().stream().filter(SyntheticGuide.Choices.Option::correct).count();
            assertTrue(right == 1 || right == 2, q.id() + " has " + right + " right options");
            assertTrue(q.options().stream().allMatch(o -> !o.explanation().isBlank()), q.id());
        }
        assertEquals(90, questions.stream().map(SyntheticGuide.Choices.Question::category).distinct().count());
        // Every image is shown from several places, in prompts and explanations.
        Map<String, Integer> shown = new TreeMap<>();
        for (SyntheticGuide.Choices.Question q : questions) {
            StringBuilder text = new StringBuilder(q.prompt());
            q.options().forEach(o -> text.append(o.explanation()));
            Matcher m = IMAGE_LINK.matcher(text);
            while (m.find()) {
                shown.merge(m.group(1), 1, Integer::sum);
            }
        }
        assertEquals(300, shown.size());
        assertTrue(shown.values().stream().allMatch(c -> c >= 6), shown.toString());
    }

    @Test
    void imagesAreDistinctNoiseOf20To300Kb() throws IOException {
        Path out = temp.resolve("mc");
        SyntheticGuide.write(SyntheticGuide.Shape.MC, 400, out, SyntheticGuide.Answers.FILES);
        Map<String, byte[]> images = files(out.resolve("content/images"));
        assertEquals(40, images.size(), "one image per 10 questions");
        assertEquals(40, images.values().stream().map(Arrays::hashCode).distinct().count(), "all different");
        for (var e : images.entrySet()) {
            int size = e.getValue().length;
            assertTrue(size >= 20 * 1024 && size <= 300 * 1024, e.getKey() + " is " + size + " bytes");
        }
        assertEquals(images.keySet(), files(out.resolve("hugo/static/images")).keySet(), "Hugo's copy, once");
    }

    @Test
    @Slow.Heavy
    void aWideGuideHasAHundredCategories() throws IOException {
        Path out = temp.resolve("wide");
        SyntheticGuide.write(SyntheticGuide.Shape.WIDE, 300, out, SyntheticGuide.Answers.INLINE);
        assertEquals(100, count(out.resolve("content/questions"), ".yaml"));
        assertEquals(100, count(out.resolve("hugo/content"), "_index.md") - 1, "a Hugo section per category");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = Main.run(new String[] {"check", "--content", out.resolve("content").toString()},
                new PrintWriter(stdout, true), new PrintWriter(stderr, true));
        assertEquals(0, code, stderr::toString);
        assertTrue(stdout.toString().contains("Checked 300 questions in 100 categories: no problems found."), stdout.toString());
    }
}
