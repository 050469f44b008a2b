package studyguide.diagram;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import net.sourceforge.plantuml.version.Version;
import studyguide.cache.UserCache;

/**
 * PlantUML's pictures kept between builds, as SVG ready to inline, one file per diagram named by the
 * SHA-256 of its source (with the files it includes written in, see {@link DiagramIncludes}), PlantUML's
 * version and the inlining's version, in the user's cache folder (never in the site).
 *
 * <p>PlantUML takes most of a rebuild's time (tens of milliseconds a diagram, plus loading the library),
 * and a diagram's picture depends only on its source and PlantUML's version. Only pictures that
 * rendered without a problem are kept, so errors are always reported. The cache is an optimisation:
 * when its folder cannot be read or written the build renders as if it were empty. Deleting the folder
 * at any time is safe.
 */
public final class DiagramCache {

    /** Overrides the cache folder (the diagrams go in its {@code diagrams/} folder). */
    public static final String FOLDER_VARIABLE = UserCache.FOLDER_VARIABLE;

    private static final DiagramCache NONE = new DiagramCache(null, "");

    private final Path folder;
    private final String salt;

    private DiagramCache(Path folder, String salt) {
        this.folder = folder;
        this.salt = salt;
    }

    /** A cache in {@code folder}, for the output of the PlantUML version on the class path. */
    public static DiagramCache in(Path folder) {
        // Version holds only constants: asking it does not start PlantUML, which a fully cached build never pays for.
        // "inline 2": the pictures are kept as DiagramRenderer inlines them; change it when that changes.
        return new DiagramCache(folder, "plantuml " + Version.versionString() + ", inline 3");
    }

    /**
     * The cache in {@code $STUDYGUIDE_CACHE_DIR/diagrams}, else {@code $XDG_CACHE_HOME/studyguide/diagrams},
     * else {@code ~/.cache/studyguide/diagrams}.
     */
    public static DiagramCache forUser(Map<String, String> environment) {
        Path folder = UserCache.folder(environment, "diagrams");
        return folder == null ? NONE : in(folder);
    }

    /** No cache: every diagram is rendered. */
    public static DiagramCache none() {
        return NONE;
    }

    /** The SVG kept for this exact PlantUML source, or null. */
    String get(String source) {
        byte[] svg = folder == null ? null : UserCache.read(file(source));
        return svg == null ? null : new String(svg, StandardCharsets.UTF_8);
    }

    /** Keeps the SVG of a diagram that rendered without problems. */
    void put(String source, String svg) {
        if (folder != null) {
            UserCache.write(file(source), svg.getBytes(StandardCharsets.UTF_8));
        }
    }

    private Path file(String source) {
        return UserCache.file(folder, salt + "\n" + source, ".svg");
    }
}
