package studyguide.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReadableWidthTest {

    @Test
    void wideDiagramWithSmallTextNeedsMoreThanAPhone() {
        // The DynamoDB guide's timing diagram: 1,401 px wide, labels of 11 px.
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"1401px\" height=\"416px\">"
                + "<text font-size=\"14\">RCU</text><text font-size=\"11\">t0</text></svg>";
        assertEquals(1147, ReadableWidth.of(svg), "1401 * 9 / 11, rounded up");
    }

    @Test
    void fontSizeInAStyleCountsToo() {
        String svg = "<svg width=\"300\" height=\"100\"><text style=\"font-family:sans;font-size: 6px\">x</text>"
                + "<text font-size=\"12\">y</text></svg>";
        assertEquals(450, ReadableWidth.of(svg), "text of 6 px is readable at 1.5 times the width");
    }

    @Test
    void theRootsWidthNotAnInnerOne() {
        String svg = "<svg viewBox=\"0 0 10 10\" width=\"180px\"><rect width=\"900\"/><text font-size=\"18\">a</text></svg>";
        assertEquals(90, ReadableWidth.of(svg));
    }

    @Test
    void nothingToGoOnIsNoMinimum() {
        assertEquals(0, ReadableWidth.of("<svg viewBox=\"0 0 10 10\"><text font-size=\"12\">a</text></svg>"), "no width");
        assertEquals(0, ReadableWidth.of("<svg width=\"100px\"><rect/></svg>"), "no text");
    }
}
