package studyguide.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The one rule for every file the import writes or removes: a name relative to the content folder, without
 * a {@code ..} segment, whose folder lies inside the content folder once every symbolic link is followed.
 * The record that names the files to replace and remove ships in someone else's guide repository, and so
 * may a link inside the content folder ({@code answers} leading to the home folder): neither may make the
 * import write or delete a file elsewhere.
 *
 * @param real the content folder with every link in its path followed (for a folder not made yet, its
 *     nearest existing ancestor's real path and the rest of the name)
 */
record ContentPaths(Path content, Path real) {

    static ContentPaths of(Path content) throws IOException {
        return new ContentPaths(content, real(content.toAbsolutePath().normalize()));
    }

    /** Why the import may not write or remove {@code name}, or null when it may. */
    String refusal(String name) {
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            return "'" + name + "' is not a file name";
        }
        if (name.isEmpty() || path.isAbsolute() || name.startsWith("/") || name.contains("\\")) {
            return "'" + name + "' is not a path relative to the content folder";
        }
        for (Path part : path) {
            if (part.toString().equals("..") || part.toString().equals(".")) {
                return "'" + name + "' has a '" + part + "' segment, which could lead outside the content folder";
            }
        }
        try {
            if (!real(content.toAbsolutePath().normalize().resolve(path).getParent()).startsWith(real)) {
                return "'" + name + "' lies in a folder that is a link to outside the content folder";
            }
        } catch (IOException e) {
            return "'" + name + "' cannot be checked (" + e.getMessage() + ")";
        }
        return null;
    }

    /**
     * {@code path} with every link followed: its nearest existing ancestor's real path, then the names not
     * made yet. A link to nothing counts as existing, so that its real path fails instead of being passed over.
     */
    private static Path real(Path path) throws IOException {
        Path existing = path;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        return existing == null ? path : existing.toRealPath().resolve(existing.relativize(path));
    }
}
