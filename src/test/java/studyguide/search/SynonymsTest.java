package studyguide.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A question with one phrase of a group is also indexed under the others, at half the weight. */
class SynonymsTest {

    private final Synonyms gsi = Synonyms.of(
            List.of(new Acronyms.Definition("gsi", List.of("global", "secondary", "index"))), Map.of());

    private static Map<String, Integer> weights(Object... pairs) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return m;
    }

    @Test
    void anAcronymBringsItsWords() {
        assertEquals(weights("gsi", 10, "throttled", 2, "global", 5, "secondary", 5, "index", 5),
                gsi.expand(weights("gsi", 10, "throttled", 2)));
    }

    @Test
    void theWordsBringTheAcronymAtHalfTheSmallestWeightAPluralIncluded() {
        assertEquals(weights("global", 10, "secondary", 4, "indexes", 2, "gsi", 1),
                gsi.expand(weights("global", 10, "secondary", 4, "indexes", 2)));
    }

    @Test
    void someOfTheWordsAreNotEnough() {
        assertEquals(weights("global", 10, "index", 4), gsi.expand(weights("global", 10, "index", 4)));
    }

    @Test
    void aSitesSynonymsAreAGroupToo() {
        Synonyms site = Synonyms.of(List.of(), Map.of("rds", List.of("relational database", "PostgreSQL")));
        assertEquals(List.of(List.of("rds", "relational database", "postgresql")), site.phrases());
        assertEquals(weights("postgresql", 8, "rds", 4, "relational", 4, "database", 4),
                site.expand(weights("postgresql", 8)));
    }
}
