package studyguide.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
}
