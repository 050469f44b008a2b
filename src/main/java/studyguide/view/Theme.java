package studyguide.view;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The theme a guide is built with: the tool's built-in theme, with any file of the guide's own theme
 * folder in place of the built-in file of the same path (a template, or an asset under {@code assets/}).
 * A guide needs no theme folder at all; one that has one keeps only the files it changes, so updates to
 * the tool's theme reach it.
 */
public final class Theme {

    private Theme() {
    }

    /** Every file of the theme by its path ('/'-separated): the built-in ones, each replaced by {@code folder}'s own. */
    public static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>(BundledFiles.folder(BundledFiles.THEME, "layout.ftlh"));
        if (Files.isDirectory(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            }
        }
        return files;
    }
}
