package studyguide.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studyguide.model.Placeholders;

class LabelsTest {

    @Test
    void everyLanguageHasEveryKeyWithTheSamePlaceholders() {
        Map<String, String> english = Labels.bundle("en");
        for (String language : Labels.LANGUAGES) {
            Map<String, String> words = Labels.bundle(language);
            assertEquals(english.keySet(), words.keySet(), language + ": the same keys as English");
            english.forEach((key, en) -> {
                String translated = words.get(key);
                assertTrue(!translated.isBlank(), language + ": " + key + " is empty");
                String mismatch = Placeholders.in(en).mismatch(translated);
                assertNull(mismatch, language + ": " + key + " " + mismatch);
            });
        }
    }

    @Test
    void aCountedPhraseHasBothForms() {
        for (String key : Labels.keys()) {
            if (key.endsWith("_one")) {
                String base = key.substring(0, key.length() - 4);
                assertTrue(Labels.keys().contains(base + "_other"), base + "_other");
            }
            if (key.endsWith("_other")) {
                assertTrue(Labels.keys().contains(key.replaceAll("_other$", "_one")), key + " without _one");
            }
        }
    }

    @Test
    void wordsComeFromTheLanguageThenItsBaseLanguageThenEnglish() {
        assertEquals("Antwort zeigen", Labels.of("de", Map.of()).get("show_answer"));
        assertEquals("答えを表示", Labels.of("ja", Map.of()).get("show_answer"));
        assertEquals("Mostrar resposta", Labels.of("pt-BR", Map.of()).get("show_answer"));
        assertEquals("显示答案", Labels.of("zh-Hans", Map.of()).get("show_answer"));
        assertEquals("Show answer", Labels.of("nl", Map.of()).get("show_answer"));
        assertEquals("Show answer", Labels.of("en-GB", Map.of()).get("show_answer"));
    }

    @Test
    void theGuidesOwnWordsWin() {
        Labels labels = Labels.of("de", Map.of("show_answer", "Lösung zeigen"));
        assertEquals("Lösung zeigen", labels.get("show_answer"));
        assertEquals("Antwort verbergen", labels.get("hide_answer"));
        assertNull(labels.get("no_such_label"));
    }

    @Test
    void countsTakeTheLanguagesPluralFormAndNumbers() {
        Labels en = Labels.of("en", Map.of());
        assertEquals("1 question", en.count("question_count", 1));
        assertEquals("0 questions", en.count("question_count", 0));
        assertEquals("1,234 questions", en.count("question_count", 1234));
        Labels fr = Labels.of("fr", Map.of());
        assertEquals("0 question", fr.count("question_count", 0));
        assertEquals("2 questions", fr.count("question_count", 2));
        assertEquals("1.234 Fragen", Labels.of("de", Map.of()).count("question_count", 1234));
        assertEquals("1 問", Labels.of("ja", Map.of()).count("question_count", 1));
    }

    @Test
    void placeholdersAreFilledByName() {
        Labels ja = Labels.of("ja", Map.of());
        assertEquals("studyguide で作成", ja.format("built_with", "generator", "studyguide"));
        assertEquals("Questions from {source}", Labels.of("en", Map.of()).format("questions_from"));
    }

    /** The words' script is named by its words, so a browser that kept an earlier build's never shows stale words. */
    @Test
    void theWordsScriptHoldsTheOverridesAndIsNamedByThem() {
        Labels plain = Labels.of("de", Map.of());
        Labels own = Labels.of("de", Map.of("show_answer", "Lösung zeigen"));
        assertTrue(plain.file().matches("assets/words-[0-9a-f]{12}\\.js"), plain.file());
        assertEquals(plain.file(), Labels.of("de", Map.of()).file());
        assertNotEquals(plain.file(), own.file());
        assertNotEquals(plain.file(), Labels.of("fr", Map.of()).file());
        assertTrue(own.script().contains("window.studyguideWords = {"), own.script());
        assertTrue(own.script().contains("\"show_answer\":\"Lösung zeigen\""), own.script());
        assertTrue(plain.script().contains("\"show_answer\":\"Antwort zeigen\""), plain.script());
    }

    @Test
    void theWordsScriptCannotEndAnElementItIsInlinedInto() {
        String script = Labels.of("en", Map.of("show_answer", "</script><!--")).script();
        assertTrue(script.contains("\"show_answer\":\"\\u003c/script\\u003e\\u003c!--\""), script);
    }

    @Test
    void theScriptsJsonCannotEndItsElement() {
        String json = Labels.of("en", Map.of("show_answer", "</script><b>")).json();
        assertTrue(json.contains("\"show_answer\":\"\\u003c/script\\u003e\\u003cb\\u003e\""), json);
    }

    @Test
    void theDocsListEveryLabel() throws IOException {
        String docs = Files.readString(Path.of("docs/languages.md"));
        for (String key : Labels.keys()) {
            assertTrue(docs.contains("| `" + key + "` |"), "docs/languages.md lists " + key);
        }
    }
}
