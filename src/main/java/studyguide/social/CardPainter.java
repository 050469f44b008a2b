package studyguide.social;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Draws a social card: a 1200×630 PNG in the site's light colours with the guide's title at the top, the
 * page's title large in the middle (three lines, or four in a smaller size, then an ellipsis) and a detail
 * line (the category, or a count) at the bottom. Flat colours and one typeface keep the PNG small.
 */
final class CardPainter {

    /** The size Open Graph and Twitter's large card ask for (1.91:1). */
    static final int WIDTH = 1200;
    static final int HEIGHT = 630;

    // The light theme's colours (templates/assets/style.css: --bg, --fg, --muted, --accent, --border).
    private static final Color BACKGROUND = new Color(0xffffff);
    private static final Color TEXT = new Color(0x1f2328);
    private static final Color MUTED = new Color(0x57606a);
    private static final Color ACCENT = new Color(0x0550ae);
    private static final Color BORDER = new Color(0xd0d7de);

    // BORDER is drawn as a flat rectangle: its one colour is the border ink's fullest shade.
    private static final Palette PALETTE = new Palette(BACKGROUND, TEXT, MUTED, ACCENT, BORDER);

    private static final int MARGIN = 80;
    private static final int TEXT_WIDTH = WIDTH - 2 * MARGIN;

    private CardPainter() {
    }

    /**
     * The card as PNG bytes; {@code guide} and {@code detail} may be null. Same text, same bytes (on the same Java version:
     * its rasteriser draws the glyphs).
     */
    static byte[] paint(String guide, String title, String detail) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(ACCENT);
            g.fillRect(0, 0, WIDTH, 16);

            if (guide != null) {
                g.setFont(CardFont.bold(34));
                g.setColor(ACCENT);
                drawLines(g, Lines.wrap(guide, width(g.getFontMetrics()), TEXT_WIDTH, 1), 120, 0);
            }

            List<String> lines = titleLines(g, title);
            FontMetrics titleFont = g.getFontMetrics();
            g.setColor(TEXT);
            drawLines(g, lines, 170 + titleFont.getAscent(), Math.round(titleFont.getHeight() * 1.05f));

            g.setColor(BORDER);
            g.fillRect(MARGIN, 500, TEXT_WIDTH, 2);
            if (detail != null) {
                g.setFont(CardFont.regular(34));
                g.setColor(MUTED);
                drawLines(g, Lines.wrap(detail, width(g.getFontMetrics()), TEXT_WIDTH, 1), 566, 0);
            }
        } finally {
            g.dispose();
        }
        return PngWriter.write(PALETTE.apply(image));
    }

    /** The title in the largest size at which it fits in three lines, else in four lines with an ellipsis; sets the font. */
    private static List<String> titleLines(Graphics2D g, String title) {
        g.setFont(CardFont.bold(68));
        List<String> lines = Lines.wrap(title, width(g.getFontMetrics()), TEXT_WIDTH, 4);
        if (lines.size() <= 3) {
            return lines;
        }
        g.setFont(CardFont.bold(56));
        return Lines.wrap(title, width(g.getFontMetrics()), TEXT_WIDTH, 4);
    }

    private static void drawLines(Graphics2D g, List<String> lines, int baseline, int lineHeight) {
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), MARGIN, baseline + i * lineHeight);
        }
    }

    private static Lines.Width width(FontMetrics metrics) {
        return text -> metrics.getStringBounds(text, null).getWidth();
    }
}
