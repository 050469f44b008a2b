package studyguide.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import studyguide.problem.Position;
import studyguide.problem.Problems;
import studyguide.problem.Suggestions;

/**
 * One sub-folder of the content ({@code snippets/}, {@code diagrams/}), resolving the paths that
 * questions name inside it and refusing any that would leave it.
 *
 * @param root the folder on disk
 * @param shownAs the folder as printed in messages, e.g. {@code content/snippets}
 * @param content the content folder, which every file must lie in once links are followed (the folder
 *     itself may be a link: then its files are outside too)
 */
record ContentFolder(Path root, Path shownAs, ContentRoot content) {

    /** The file named by {@code name}, or null (with a problem at {@code at}) when it is missing or outside. */
    Path resolve(String name, Position at, Problems problems) {
        if (name.startsWith("/") || name.contains("\\") || name.contains(":")) {
            problems.add(at, "'" + name + "' must be a relative path inside " + shownAs + "/ written with '/'");
            return null;
        }
        Path base = root.toAbsolutePath().normalize();
        Path file = base.resolve(name).normalize();
        if (!file.startsWith(base) || file.equals(base)) {
            problems.add(at, "'" + name + "' leaves the " + shownAs + "/ folder");
            return null;
        }
        if (!Files.isRegularFile(file)) {
            String folder = root.getFileName() + "/";
            String inside = name.startsWith(folder) ? name.substring(folder.length()) : null;
            Path meant = inside == null ? null : base.resolve(inside).normalize();
            String hint = meant != null && meant.startsWith(base) && Files.isRegularFile(meant)
                    ? "; paths are relative to " + folder + ", so write '" + inside + "'"
                    : nearest(name);
            problems.add(at, "file '" + name + "' not found in " + shownAs + "/" + hint);
            return null;
        }
        return content.admits(file, name, at, problems) ? file : null;
    }

    /** How {@code file} (inside this folder) is printed in messages. */
    Path shown(Path file) {
        return shownAs.resolve(root.toAbsolutePath().normalize().relativize(file));
    }

    private String nearest(String name) {
        if (!Files.isDirectory(root)) {
            return " (the folder does not exist)";
        }
        try (Stream<Path> files = Files.walk(root)) {
            List<String> names = files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
            return Suggestions.didYouMean(name, names);
        } catch (IOException e) {
            return "";
        }
    }
}
