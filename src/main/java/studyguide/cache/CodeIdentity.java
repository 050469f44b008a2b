package studyguide.cache;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which code a cached value was made by, for a cache whose values depend on more than a library's version
 * (this program's own rendering code): the SHA-256 of where each class given was loaded from. A jar counts
 * by its path, size and time of change (a jar is replaced, not edited in place, and reading a whole jar each
 * build would cost more than it tells); a folder of classes ({@code mvn compile}, the tests) by the bytes of
 * every class file in it, as a compiler rewrites some of them in place.
 */
public final class CodeIdentity {

    private CodeIdentity() {
    }

    /** The identity of the code of these classes, or null when one of them cannot be located (nothing then can be cached by it). */
    public static String of(Class<?>... classes) {
        Set<Path> sources = new LinkedHashSet<>();
        for (Class<?> type : classes) {
            Path source = source(type);
            if (source == null) {
                return null;
            }
            sources.add(source);
        }
        return of(sources);
    }

    /** The identity of the code in these jars and folders of classes, or null when one cannot be read. */
    static String of(Collection<Path> sources) {
        try {
            MessageDigest digest = UserCache.sha256();
            for (Path source : sources) {
                add(digest, source);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Path source(Class<?> type) {
        try {
            CodeSource code = type.getProtectionDomain().getCodeSource();
            return code == null || code.getLocation() == null ? null : Path.of(code.getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static void add(MessageDigest digest, Path source) throws IOException {
        digest.update(bytes(source.toString() + "\n"));
        if (!Files.isDirectory(source)) {
            digest.update(bytes(Files.size(source) + " " + Files.getLastModifiedTime(source).toMillis() + "\n"));
            return;
        }
        List<Path> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(source)) {
            files.filter(f -> f.getFileName().toString().endsWith(".class")).forEach(classes::add);
        }
        classes.sort(null);
        for (Path file : classes) {
            digest.update(bytes(source.relativize(file) + "\n"));
            digest.update(Files.readAllBytes(file));
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
