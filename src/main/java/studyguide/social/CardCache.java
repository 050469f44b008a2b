package studyguide.social;

import java.util.function.Supplier;
import studyguide.cache.Cache;

/**
 * Social cards kept between builds, one PNG per text drawn, keyed by the text, the font's jar, the Java
 * version (its rasteriser draws the glyphs) and the drawing's version. The PNGs go to a {@link Cache},
 * on disk in the user's cache folder's {@code social/} ({@code build/Caches#socialCards}), beside the diagrams. A card takes
 * milliseconds to draw and compress, and a guide has one per page: at 10,000 questions a rebuild would
 * spend most of its time on cards it made before.
 */
public final class CardCache {

    // Change it when CardPainter draws differently, so that no build takes an old picture for a new one.
    private static final String DRAWING = "studyguide social card 1";

    private final Cache<String, byte[]> pngs;
    private final String salt;

    private CardCache(Cache<String, byte[]> pngs) {
        this.pngs = pngs;
        this.salt = pngs.keeps() ? DRAWING + "\n" + CardFont.identity() + "\n" + Runtime.version() + "\n" : "";
    }

    /** Cards kept in {@code pngs}, the PNGs by key. */
    public static CardCache over(Cache<String, byte[]> pngs) {
        return new CardCache(pngs);
    }

    /** The card kept for this text, or else the one {@code paint} draws, which is then kept. */
    byte[] card(String guide, String title, String detail, Supplier<byte[]> paint) {
        if (!pngs.keeps()) {
            return paint.get();
        }
        // Each line is prefixed by its length, so that no two texts make the same key.
        String key = salt + field(guide) + field(title) + field(detail);
        byte[] kept = pngs.get(key);
        if (kept != null) {
            return kept;
        }
        byte[] png = paint.get();
        pngs.put(key, png);
        return png;
    }

    private static String field(String text) {
        return text == null ? "-\n" : text.length() + ":" + text + "\n";
    }
}
