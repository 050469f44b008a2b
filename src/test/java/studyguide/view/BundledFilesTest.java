package studyguide.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tool's own files are found the same whether it runs from a jar (JBang) or from a folder of classes (Maven). */
class BundledFilesTest {

    private static final Map<String, String> FILES = Map.of(
            "kit/theme/layout.ftlh", "<html>",
            "kit/theme/assets/site.css", "body {}",
            "kit/theme/assets/fonts/a.woff2", "\u0000\u00ff",
            "kit/theme-old/layout.ftlh", "not this folder",
            "kit/other.txt", "nor this file");

    @Test
    void aFolderInAJarHasTheSameFilesAsOnDisk(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("classes");
        for (Map.Entry<String, String> f : FILES.entrySet()) {
            Path file = folder.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, f.getValue(), StandardCharsets.ISO_8859_1);
        }
        Path jar = dir.resolve("tool.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // Folders as entries too, as jar tools write them.
            for (String entry : List.of("kit/", "kit/theme/", "kit/theme/assets/", "kit/theme/assets/fonts/", "kit/theme-old/")) {
                out.putNextEntry(new JarEntry(entry));
                out.closeEntry();
            }
            for (Map.Entry<String, String> f : FILES.entrySet()) {
                out.putNextEntry(new JarEntry(f.getKey()));
                out.write(f.getValue().getBytes(StandardCharsets.ISO_8859_1));
                out.closeEntry();
            }
        }

        Map<String, byte[]> fromFolder = read(folder);
        Map<String, byte[]> fromJar = read(jar);
        assertEquals(List.of("assets/fonts/a.woff2", "assets/site.css", "layout.ftlh"), List.copyOf(fromJar.keySet()),
                "every file under the folder, by relative path, in name order; no folder entry, nothing beside it");
        assertEquals(fromFolder.keySet(), fromJar.keySet());
        fromFolder.forEach((path, bytes) -> assertArrayEquals(bytes, fromJar.get(path), path));
        assertArrayEquals(new byte[] {0, (byte) 0xff}, fromJar.get("assets/fonts/a.woff2"), "bytes as they are");
    }

    private static Map<String, byte[]> read(Path classPath) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classPath.toUri().toURL()}, null)) {
            return BundledFiles.folder(loader, "kit/theme", "layout.ftlh");
        }
    }
}
