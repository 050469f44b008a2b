package studyguide.cache;

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

/**
 * The user's cache folder, where builds keep work that is slow to redo (drawn diagrams, rendered PDFs)
 * between processes, and the few file operations every such cache needs.
 *
 * <p>A cache is an optimisation: every method here fails quietly, and a build that cannot read or write
 * the folder works as if it were empty. Deleting the folder at any time is safe.
 */
public final class UserCache {

    /** Overrides the cache folder. */
    public static final String FOLDER_VARIABLE = "STUDYGUIDE_CACHE_DIR";

    private UserCache() {
    }

    /**
     * {@code $STUDYGUIDE_CACHE_DIR/name}, else {@code $XDG_CACHE_HOME/studyguide/name}, else
     * {@code ~/.cache/studyguide/name}; null when none of them is set.
     */
    public static Path folder(Map<String, String> environment, String name) {
        String own = environment.get(FOLDER_VARIABLE);
        String xdg = environment.get("XDG_CACHE_HOME");
        String home = System.getProperty("user.home");
        if (own != null && !own.isBlank()) {
            return Path.of(own, name);
        } else if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "studyguide", name);
        } else if (home != null && !home.isBlank()) {
            return Path.of(home, ".cache", "studyguide", name);
        }
        return null;
    }

    /** The file for a key in a cache folder: two levels, so that no folder holds thousands of files. */
    public static Path file(Path folder, String key, String extension) {
        String hash = sha256(key.getBytes(StandardCharsets.UTF_8));
        return folder.resolve(hash.substring(0, 2)).resolve(hash.substring(2) + extension);
    }

    /** The file's bytes, or null when it does not exist or cannot be read. */
    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Writes the file beside its place and moves it there, so that a build running at the same time never
     * reads half a file. Does nothing when that fails: the next build only does the work again.
     */
    public static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), ".", ".tmp");
            try {
                Files.write(temp, bytes);
                replace(temp, file);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | RuntimeException e) {
            // see above
        }
    }

    /**
     * Moves a file written beside {@code file} into its place, at once where the file system can: a reader
     * sees the old file or the new one, never half of one.
     */
    public static void replace(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The SHA-256 of the bytes, in lower-case hexadecimal. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** A new SHA-256 digest, for input given in parts. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
