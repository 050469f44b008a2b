package studyguide.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each rule by which the build splits text into search terms (search.js splits queries the same way). */
class SearchTermsTest {

    @Test
    void wordsAreFoldedAndLowerCasedAndStopWordsAndSingleLettersLeftOut() {
        assertEquals(List.of("cafe", "put", "item", "3", "000"), SearchTerms.of("The café; put_item: a 3,000"));
    }

    @Test
    void aCamelCaseWordIsAlsoFoundByItsParts() {
        assertEquals(List.of("batchwriteitem", "batch", "write", "item"), SearchTerms.of("BatchWriteItem"));
    }

    @Test
    void anAcronymsPluralIsAlsoTheAcronym() {
        assertEquals(List.of("gsis", "gsi", "wcus", "wcu"), SearchTerms.of("GSIs and WCUs"));
        assertEquals(List.of("items"), SearchTerms.of("items"), "only an upper-case word with a plural s");
    }

    @Test
    void digitsGluedToAUnitAreAlsoApartAndANumberBeforeAUnitIsAlsoGlued() {
        assertEquals(List.of("400kb", "400", "kb"), SearchTerms.of("400KB"));
        assertEquals(List.of("400", "kb", "400kb"), SearchTerms.of("400 KB"));
        assertEquals(List.of("25", "items"), SearchTerms.of("25 items"), "a word longer than a unit is not glued");
    }

    @Test
    void aNumberOfAnyScriptIsGluedToAUnitOfLettersOfAnyScript() {
        assertEquals(List.of("٣", "ms", "٣ms"), SearchTerms.of("٣ ms"), "Arabic-Indic digits");
        assertEquals(List.of("10", "μs", "10μs"), SearchTerms.of("10 µs"), "the micro sign, folded to the Greek letter");
        assertEquals(List.of("xii", "kb"), SearchTerms.of("Ⅻ kb"), "a letter-like number is folded to letters first");
        assertEquals(List.of("0", "dzs", "0dzs"), SearchTerms.of("𝟘 ǅs"), "characters beyond the first plane");
        assertEquals(List.of("10", "k2"), SearchTerms.of("10 k2"), "a unit is letters only");
        assertEquals(List.of("x1", "ms"), SearchTerms.of("x1 ms"), "a number is digits only");
    }

    @Test
    void hyphenatedWordsAreAlsoGluedStopWordsIncluded() {
        assertEquals(List.of("demand", "ondemand", "auto", "scaling", "autoscaling"), SearchTerms.of("on-demand auto-scaling"));
        assertEquals(List.of("demand"), SearchTerms.of("on - demand"), "a hyphen between spaces is a dash");
    }

    @Test
    void cjkTextIsIndexedAsOverlappingPairsOfCharacters() {
        assertEquals(List.of("nosql", "no", "sql", "数据", "据库"), SearchTerms.of("NoSQL数据库"));
        assertEquals(List.of("分区", "区键", "键是", "是什", "什么"), SearchTerms.of("分区键是什么？"));
        assertEquals(List.of("キー", "ーを", "を選", "選ふ"), SearchTerms.of("キーを選ぶ"), "voiced marks are folded as accents are");
        assertEquals(List.of("表"), SearchTerms.of("表"), "a character alone is a term");
        assertEquals(List.of("テー", "ーフ", "フル"), SearchTerms.of("テーブル"), "the prolonged sound mark is part of the word; marks are folded as accents are");
    }

    @Test
    void acronymsAreLearnedFromTheTextInEitherOrder() {
        assertEquals(List.of(new Acronyms.Definition("gsi", List.of("global", "secondary", "index"))),
                Acronyms.in("A global secondary index (GSI) has its own keys."));
        assertEquals(List.of(new Acronyms.Definition("ttl", List.of("time", "live"))), Acronyms.in("Time to Live (TTL)"),
                "stop words among the words");
        assertEquals(List.of(new Acronyms.Definition("pitr", List.of("point", "time", "recovery"))),
                Acronyms.in("point-in-time recovery (PITR)"), "hyphenated words count by their parts");
        assertEquals(List.of(new Acronyms.Definition("dlq", List.of("dead", "letter", "queue"))),
                Acronyms.in("a DLQ (dead letter queue)"), "the acronym first");
        assertEquals(List.of(), Acronyms.in("the metrics (CPU) we watched"), "letters that spell nothing before them");
    }

    @Test
    void foldingDropsEveryMarkOfTheDecomposedTextWhateverElseTheTextHolds() {
        assertEquals(List.of("cafe", "creme"), SearchTerms.of("cafe\u0301 — cre\u0300me"), "marks already decomposed");
        assertEquals(List.of("demand", "ondemand", "fast"), SearchTerms.of("on-demand — \u201cfast\u201d"),
                "punctuation beyond ASCII, nothing to fold");
        // Folding as decomposing every text and removing its marks with an expression, over texts of ASCII,
        // punctuation, accented letters precomposed and decomposed, compatibility characters, CJK and an emoji.
        Pattern marks = Pattern.compile("\\p{M}+");
        String[] pieces = {"a", "Z", "9", " ", "-", "\u2014", "\u2019", "\u00e9", "e\u0301", "\u0301", "\u00b5", "\u216b",
            "\ufb01", "\u30d6", "\u30d5\u3099", "\u6570", "\ud83d\ude00", "\u00c5", "\u20dd", "\u0903"};
        Random random = new Random(7);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            assertEquals(marks.matcher(Normalizer.normalize(t, Normalizer.Form.NFKD)).replaceAll(""), SearchTerms.fold(t), t);
        }
    }
}
