package studyguide.view;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Files shipped inside the tool itself, on its class path: the default theme ({@code templates/} of
 * the project, copied to {@code studyguide/theme/} by Maven's resources and JBang's {@code //FILES})
 * and the content schemas ({@code docs/schema/}). They are read from there rather than from the
 * current folder, so the built-in theme and {@code init} work wherever the tool is run from.
 */
public final class BundledFiles {

    /** The built-in theme. */
    public static final String THEME = "studyguide/theme";
    /** The content schemas for editors. */
    public static final String SCHEMAS = "studyguide/schema";
    /** What {@code init} writes beside the content: the guide repository's README and Pages workflow. */
    public static final String INIT = "studyguide/init";

    private BundledFiles() {
    }

    /**
     * Every file under a class-path folder, by path relative to it ('/'-separated), in name order.
     *
     * @param known a file that must be in the folder; class loaders find files, not folders
     */
    public static Map<String, byte[]> folder(String folder, String known) throws IOException {
        return folder(BundledFiles.class.getClassLoader(), folder, known);
    }

    /** {@link #folder(String, String)} from {@code loader}'s class path. */
    static Map<String, byte[]> folder(ClassLoader loader, String folder, String known) throws IOException {
        URL url = loader.getResource(folder + "/" + known);
        if (url == null) {
            throw new IOException("the tool was built without " + folder + "/ (its class path has no " + folder + "/" + known + ")");
        }
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        if (uri.getScheme().equals("jar")) {
            // A jar (as JBang and packaged builds run): its entries under the folder, read with JarFile, which the
            // class loader already uses; a zip file system would load and initialise its own classes for this alone,
            // on the build's main thread (docs/performance.md).
            return read(((JarURLConnection) url.openConnection()).getJarFileURL(), folder + "/");
        }
        return read(Path.of(uri).getParent());
    }

    private static Map<String, byte[]> read(URL jarFile, String prefix) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (JarFile jar = new JarFile(Path.of(jarFile.toURI()).toFile())) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        files.put(entry.getName().substring(prefix.length()), in.readAllBytes());
                    }
                }
            }
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        return files;
    }

    private static Map<String, byte[]> read(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
