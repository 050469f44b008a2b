package studyguide.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.output.OutputFile;

/**
 * A one-off build writes its site into a new folder, but a file with exactly the bytes of the previous site's
 * file at its path is that same file in the new site (a hard link), not a new one; everything else is as if
 * every file were written.
 */
class PreviousSiteTest {

    @TempDir
    Path temp;

    @Test
    void aFileWithTheSameBytesIsTheSameFileAndAChangedOneIsNew() throws IOException {
        Path site = temp.resolve("site");
        write(site, Map.of("a.html", "same", "sub/b.html", "first", "gone.html", "gone"));
        Object same = key(site.resolve("a.html"));
        Object changed = key(site.resolve("sub/b.html"));

        write(site, Map.of("a.html", "same", "sub/b.html", "fir5t", "new.html", "new"));
        assertEquals(same, key(site.resolve("a.html")), "the same bytes: the previous site's file");
        assertNotEquals(changed, key(site.resolve("sub/b.html")));
        assertEquals("fir5t", Files.readString(site.resolve("sub/b.html")), "the same size, other bytes: written");
        assertEquals(List.of("", OutputFolder.MARKER, "a.html", "new.html", "sub", "sub/b.html"), files(site));
        assertEquals(1, links(site.resolve("a.html")), "the old site's name for it is gone with the old site");
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aStreamIsComparedAsItIsWrittenWhereverItDiffers() throws IOException {
        Random random = new Random(7);
        byte[] old = new byte[300_000];
        random.nextBytes(old);
        Map<String, byte[]> variants = new LinkedHashMap<>();
        variants.put("same", old.clone());
        variants.put("first byte", changedAt(old, 0));
        variants.put("middle", changedAt(old, 150_001));
        variants.put("last byte", changedAt(old, old.length - 1));
        variants.put("shorter", java.util.Arrays.copyOf(old, old.length - 1));
        variants.put("longer", java.util.Arrays.copyOf(old, old.length + 1));
        variants.put("empty", new byte[0]);
        for (Map.Entry<String, byte[]> variant : variants.entrySet()) {
            Path site = temp.resolve(variant.getKey());
            stream(site, old);
            Object before = key(site.resolve("media/f.bin"));

            stream(site, variant.getValue());
            assertArrayEquals(variant.getValue(), Files.readAllBytes(site.resolve("media/f.bin")), variant.getKey());
            assertEquals(variant.getKey().equals("same"), before.equals(key(site.resolve("media/f.bin"))),
                    variant.getKey() + ": linked only when every byte is the same");
        }
    }

    @Test
    void aStreamWrittenByteByByteIsComparedToo() throws IOException {
        Path site = temp.resolve("site");
        stream(site, "abcdef".getBytes(StandardCharsets.UTF_8));
        Object before = key(site.resolve("media/f.bin"));
        for (String bytes : List.of("abcdef", "abcdeX")) {
            try (SiteWriter writer = SiteWriter.open(site, WrittenFiles.none())) {
                try (OutputStream out = writer.create("media/f.bin")) {
                    for (byte b : bytes.getBytes(StandardCharsets.UTF_8)) {
                        out.write(b);
                    }
                }
                writer.commit();
            }
            assertEquals(bytes, Files.readString(site.resolve("media/f.bin")));
            assertEquals(bytes.equals("abcdef"), before.equals(key(site.resolve("media/f.bin"))));
        }
    }

    @Test
    void aLinkInThePreviousSiteIsNeitherReadNorKept() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("secret.html"), "same");
        Path site = temp.resolve("site");
        write(site, Map.of("a.html", "same", "sub/b.html", "same"));
        Files.delete(site.resolve("a.html"));
        Files.createSymbolicLink(site.resolve("a.html"), outside.resolve("secret.html"));
        SiteWriter.deleteTree(site.resolve("sub"));
        Files.createSymbolicLink(site.resolve("sub"), outside);
        Files.writeString(outside.resolve("b.html"), "same");
        Object secret = key(outside.resolve("secret.html"));
        Object b = key(outside.resolve("b.html"));

        write(site, Map.of("a.html", "same", "sub/b.html", "same"));
        for (String file : List.of("a.html", "sub", "sub/b.html")) {
            assertFalse(Files.isSymbolicLink(site.resolve(file)), file);
        }
        assertNotEquals(secret, key(site.resolve("a.html")), "a file outside the site is never made part of it");
        assertNotEquals(b, key(site.resolve("sub/b.html")));
        assertEquals("same", Files.readString(site.resolve("sub/b.html")));
        assertEquals("same", Files.readString(outside.resolve("secret.html")));
        assertEquals("same", Files.readString(outside.resolve("b.html")));
        assertEquals(1, links(outside.resolve("secret.html")));
    }

    @Test
    void aFolderNoStudyguideBuildWroteIsNotUsed() throws IOException {
        Path site = temp.resolve("site");
        write(site, Map.of("a.html", "same"));
        Files.delete(site.resolve(OutputFolder.MARKER));
        Object before = key(site.resolve("a.html"));

        write(site, Map.of("a.html", "same"));
        assertNotEquals(before, key(site.resolve("a.html")));
    }

    @Test
    void aBuildThatDoesNotCommitLeavesThePreviousSiteWhole() throws IOException {
        Path site = temp.resolve("site");
        write(site, Map.of("a.html", "same", "b.html", "b"));
        Object before = key(site.resolve("a.html"));
        try (SiteWriter writer = SiteWriter.open(site, WrittenFiles.none())) {
            writer.add(OutputFile.text("a.html", "same"));
            try (OutputStream out = writer.create("b.html")) {
                out.write("b".getBytes(StandardCharsets.UTF_8));
            }
            writer.add(OutputFile.text("c.html", "c"));
            // the build fails here: no commit
        }
        assertEquals(List.of("", OutputFolder.MARKER, "a.html", "b.html"), files(site));
        assertEquals(before, key(site.resolve("a.html")));
        assertEquals(1, links(site.resolve("a.html")), "the failed build's name for it went with its folder");
        assertEquals(List.of(), leftovers());
    }

    private static byte[] changedAt(byte[] bytes, int at) {
        byte[] changed = bytes.clone();
        changed[at]++;
        return changed;
    }

    private static void write(Path site, Map<String, String> files) throws IOException {
        try (SiteWriter writer = SiteWriter.open(site, WrittenFiles.none())) {
            for (Map.Entry<String, String> f : new LinkedHashMap<>(files).entrySet()) {
                writer.add(OutputFile.text(f.getKey(), f.getValue()));
            }
            writer.commit();
        }
    }

    /** Writes {@code media/f.bin} as a stream, in pieces of several sizes, as a template or a copy does. */
    private static void stream(Path site, byte[] bytes) throws IOException {
        try (SiteWriter writer = SiteWriter.open(site, WrittenFiles.none())) {
            try (OutputStream out = writer.create("media/f.bin")) {
                int at = 0;
                for (int piece = 1; at < bytes.length; piece = piece * 3 % 70_001 + 1) {
                    int n = Math.min(piece, bytes.length - at);
                    out.write(bytes, at, n);
                    at += n;
                }
            }
            writer.commit();
        }
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> !n.equals("site") && !n.equals("outside")).toList();
        }
    }

    private static List<String> files(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.map(f -> site.relativize(f).toString()).sorted().toList();
        }
    }

    private static Object key(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
    }

    private static int links(Path file) throws IOException {
        return (Integer) Files.getAttribute(file, "unix:nlink");
    }
}
