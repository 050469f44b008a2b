package studyguide.load;

import java.io.IOException;
import java.nio.file.Path;
import studyguide.problem.Position;
import studyguide.problem.Problems;

/**
 * The one rule for every file a guide reads: with every symbolic link followed, it lies inside the content
 * folder. A linked file or folder (a {@code snippets/} that is a link to the home folder, an answer that
 * is a link to a key file) would otherwise publish a file from outside the guide in its pages and exports.
 *
 * @param real the content folder with every link in its own path followed
 */
public record ContentRoot(Path real) {

    /** The root of {@code content}, which must exist. */
    public static ContentRoot of(Path content) throws IOException {
        return new ContentRoot(content.toRealPath());
    }

    /** Whether {@code folder}, with every link in its path followed, lies inside the content folder; false when it cannot be told. */
    public boolean holds(Path folder) {
        try {
            return folder.toRealPath().startsWith(real);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether {@code file} (which exists) lies inside the content folder once its links are followed;
     * when it does not, or cannot be told, the problem is recorded at {@code at}, naming {@code name}.
     */
    public boolean admits(Path file, String name, Position at, Problems problems) {
        try {
            if (file.toRealPath().startsWith(real)) {
                return true;
            }
            problems.add(at, "'" + name + "' is a link to a file outside the content folder; copy the file into the guide instead");
        } catch (IOException e) {
            problems.add(at, "could not read '" + name + "': " + e.getMessage());
        }
        return false;
    }
}
