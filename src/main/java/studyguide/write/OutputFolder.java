package studyguide.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Decides whether a folder may be replaced by a build: never the content or templates folder, nothing
 * inside or around them, and no non-empty folder the build did not create itself (it leaves a marker).
 */
public final class OutputFolder {

    /** The marker file a build leaves in its output, so the next build knows the folder is its own. */
    public static final String MARKER = ".studyguide-output";

    private OutputFolder() {
    }

    /** Throws when building into {@code output} could destroy files that are not a previous build's. */
    public static void check(Path output, List<Path> protectedFolders) throws UnsafeOutputException {
        Path out = real(output);
        for (Path folder : protectedFolders) {
            Path p = real(folder);
            if (out.equals(p) || out.startsWith(p)) {
                throw new UnsafeOutputException("refusing to write the site to " + output + ": it is or lies inside "
                        + folder + ", which the build reads; choose another --output");
            }
            if (p.startsWith(out)) {
                throw new UnsafeOutputException("refusing to write the site to " + output + ": it contains " + folder
                        + ", which the build reads, and the output folder is replaced on every build; choose another --output");
            }
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UnsafeOutputException("refusing to write the site to " + output + ": it is a file, not a folder");
        }
        for (Path above = out.getParent(); above != null; above = above.getParent()) {
            if (Files.exists(above) && !Files.isDirectory(above)) {
                throw new UnsafeOutputException("cannot write the site to " + output + ": " + above
                        + " is a file, not a folder; choose another --output");
            }
        }
        if (Files.isDirectory(out) && !Files.exists(out.resolve(MARKER)) && !isEmpty(out)) {
            throw new UnsafeOutputException("refusing to replace " + output + ": it is not empty and was not written by"
                    + " studyguide (no " + MARKER + " file in it); choose another --output or empty it yourself");
        }
    }

    /** The absolute path with links resolved for the part that exists, so two spellings of a folder compare equal. */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }

    private static boolean isEmpty(Path folder) throws UnsafeOutputException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UnsafeOutputException("cannot read " + folder + ": " + e.getMessage());
        }
    }
}
