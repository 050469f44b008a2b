package studyguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every id on a page names one element, so anchors, footnotes and labels reach what they name. */
class PageIdsTest {

    @TempDir
    Path temp;

    /** Builds a guide of one category file and returns its site. */
    private Path built(String category, String yaml) throws IOException {
        Path content = temp.resolve("content");
        Files.createDirectories(content.resolve("questions"));
        Files.writeString(content.resolve("site.yaml"), "title: Ids\ndescription: Ids on a page.\n");
        Files.writeString(content.resolve("questions/" + category + ".yaml"), yaml);
        Path site = temp.resolve("site");
        Cli.Run run = Cli.build(content, site);
        assertEquals(0, run.exitCode(), run::toString);
        return site;
    }

    /** The ids that name more than one element of a page. */
    private static List<String> twice(Document page) {
        List<String> twice = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Element e : page.select("[id]")) {
            if (!seen.add(e.id())) {
                twice.add(e.id());
            }
        }
        return twice;
    }

    @Test
    void anAnswersHeadingsLeaveTheQuestionsOwnPartsTheirIds() throws IOException {
        Path site = built("c", """
                title: C
                questions:
                  - id: q
                    question: Which one?
                    choices:
                      - text: One
                        correct: true
                      - text: Two
                    answer: |
                      ## Title

                      ## Body

                      ## Pick A

                      See [the notes](#notes).

                      ## Notes
                """);

        for (String name : List.of("c.html", "c/q.html")) {
            Document page = Jsoup.parse(site.resolve(name).toFile(), "UTF-8");
            assertEquals(List.of(), twice(page), name);
            // The notes field keeps its label, the answer button its body, the option its input.
            assertEquals("textarea", page.getElementById("q--notes").tagName(), name);
            assertEquals("div", page.getElementById("q--body").tagName(), name);
            assertEquals("input", page.getElementById("q--pick-A").tagName(), name);
            assertEquals("Notes", page.getElementById("q--notes-section").text(), name);
            assertEquals("#q--notes-section", page.selectFirst("a:containsOwn(the notes)").attr("href"), name);
        }
    }

    @Test
    void aQuestionWithItsCategorysIdKeepsItsFootnotesAndHeadingsApartFromTheSummarys() throws IOException {
        Path site = built("gsi", """
                title: GSI
                summary: |
                  A summary with a note.[^1]

                  ## Overview

                  [^1]: The summary's note.
                questions:
                  - id: gsi
                    question: What is a GSI?
                    answer: |
                      An answer with a note.[^1]

                      ## Overview

                      [^1]: The answer's note.
                """);

        Document page = Jsoup.parse(site.resolve("gsi.html").toFile(), "UTF-8");
        assertEquals(List.of(), twice(page));
        // Each footnote reference leads to its own text.
        Element answerRef = page.selectFirst("article#gsi sup a[href^=#]");
        Element summaryRef = page.selectFirst(".summary sup a[href^=#]");
        assertNotEquals(answerRef.attr("href"), summaryRef.attr("href"));
        assertTrue(page.getElementById(answerRef.attr("href").substring(1)).text().contains("The answer's note."),
                page.getElementById(answerRef.attr("href").substring(1)).outerHtml());
        assertTrue(page.getElementById(summaryRef.attr("href").substring(1)).text().contains("The summary's note."),
                page.getElementById(summaryRef.attr("href").substring(1)).outerHtml());
    }
}
