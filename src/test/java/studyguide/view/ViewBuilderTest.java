package studyguide.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ViewBuilderTest {

    @Test
    void optionsAreLetteredLikeSpreadsheetColumns() {
        assertEquals("A", ViewBuilder.letter(0));
        assertEquals("D", ViewBuilder.letter(3));
        assertEquals("Z", ViewBuilder.letter(25));
        assertEquals("AA", ViewBuilder.letter(26));
        assertEquals("AB", ViewBuilder.letter(27));
        assertEquals("BA", ViewBuilder.letter(52));
    }
}
