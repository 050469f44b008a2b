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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.Main;

/** The benchmark's guide: the same every time, valid for the build, and the shape the issue asks for. */
class SyntheticGuideTest {

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
}
