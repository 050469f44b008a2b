package studyguide.social;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The PNG writer's files read back, by ImageIO, as the very pixels written. */
class PngWriterTest {

    @Test
    void aPaletteImageReadsBackPixelForPixel() throws IOException {
        BufferedImage rgb = new BufferedImage(7, 5, BufferedImage.TYPE_INT_RGB);
        int[] inks = {0xffffff, 0x1f2328, 0x0550ae};
        for (int y = 0; y < 5; y++) {
            for (int x = 0; x < 7; x++) {
                rgb.setRGB(x, y, inks[(x * 3 + y) % 3]);
            }
        }
        BufferedImage indexed = new Palette(Color.WHITE, new Color(0x1f2328), new Color(0x0550ae)).apply(rgb);

        BufferedImage read = ImageIO.read(new ByteArrayInputStream(PngWriter.write(indexed)));

        assertEquals(7, read.getWidth());
        assertEquals(5, read.getHeight());
        for (int y = 0; y < 5; y++) {
            for (int x = 0; x < 7; x++) {
                assertEquals(rgb.getRGB(x, y) & 0xffffff, read.getRGB(x, y) & 0xffffff, x + "," + y);
            }
        }
    }
}
