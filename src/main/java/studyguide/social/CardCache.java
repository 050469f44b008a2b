package studyguide.social;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import studyguide.cache.UserCache;

/**
 * Social cards kept between builds, one PNG per text drawn, named by the SHA-256 of the text, the font's jar,
 * the Java version (its rasteriser draws the glyphs) and the drawing's version, in the user's cache folder
 * ({@code social/}, beside the diagrams). A card takes milliseconds to draw and compress, and a guide has
 * one per page: at 10,000 questions a rebuild would spend most of its time on cards it made before.
 * Like every {@link UserCache}, a folder that cannot be read or written only makes builds slower.
 */
public final class CardCache {

    // Change it when CardPainter draws differently, so that no build takes an old picture for a new one.
    private static final String DRAWING = "studyguide social card 1";

    private static final CardCache NONE = new CardCache(null);

    private final Path folder;
    private final String salt;

    private CardCache(Path folder) {
        this.folder = folder;
        this.salt = folder == null ? "" : DRAWING + "\n" + CardFont.identity() + "\n" + Runtime.version() + "\n";
    }

    /** A cache in {@code folder}. */
    public static CardCache in(Path folder) {
        return new CardCache(folder);
    }

    /** The cache in the user's cache folder ({@link UserCache#folder}, {@code social/}). */
    public static CardCache forUser(Map<String, String> environment) {
        Path folder = UserCache.folder(environment, "social");
        return folder == null ? NONE : in(folder);
    }

    /** No cache: every card is drawn. */
    public static CardCache none() {
        return NONE;
    }

    /** The card kept for this text, or else the one {@code paint} draws, which is then kept. */
    byte[] card(String guide, String title, String detail, Supplier<byte[]> paint) {
        if (folder == null) {
            return paint.get();
        }
        // Each line is prefixed by its length, so that no two texts make the same key.
        Path file = UserCache.file(folder, salt + field(guide) + field(title) + field(detail), ".png");
        byte[] kept = UserCache.read(file);
        if (kept != null) {
            return kept;
        }
        byte[] png = paint.get();
        UserCache.write(file, png);
        return png;
    }

    private static String field(String text) {
        return text == null ? "-\n" : text.length() + ":" + text + "\n";
    }
}
