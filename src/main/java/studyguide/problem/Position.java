package studyguide.problem;

import java.nio.file.Path;

/**
 * A place in a content file: the file and a 1-based line and column (0 when not known).
 *
 * @param file the file, relative to the folder the user named where possible
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when not known
 */
public record Position(Path file, int line, int column) {

    /** A position that names only a file. */
    public static Position of(Path file) {
        return new Position(file, 0, 0);
    }

    /** The same file, {@code lines} lines further down (used for text embedded in a larger file). */
    public Position plusLines(int lines) {
        return new Position(file, line + lines, column);
    }

    @Override
    public String toString() {
        String name = file.toString().replace('\\', '/');
        if (line <= 0) {
            return name;
        }
        return column <= 0 ? name + ":" + line : name + ":" + line + ":" + column;
    }
}
