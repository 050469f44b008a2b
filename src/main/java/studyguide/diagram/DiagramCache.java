package studyguide.diagram;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import net.sourceforge.plantuml.version.Version;
import studyguide.cache.Cache;
import studyguide.cache.DiskCache;
import studyguide.cache.UserCache;

/**
 * PlantUML's pictures kept between builds, as SVG ready to inline, one entry per diagram keyed by its source
 * (with the files it includes written in, see {@link DiagramIncludes}), PlantUML's version and the
 * inlining's version, in the user's cache folder (never in the site).
 *
 * <p>PlantUML takes most of a rebuild's time (tens of milliseconds a diagram, plus loading the library),
 * and a diagram's picture depends only on its source and PlantUML's version. Only pictures that
 * rendered without a problem are kept, so errors are always reported.
 */
public final class DiagramCache {

    /** Overrides the cache folder (the diagrams go in its {@code diagrams/} folder). */
    public static final String FOLDER_VARIABLE = UserCache.FOLDER_VARIABLE;

    private static final DiagramCache NONE = new DiagramCache(Cache.none(), "");

    private final Cache<String, byte[]> store;
    private final String salt;

    private DiagramCache(Cache<String, byte[]> store, String salt) {
        this.store = store;
        this.salt = salt;
    }

    /** A cache in {@code store}, for the output of the PlantUML version on the class path. */
    public static DiagramCache of(Cache<String, byte[]> store) {
        // Version holds only constants: asking it does not start PlantUML, which a fully cached build never pays for.
        // "inline 3": the pictures are kept as DiagramRenderer inlines them; change it when that changes.
        return new DiagramCache(store, "plantuml " + Version.versionString() + ", inline 3");
    }

    /** A cache in {@code folder}. */
    public static DiagramCache in(Path folder) {
        return of(DiskCache.in(folder, ".svg"));
    }

    /**
     * The cache in {@code $STUDYGUIDE_CACHE_DIR/diagrams}, else {@code $XDG_CACHE_HOME/studyguide/diagrams},
     * else {@code ~/.cache/studyguide/diagrams}.
     */
    public static DiagramCache forUser(Map<String, String> environment) {
        return of(DiskCache.forUser(environment, "diagrams", ".svg"));
    }

    /** No cache: every diagram is rendered. */
    public static DiagramCache none() {
        return NONE;
    }

    /** The SVG kept for this exact PlantUML source, or null. */
    String get(String source) {
        byte[] svg = store.get(key(source));
        return svg == null ? null : new String(svg, StandardCharsets.UTF_8);
    }

    /** Keeps the SVG of a diagram that rendered without problems. */
    void put(String source, String svg) {
        if (store.keeps()) {
            store.put(key(source), svg.getBytes(StandardCharsets.UTF_8));
        }
    }

    private String key(String source) {
        return salt + "\n" + source;
    }
}
