package studyguide.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studyguide.BuiltSites;
import studyguide.Cli;
import studyguide.RandomPieces;

/**
 * Flashcards and the mock interview carry no cards themselves: each category's prompts and options are in
 * {@code cards/<category>.js}, which the pages load when a card needs it (the quiz fixture guide).
 */
class CardScriptsTest {

    static Path site;

    @BeforeAll
    static void build() {
        site = BuiltSites.get("quiz").root();
    }

    @Test
    void theCardsAreEscapedForTheScriptAsJacksonEscapesAJsonString() {
        List<String> pieces = List.of("<p class=\"x\">", "a\\b", "\n", "\r\n", "\t", "\u0000", "\u0001", "\u001f", "\b", "\f",
                "\u007f", "é", "—", "中文", "😀", "\u2028", "</script>", "'", "/", "plain text ");
        Random random = new Random(11);
        JsonStringEncoder jackson = JsonStringEncoder.getInstance();
        for (int round = 0; round < 5_000; round++) {
            String text = RandomPieces.joined(random, pieces, 20);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CardScripts.quoted(text.getBytes(StandardCharsets.UTF_8), out);
            assertEquals(new String(jackson.quoteAsString(text)), out.toString(StandardCharsets.UTF_8), text);
        }
    }

    @Test
    void thePagesNameTheCategoriesWithCardsAndHoldNoneThemselves() throws IOException {
        for (String page : List.of("flashcards.html", "interview.html")) {
            Document doc = Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
            assertTrue(doc.select("template").isEmpty(), page);
            Element loader = doc.selectFirst("script[src=assets/cards.js]");
            assertEquals("closures async", loader.attr("data-categories"), page);
        }
    }

    @Test
    void aCategorysScriptHandsOverTheRenderedPromptAndOptionsOfItsQuestionsOnly() throws IOException {
        Document closures = cards("closures");
        assertEquals(List.of("closure-counter", "loop-closure-output"),
                closures.select("template[data-card]").eachAttr("data-card"), "questions without a prompt or options have no card");
        Element counter = closures.selectFirst("template[data-card=closure-counter]");
        assertTrue(counter.selectFirst(".question-prompt code").text().contains("function makeCounter()"), counter::html);
        assertEquals(List.of("A", "B", "C", "D"), counter.select("fieldset.mc .mc-option").eachAttr("data-letter"));
        assertEquals("true", counter.selectFirst(".mc-option[data-letter=A]").attr("data-correct"));
        assertFalse(cards("async").html().contains("closure-counter"));
    }

    @Test
    void aCategoryWithoutPromptsOptionsOrFollowUpsHasNoCardScript() throws IOException {
        Path small = BuiltSites.of(Cli.SMALL_GUIDE).root();
        Document doc = Jsoup.parse(small.resolve("flashcards.html").toFile(), "UTF-8");
        assertEquals("storage", doc.selectFirst("script[src=assets/cards.js]").attr("data-categories"),
                "queries has none of them; storage has a follow-up");
        assertFalse(Files.exists(small.resolve("cards/queries.js")));
        String storage = Files.readString(small.resolve("cards/storage.js"));
        assertTrue(storage.contains("<ul class=\\\"card-follow-ups\\\" hidden><li>How is a partition split?</li></ul>"),
                "the follow-ups go hidden into the card, for the mock interview: " + storage);
    }

    /** The HTML a category's script hands to {@code studyguideCards.add}, which must be its only statement. */
    private static Document cards(String category) throws IOException {
        String script = Files.readString(site.resolve("cards/" + category + ".js"));
        String start = "window.studyguideCards.add(\"" + category + "\", ";
        assertTrue(script.startsWith(start), script);
        assertTrue(script.endsWith(");\n"), script);
        String html = new ObjectMapper().readValue(script.substring(start.length(), script.length() - 3), String.class);
        return Jsoup.parseBodyFragment(html);
    }
}
