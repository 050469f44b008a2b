package studyguide.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.cache.Memo;
import studyguide.output.OutputFile;

/**
 * A rebuild in {@code serve} updates the site it wrote last in place: unchanged files stay, changed ones are
 * replaced, files no longer made go; a build that fails leaves the site as it was. (A one-off build writes a new
 * folder: {@link PreviousSiteTest}.)
 */
class WrittenFilesTest {

    @TempDir
    Path temp;

    @Test
    void unchangedFilesStayAndChangedOnesAreReplaced() throws IOException {
        WrittenFiles written = new WrittenFiles(new Memo<>());
        Path site = temp.resolve("site");
        write(site, written, Map.of("a.html", "same", "sub/b.html", "first"));
        Object same = key(site.resolve("a.html"));
        Object changed = key(site.resolve("sub/b.html"));

        write(site, written, Map.of("a.html", "same", "sub/b.html", "second"));
        assertEquals(same, key(site.resolve("a.html")), "the same bytes: the same file, left in place");
        assertNotEquals(changed, key(site.resolve("sub/b.html")));
        assertEquals("second", Files.readString(site.resolve("sub/b.html")));
        assertEquals("same", Files.readString(site.resolve("a.html")));
        assertEquals(List.of(), leftovers(), "no staging folder is left beside the site");
    }

    @Test
    void aFileNoLongerMadeIsDeletedWithTheFolderItLeavesEmpty() throws IOException {
        WrittenFiles written = new WrittenFiles(new Memo<>());
        Path site = temp.resolve("site");
        write(site, written, Map.of("a.html", "a", "gone/deeper/b.html", "b", "gone/c.html", "c"));
        write(site, written, Map.of("a.html", "a", "gone/c.html", "c"));
        assertFalse(Files.exists(site.resolve("gone/deeper")));
        assertTrue(Files.exists(site.resolve("gone/c.html")));

        write(site, written, Map.of("a.html", "a"));
        assertFalse(Files.exists(site.resolve("gone")));
        try (Stream<Path> files = Files.walk(site)) {
            assertEquals(List.of("", OutputFolder.MARKER, "a.html"),
                    files.map(f -> site.relativize(f).toString()).sorted().toList());
        }
    }

    @Test
    void aFileEditedInTheOutputFolderIsWrittenAgain() throws IOException {
        WrittenFiles written = new WrittenFiles(new Memo<>());
        Path site = temp.resolve("site");
        write(site, written, Map.of("a.html", "same", "sub/b.html", "first"));
        Files.writeString(site.resolve("a.html"), "edited by hand, longer than before");

        write(site, written, Map.of("a.html", "same", "sub/b.html", "first"));
        assertEquals("same", Files.readString(site.resolve("a.html")));
    }

    @Test
    void aBuildThatDoesNotCommitLeavesTheSiteItWouldHaveUpdated() throws IOException {
        WrittenFiles written = new WrittenFiles(new Memo<>());
        Path site = temp.resolve("site");
        write(site, written, Map.of("a.html", "a", "b.html", "b"));
        try (SiteWriter writer = SiteWriter.open(site, written)) {
            writer.add(OutputFile.text("a.html", "changed"));
            writer.add(OutputFile.text("new.html", "new"));
            // the build fails here: no commit
        }
        assertEquals("a", Files.readString(site.resolve("a.html")));
        assertEquals("b", Files.readString(site.resolve("b.html")));
        assertFalse(Files.exists(site.resolve("new.html")));
        assertEquals(List.of(), leftovers());

        write(site, written, Map.of("a.html", "a"));
        assertFalse(Files.exists(site.resolve("b.html")), "the failed build did not make the record forget b.html");
    }

    @Test
    void aSiteFolderDeletedBetweenBuildsIsWrittenWhole() throws IOException {
        WrittenFiles written = new WrittenFiles(new Memo<>());
        Path site = temp.resolve("site");
        write(site, written, Map.of("a.html", "a", "sub/b.html", "b"));
        SiteWriter.deleteTree(site);

        write(site, written, Map.of("a.html", "a", "sub/b.html", "b"));
        assertEquals("a", Files.readString(site.resolve("a.html")));
        assertEquals("b", Files.readString(site.resolve("sub/b.html")));
    }

    @Test
    void aFileWrittenAsAStreamIsWrittenAgainAndDeletedWhenNoLongerMade() throws IOException {
        WrittenFiles written = new WrittenFiles(new Memo<>());
        Path site = temp.resolve("site");
        for (String image : List.of("first", "second")) {
            try (SiteWriter writer = SiteWriter.open(site, written)) {
                writer.add(OutputFile.text("a.html", "a"));
                try (OutputStream out = writer.create("media/figure.png")) {
                    out.write(image.getBytes(StandardCharsets.UTF_8));
                }
                writer.commit();
            }
            assertEquals(image, Files.readString(site.resolve("media/figure.png")));
        }
        write(site, written, Map.of("a.html", "a"));
        assertFalse(Files.exists(site.resolve("media")));
    }

    @Test
    void aPageIsKeptWithoutItsBytesOnlyWhileItIsTheFileInPlace() throws IOException {
        WrittenFiles written = new WrittenFiles(new Memo<>());
        Path site = temp.resolve("site");
        Object page;
        try (SiteWriter writer = SiteWriter.open(site, written)) {
            page = writer.addKeepable(OutputFile.text("p.html", "page"));
            writer.commit();
        }
        try (SiteWriter writer = SiteWriter.open(site, written)) {
            assertTrue(writer.keep("p.html", page));
            writer.commit();
        }
        assertEquals("page", Files.readString(site.resolve("p.html")), "kept: still in the site after the build");

        Object notCommitted;
        try (SiteWriter writer = SiteWriter.open(site, written)) {
            notCommitted = writer.addKeepable(OutputFile.text("p.html", "a build that failed"));
        }
        try (SiteWriter writer = SiteWriter.open(site, written)) {
            assertFalse(writer.keep("p.html", notCommitted), "what a failed build wrote is not the file in place");
            assertFalse(writer.keep("other.html", page), "nor is a page at another path");
            assertTrue(writer.keep("p.html", page));
            writer.commit();
        }

        Files.writeString(site.resolve("p.html"), "edited by hand, longer than before");
        try (SiteWriter writer = SiteWriter.open(site, written)) {
            assertFalse(writer.keep("p.html", page), "a file edited in the output folder is made again");
        }
    }

    @Test
    void aPageEditedBeforeTheBuildStartsIsFoundByTheLookAheadAndMadeAgain() throws IOException {
        WrittenFiles written = new WrittenFiles(new Memo<>());
        Path site = temp.resolve("site");
        Map<String, Object> kept = keepable(site, written, Map.of("p.html", "page", "q.html", "other"));
        Object page = kept.get("p.html");
        Object other = kept.get("q.html");

        Files.writeString(site.resolve("p.html"), "edited by hand, longer than before");
        WrittenFiles.Look look = written.lookAhead(site);
        assertEquals(Set.of("p.html"), look.changed(), "the look found the edited file and only that one");
        try (SiteWriter writer = SiteWriter.open(site, written, look)) {
            assertFalse(writer.keep("p.html", page), "edited before the build: made again");
            assertTrue(writer.keep("q.html", other));
        }
    }

    @Test
    void theBuildGoesByItsLookAheadAndNotByALookFromBeforeACommit() throws IOException {
        WrittenFiles written = new WrittenFiles(new Memo<>());
        Path site = temp.resolve("site");
        Object page = keepable(site, written, Map.of("p.html", "page")).get("p.html");

        WrittenFiles.Look look = written.lookAhead(site);
        assertEquals(Set.of(), look.changed());
        Files.writeString(site.resolve("p.html"), "edited by hand after the look");
        try (SiteWriter writer = SiteWriter.open(site, written, look)) {
            assertTrue(writer.keep("p.html", page),
                    "the build keeps what its look found in place; the next build's look finds the edit");
        }

        keepable(site, written, Map.of("p.html", "page"));
        WrittenFiles.Look before = written.lookAhead(site);
        assertEquals(Set.of(), before.changed());
        Object again = keepable(site, written, Map.of("p.html", "page")).get("p.html");
        Files.writeString(site.resolve("p.html"), "edited by hand, longer than before");
        try (SiteWriter writer = SiteWriter.open(site, written, before)) {
            assertFalse(writer.keep("p.html", again), "a look at the files of an earlier commit is not used");
        }
    }

    @Test
    void aOneOffBuildLooksAtNothing() throws IOException {
        Path site = temp.resolve("site");
        write(site, WrittenFiles.none(), Map.of("a.html", "a"));
        assertEquals(Set.of(), WrittenFiles.none().lookAhead(site).changed());
    }

    /** Writes pages that a later build may keep, and commits; returns what keeps each, by its path. */
    private static Map<String, Object> keepable(Path site, WrittenFiles written, Map<String, String> pages)
            throws IOException {
        Map<String, Object> kept = new LinkedHashMap<>();
        try (SiteWriter writer = SiteWriter.open(site, written)) {
            for (Map.Entry<String, String> p : new LinkedHashMap<>(pages).entrySet()) {
                kept.put(p.getKey(), writer.addKeepable(OutputFile.text(p.getKey(), p.getValue())));
            }
            writer.commit();
        }
        return kept;
    }

    private static void write(Path site, WrittenFiles written, Map<String, String> files) throws IOException {
        try (SiteWriter writer = SiteWriter.open(site, written)) {
            for (Map.Entry<String, String> f : new LinkedHashMap<>(files).entrySet()) {
                writer.add(OutputFile.text(f.getKey(), f.getValue()));
            }
            writer.commit();
        }
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.equals("site")).toList();
        }
    }

    private static Object key(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }
}
