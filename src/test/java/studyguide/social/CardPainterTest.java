package studyguide.social;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** A social card as a link preview shows it: a PNG of Open Graph's size, with text, the same for the same text. */
class CardPainterTest {

    private static final int WHITE = 0xffffff;
    private static final int TITLE_INK = 0x1f2328;

    @Test
    void aCardIsAPngOfOpenGraphsSize() throws IOException {
        BufferedImage card = read(CardPainter.paint("DynamoDB Guide", "What is a GSI?", "Indexes"));
        assertEquals(1200, card.getWidth());
        assertEquals(630, card.getHeight());
    }

    @Test
    void theSameTextGivesTheSameBytes() {
        assertArrayEquals(CardPainter.paint("Guide", "What is a GSI?", "Indexes"),
                CardPainter.paint("Guide", "What is a GSI?", "Indexes"));
    }

    @Test
    void theTitleIsDrawnInTheTextColourAndALongerOneTakesMoreLines() throws IOException {
        BufferedImage shortTitle = read(CardPainter.paint("Guide", "Short", null));
        BufferedImage longTitle = read(CardPainter.paint("Guide", "A title long enough to need a second line and "
                + "then a third one on the card", null));
        // The title's first line is at y 170-250; a second line starts at about 260.
        assertTrue(hasInk(shortTitle, 170, 250, TITLE_INK));
        assertFalse(hasInk(shortTitle, 262, 480, TITLE_INK));
        assertTrue(hasInk(longTitle, 262, 480, TITLE_INK));
    }

    @Test
    void aVeryLongTitleStopsAboveTheRule() throws IOException {
        BufferedImage card = read(CardPainter.paint("Guide", "word ".repeat(200), "Category"));
        assertFalse(hasInk(card, 470, 499, TITLE_INK), "nothing of the title reaches the rule at y 500");
        assertTrue(hasInk(card, 400, 470, TITLE_INK), "the fourth line is drawn");
    }

    @Test
    void aCardWithoutDetailLeavesTheBottomLineEmpty() throws IOException {
        BufferedImage card = read(CardPainter.paint("Guide", "Title", null));
        for (int y = 510; y < 630; y++) {
            for (int x = 0; x < 1200; x++) {
                assertEquals(WHITE, card.getRGB(x, y) & 0xffffff, "pixel " + x + "," + y);
            }
        }
    }

    private static BufferedImage read(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** Whether any pixel between the rows has the colour exactly (a glyph's inside). */
    private static boolean hasInk(BufferedImage image, int fromY, int toY, int rgb) {
        for (int y = fromY; y <= toY; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    return true;
                }
            }
        }
        return false;
    }
}
