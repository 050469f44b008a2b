package studyguide.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.Main;

/** The benchmark's generated guide is valid content, and the same seed gives the same guide. */
class SearchGuideTest {

    @TempDir
    Path temp;

    @Test
    void generatedGuideBuildsWithEveryQuestion() throws IOException {
        SearchGuide.write(temp.resolve("guide"), 24, 7);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"check", "--content", temp.resolve("guide").toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, err::toString);
        List<String> lines = out.toString().strip().lines().toList();
        assertEquals("Checked 24 questions in 8 categories: no problems found.", lines.get(lines.size() - 1));
    }

    @Test
    void sameSeedSameGuide() throws IOException {
        SearchGuide.write(temp.resolve("a"), 16, 7);
        SearchGuide.write(temp.resolve("b"), 16, 7);
        String name = "questions/category-3.yaml";
        byte[] a = Files.readAllBytes(temp.resolve("a").resolve(name));
        assertArrayEquals(a, Files.readAllBytes(temp.resolve("b").resolve(name)));
        assertTrue(a.length > 2 * 2000, "two questions of about 2 KB each");
    }
}
