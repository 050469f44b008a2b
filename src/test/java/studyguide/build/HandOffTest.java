package studyguide.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A value handed from one stage to another is taken once, and the hand-off forgets it. */
class HandOffTest {

    @Test
    void theValueIsTakenOnceAndThenForgotten() {
        List<String> texts = List.of("one", "two");
        HandOff<List<String>> handOff = new HandOff<>(texts);
        assertEquals(texts, handOff.take());
        IllegalStateException again = assertThrows(IllegalStateException.class, handOff::take);
        assertEquals("handed off already", again.getMessage());
    }
}
