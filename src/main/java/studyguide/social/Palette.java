package studyguide.social;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.IndexColorModel;
import java.util.HashMap;
import java.util.Map;

/**
 * A card's picture cut down to a palette: the background and, for each ink, 3 shades between it and the
 * ink (what anti-aliased text on a flat background is made of). A PNG of one byte a pixel is a third of the
 * size of a true-colour one and several times faster to compress.
 *
 * <p>Written here because Java2D, asked to draw into or convert to an indexed image, dithers, which adds
 * noise that PNG compresses badly; here each distinct colour of the picture (a few hundred) is matched to its
 * nearest shade once.
 */
final class Palette {

    // 3 shades look, at four times the size, like 63, and make a card 20 % smaller than 15 did (17 KB of a
    // four-line title, against 22 KB; 26 KB with 63). Packed 4 bits a pixel, the PNG was neither smaller nor faster.
    private static final int SHADES = 3;

    private final IndexColorModel model;
    private final int[] colours;

    /** A palette of {@code background} and up to four inks. */
    Palette(Color background, Color... inks) {
        if (inks.length * SHADES + 1 > 256) {
            throw new IllegalArgumentException("at most " + 255 / SHADES + " inks");
        }
        colours = new int[1 + inks.length * SHADES];
        colours[0] = background.getRGB() & 0xffffff;
        for (int k = 0; k < inks.length; k++) {
            for (int s = 1; s <= SHADES; s++) {
                colours[k * SHADES + s] = blend(background, inks[k], s / (double) SHADES);
            }
        }
        byte[] r = new byte[colours.length];
        byte[] g = new byte[colours.length];
        byte[] b = new byte[colours.length];
        for (int i = 0; i < colours.length; i++) {
            r[i] = (byte) (colours[i] >> 16);
            g[i] = (byte) (colours[i] >> 8);
            b[i] = (byte) colours[i];
        }
        model = new IndexColorModel(8, colours.length, r, g, b);
    }

    /** The picture (of {@link BufferedImage#TYPE_INT_RGB}) in this palette, each pixel the nearest of its colours. */
    BufferedImage apply(BufferedImage rgb) {
        BufferedImage indexed = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_BYTE_INDEXED, model);
        byte[] out = ((DataBufferByte) indexed.getRaster().getDataBuffer()).getData();
        int[] pixels = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
        Map<Integer, Byte> nearest = new HashMap<>();
        int last = colours[0];
        byte lastIndex = 0;
        for (int i = 0; i < pixels.length; i++) {
            // Most pixels are the background or the same as the one before: no look-up for them.
            int pixel = pixels[i] & 0xffffff;
            if (pixel != last) {
                last = pixel;
                lastIndex = nearest.computeIfAbsent(pixel, this::nearest);
            }
            out[i] = lastIndex;
        }
        return indexed;
    }

    private byte nearest(int rgb) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < colours.length; i++) {
            long d = square((rgb >> 16 & 0xff) - (colours[i] >> 16 & 0xff)) + square((rgb >> 8 & 0xff) - (colours[i] >> 8 & 0xff))
                    + square((rgb & 0xff) - (colours[i] & 0xff));
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return (byte) best;
    }

    private static long square(int x) {
        return (long) x * x;
    }

    private static int blend(Color from, Color to, double amount) {
        int r = (int) Math.round(from.getRed() + (to.getRed() - from.getRed()) * amount);
        int g = (int) Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * amount);
        int b = (int) Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * amount);
        return r << 16 | g << 8 | b;
    }
}
