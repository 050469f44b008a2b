package studyguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import studyguide.Slow;

/**
 * A category of more than 50 questions links {@code long-category.css}, which lets the browser render only
 * the questions near the viewport; a shorter one is laid out whole. Both pages stay valid HTML (the link
 * sits in the body, where a stylesheet may).
 */
@Slow.Validator
class LongCategoryPageTest {

    @Test
    void onlyACategoryOfMoreThanFiftyQuestionsRendersItsQuestionsLazily(@TempDir Path temp) throws IOException {
        Path content = temp.resolve("content");
        Files.createDirectories(content.resolve("questions"));
        Files.writeString(content.resolve("site.yaml"), "title: Long and short\ndescription: A long category and a short one.\ncategories: [long, short]\n");
        category(content, "long", 51);
        category(content, "short", 50);
        Path site = temp.resolve("site");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"build", "--content", content.toString(), "--output", site.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, out + "\n" + err);

        String link = "<link rel=\"stylesheet\" href=\"assets/long-category.css\">";
        assertTrue(Files.readString(site.resolve("long.html")).contains(link), "51 questions: rendered near the viewport only");
        assertFalse(Files.readString(site.resolve("short.html")).contains(link), "50 questions: laid out whole");
        assertTrue(Files.readString(site.resolve("assets/long-category.css")).contains("content-visibility: auto"));
        HtmlChecker checker = new HtmlChecker();
        assertEquals(List.of(), checker.errors(site.resolve("long.html")));
        assertEquals(List.of(), checker.errors(site.resolve("short.html")));
    }

    private static void category(Path content, String id, int questions) throws IOException {
        StringBuilder yaml = new StringBuilder("title: " + id + "\nquestions:\n");
        for (int i = 1; i <= questions; i++) {
            yaml.append("  - id: ").append(id).append('-').append(i)
                    .append("\n    question: Question ").append(i).append(" of ").append(id).append("?\n");
        }
        Files.writeString(content.resolve("questions").resolve(id + ".yaml"), yaml);
    }
}
