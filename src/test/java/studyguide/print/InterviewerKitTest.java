package studyguide.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.Cli;

/**
 * The interviewer kit of a category: each question with what it tests, its key points as boxes to tick (the
 * right options of a multiple-choice question without key points) and its follow-ups, as a page and as
 * PDFs on both papers, linked from the category page; none for the whole guide.
 */
class InterviewerKitTest {

    @TempDir
    static Path temp;

    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path content = temp.resolve("content");
        Files.createDirectories(content.resolve("questions"));
        Files.writeString(content.resolve("site.yaml"), "title: Kit Guide\ndescription: A guide for the kit.\ncategories: [tables]\n");
        Files.writeString(content.resolve("questions/tables.yaml"), """
                title: Tables
                questions:
                  - id: pick-a-key
                    question: How do you pick a partition key?
                    level: basic
                    interviewer_intent: Whether the candidate starts from the access patterns, or from `the table`.
                    key_points:
                      - High cardinality
                      - Even spread of writes
                    follow_ups:
                      - What if one key is hot?
                      - How would you shard it?
                    answer: Start from the access patterns.
                  - id: which-limit
                    question: What is the item size limit?
                    level: intermediate
                    choices:
                      - text: 400 KB
                        correct: true
                      - text: 1 MB
                """);
        site = temp.resolve("site");
        Cli.Run run = Cli.build(content, site);
        assertEquals(0, run.exitCode(), run::toString);
    }

    @Test
    void eachQuestionHasItsIntentKeyPointsToTickAndFollowUps() throws IOException {
        Document kit = Jsoup.parse(site.resolve("print/interviewer-tables.html").toFile());
        assertEquals("Tables — interviewer kit", kit.selectFirst("h1").text());
        Element first = kit.getElementById("pick-a-key");
        assertEquals("1. How do you pick a partition key?", first.selectFirst(".kit-question").text());
        assertEquals("Whether the candidate starts from the access patterns, or from the table.", first.selectFirst(".kit-intent p:not(.kit-label)").text());
        assertEquals(List.of("□ High cardinality", "□ Even spread of writes"), first.select(".kit-points li").eachText());
        assertEquals(List.of("What if one key is hot?", "How would you shard it?"), first.select(".kit-follow-ups li").eachText());
        assertTrue(first.select(".sheet-answer, .answer").isEmpty(), "the model answer is not on the kit");

        Element choice = kit.getElementById("which-limit");
        assertEquals(List.of("□ A 400 KB"), choice.select(".kit-points li").eachText(), "the right option to tick");
        assertTrue(choice.select(".kit-intent, .kit-follow-ups").isEmpty());
    }

    @Test
    void thePdfsOnBothPapersCarryTheKit() throws IOException {
        for (String paper : List.of("a4", "letter")) {
            PdfText pdf = new PdfText(Files.readAllBytes(site.resolve("print/interviewer-tables-" + paper + ".pdf")), 1);
            String text = PdfText.squeeze(pdf.text());
            for (String words : List.of("Whether the candidate starts from the access patterns, or from", "□", "Even spread of writes",
                    "How would you shard it?", "400 KB")) {
                assertTrue(text.contains(PdfText.squeeze(words)), paper + ": " + words);
            }
        }
    }

    @Test
    void theCategoryPageLinksToItAndTheWholeGuideHasNone() throws IOException {
        Document category = Jsoup.parse(site.resolve("tables.html").toFile());
        assertEquals(List.of("print/interviewer-tables.html", "print/interviewer-tables-a4.pdf", "print/interviewer-tables-letter.pdf"),
                category.select(".print-links a[href*=interviewer]").eachAttr("href"));
        Document home = Jsoup.parse(site.resolve("index.html").toFile());
        assertTrue(home.select(".print-links a[href*=interviewer]").isEmpty());
        assertFalse(Files.exists(site.resolve("print/interviewer.html")));
    }
}
