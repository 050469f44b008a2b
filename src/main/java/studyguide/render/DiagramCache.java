package studyguide.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import net.sourceforge.plantuml.version.Version;

/**
 * PlantUML's pictures kept between builds, as SVG ready to inline, one file per diagram named by the
 * SHA-256 of its source, PlantUML's version and the inlining's version, in the user's cache folder
 * (never in the site).
 *
 * <p>PlantUML takes most of a rebuild's time (tens of milliseconds a diagram, plus loading the library),
 * and a diagram's picture depends only on its source and PlantUML's version. Only pictures that
 * rendered without a problem are kept, so errors are always reported. The cache is an optimisation:
 * when its folder cannot be read or written the build renders as if it were empty. Deleting the folder
 * at any time is safe.
 */
public final class DiagramCache {

    /** Overrides the cache folder (the diagrams go in its {@code diagrams/} folder). */
    public static final String FOLDER_VARIABLE = "STUDYGUIDE_CACHE_DIR";

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
        return new DiagramCache(folder, "plantuml " + Version.versionString() + ", inline 2");
    }

    /**
     * The cache in {@code $STUDYGUIDE_CACHE_DIR/diagrams}, else {@code $XDG_CACHE_HOME/studyguide/diagrams},
     * else {@code ~/.cache/studyguide/diagrams}.
     */
    public static DiagramCache forUser(Map<String, String> environment) {
        String own = environment.get(FOLDER_VARIABLE);
        String xdg = environment.get("XDG_CACHE_HOME");
        String home = System.getProperty("user.home");
        Path base;
        if (own != null && !own.isBlank()) {
            base = Path.of(own);
        } else if (xdg != null && !xdg.isBlank()) {
            base = Path.of(xdg, "studyguide");
        } else if (home != null && !home.isBlank()) {
            base = Path.of(home, ".cache", "studyguide");
        } else {
            return NONE;
        }
        return in(base.resolve("diagrams"));
    }

    /** No cache: every diagram is rendered. */
    public static DiagramCache none() {
        return NONE;
    }

    /** The SVG kept for this exact PlantUML source, or null. */
    String get(String source) {
        if (folder == null) {
            return null;
        }
        try {
            return Files.readString(file(source), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null; // not cached, or unreadable: render it
        }
    }

    /** Keeps the SVG of a diagram that rendered without problems. */
    void put(String source, String svg) {
        if (folder == null) {
            return;
        }
        try {
            Path file = file(source);
            Files.createDirectories(file.getParent());
            // Written beside and moved into place, so a concurrent build never reads half a file.
            Path temp = Files.createTempFile(file.getParent(), ".", ".tmp");
            try {
                Files.writeString(temp, svg, StandardCharsets.UTF_8);
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | RuntimeException e) {
            // A cache that cannot be written only makes the next build slower.
        }
    }

    private Path file(String source) {
        String hash = sha256(salt + "\n" + source);
        return folder.resolve(hash.substring(0, 2)).resolve(hash.substring(2) + ".svg");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
