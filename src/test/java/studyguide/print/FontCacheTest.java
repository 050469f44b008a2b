package studyguide.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.cache.UserCache;
import studyguide.output.OutputFile;

/** A build takes a font's subset from the cache only for the very characters it was cut down to. */
class FontCacheTest {

    private static final Set<Integer> ARROWS = Set.of(0x2192, 0x2014);
    private static final String MONO = "assets/fonts/DejaVuSansMono.ttf";

    private static byte[] font(List<OutputFile> files, String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().bytes();
    }

    /** The entry a build keeps for the mono font, found as the cache's only entry that holds its bytes. */
    private static Path entryOf(Path folder, byte[] font) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> {
                try {
                    byte[] entry = Files.readAllBytes(f);
                    return entry.length > font.length && Arrays.equals(entry, entry.length - font.length,
                            entry.length, font, 0, font.length);
                } catch (IOException e) {
                    return false;
                }
            }).findFirst().orElseThrow();
        }
    }

    @Test
    void aCachedBuildGivesTheSameFontsAsOneWithoutCache(@TempDir Path folder) throws IOException {
        List<OutputFile> uncached = PrintFonts.collect(ARROWS, FontCache.none());
        List<OutputFile> first = PrintFonts.collect(ARROWS, FontCache.in(folder));
        List<OutputFile> second = PrintFonts.collect(ARROWS, FontCache.in(folder));
        assertEquals(7, second.size());
        for (int i = 0; i < uncached.size(); i++) {
            assertEquals(uncached.get(i).path(), second.get(i).path());
            assertArrayEquals(uncached.get(i).bytes(), first.get(i).bytes(), uncached.get(i).path());
            assertArrayEquals(uncached.get(i).bytes(), second.get(i).bytes(), uncached.get(i).path());
        }
        try (Stream<Path> entries = Files.walk(folder)) {
            assertEquals(PrintFonts.FILES.size(), entries.filter(f -> f.toString().endsWith(".ttf")).count());
        }
    }

    @Test
    void theKeptSubsetIsUsedForTheSameCharactersOnly(@TempDir Path folder) throws IOException {
        byte[] real = font(PrintFonts.collect(ARROWS, FontCache.in(folder)), MONO);
        // Replace the kept bytes with ones no subsetter made, with a matching checksum: a build that
        // returns them took them from the cache.
        byte[] marker = "not a font, but kept".getBytes(StandardCharsets.US_ASCII);
        Path entry = entryOf(folder, real);
        Files.write(entry, ("studyguide font subset 1 " + UserCache.sha256(marker) + "\n")
                .getBytes(StandardCharsets.US_ASCII));
        Files.write(entry, marker, StandardOpenOption.APPEND);

        assertArrayEquals(marker, font(PrintFonts.collect(ARROWS, FontCache.in(folder)), MONO));
        Set<Integer> more = new TreeSet<>(ARROWS);
        more.add(0x2713); // a check mark: another set of characters, another subset
        byte[] other = font(PrintFonts.collect(more, FontCache.in(folder)), MONO);
        assertFalse(Arrays.equals(marker, other));
        assertArrayEquals(font(PrintFonts.collect(more, FontCache.none()), MONO), other);
    }

    @Test
    void aDamagedEntryIsSubsetAgain(@TempDir Path folder) throws IOException {
        byte[] real = font(PrintFonts.collect(ARROWS, FontCache.in(folder)), MONO);
        Path entry = entryOf(folder, real);
        byte[] damaged = Files.readAllBytes(entry);
        damaged[damaged.length - 10] ^= 0x55;
        Files.write(entry, damaged);
        assertArrayEquals(real, font(PrintFonts.collect(ARROWS, FontCache.in(folder)), MONO));
        Files.write(entry, new byte[] {'x'});
        assertArrayEquals(real, font(PrintFonts.collect(ARROWS, FontCache.in(folder)), MONO));
        entryOf(folder, real); // the damaged entry was replaced by a good one (throws when there is none)
    }

    @Test
    void aFolderThatCannotBeWrittenOnlyMakesBuildsSlower(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("a file, not a folder");
        Files.writeString(file, "x");
        List<OutputFile> fonts = PrintFonts.collect(ARROWS, FontCache.in(file));
        assertArrayEquals(font(PrintFonts.collect(ARROWS, FontCache.none()), MONO), font(fonts, MONO));
    }

    @Test
    void charactersAreNamedAsRanges() {
        assertEquals("", FontCache.ranges(new TreeSet<>()));
        assertEquals("41", FontCache.ranges(new TreeSet<>(Set.of(0x41))));
        assertEquals("20-22,7e,a0-a1,2022", FontCache.ranges(new TreeSet<>(Set.of(0x20, 0x21, 0x22, 0x7e, 0xa0, 0xa1,
                0x2022))));
        assertEquals("1,3", FontCache.ranges(new TreeSet<>(Set.of(1, 3))));
    }
}
