package studyguide.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.cache.Cache;
import studyguide.markdown.MarkdownRenderer.Fence;
import studyguide.markdown.MarkdownRenderer.Key;
import studyguide.markdown.MarkdownRenderer.Rendered;
import studyguide.markdown.MarkdownRenderer.Warning;

/**
 * A guide's next build finds the Markdown its last one rendered, by every input of the rendering and nothing
 * else; what the last build did not use is gone; a file it cannot read only costs the time of rendering.
 */
class RenderedOnDiskTest {

    @TempDir
    Path temp;

    private static final Key ANSWER = new Key("An *answer* with <b>HTML</b>.", true, "q1-", 3, false);
    private static final Rendered HTML = new Rendered("<p>An <em>answer</em> with <b>HTML</b>. é ✓</p>",
            List.of("An answer with HTML. é ✓"), List.of(new Fence("java", 4)),
            List.of(new Warning(2, 7, "an unclosed <b> element")));
    private static final Key KEY_POINTS = new Key("One\n\n```studyguide-next\n```\n\nTwo", false, "", 1, true);
    private static final Rendered POINTS = new Rendered("<p>One</p>\n<p>Two</p>", List.of("One", "Two"), List.of(),
            List.of());

    @Test
    void theGuidesNextBuildFindsWhatThisOneRendered() throws Exception {
        Path guide = Files.createDirectories(temp.resolve("guide"));
        build(guide, kept -> {
            assertNull(kept.get(ANSWER));
            kept.put(ANSWER, HTML);
            kept.put(KEY_POINTS, POINTS);
        });
        build(guide, kept -> {
            assertEquals(HTML, kept.get(ANSWER), "the HTML, the plain text, the fences and the warnings to report again");
            assertEquals(POINTS, kept.get(KEY_POINTS));
        });
        build(guide.resolve("../guide"), kept -> assertEquals(HTML, kept.get(ANSWER), "the same folder, however named"));
    }

    @Test
    void everyInputOfTheRenderingIsPartOfTheKey() throws Exception {
        Path guide = Files.createDirectories(temp.resolve("guide"));
        build(guide, kept -> kept.put(ANSWER, HTML));
        build(guide, kept -> {
            assertNull(kept.get(new Key("An *answer* with <b>HTML</b>!", true, "q1-", 3, false)), "the text");
            assertNull(kept.get(new Key(ANSWER.text(), false, "q1-", 3, false)), "raw HTML allowed or not");
            assertNull(kept.get(new Key(ANSWER.text(), true, "q2-", 3, false)), "the ids' prefix");
            assertNull(kept.get(new Key(ANSWER.text(), true, "q1-", 2, false)), "the top heading");
            assertNull(kept.get(new Key(ANSWER.text(), true, "q1-", 3, true)), "key points or not");
            assertEquals(HTML, kept.get(ANSWER));
        });
    }

    @Test
    void eachGuideHasItsOwn() throws Exception {
        Path one = Files.createDirectories(temp.resolve("one"));
        Path two = Files.createDirectories(temp.resolve("two"));
        build(one, kept -> kept.put(ANSWER, HTML));
        build(two, kept -> assertNull(kept.get(ANSWER)));
        build(two, kept -> kept.put(KEY_POINTS, POINTS));
        build(one, kept -> assertEquals(HTML, kept.get(ANSWER), "building another guide left this one's"));
    }

    @Test
    void onlyWhatTheLastBuildUsedIsKept() throws Exception {
        Path guide = guideKeepingBoth();
        build(guide, kept -> assertEquals(POINTS, kept.get(KEY_POINTS))); // the answer was edited or deleted
        build(guide, kept -> {
            assertNull(kept.get(ANSWER));
            assertEquals(POINTS, kept.get(KEY_POINTS));
        });
    }

    @Test
    void aDamagedFileIsRenderedAgainAndWrittenWhole() throws Exception {
        Path guide = guideKeepingBoth();
        Path file = onlyFile();
        byte[] bytes = Files.readAllBytes(file);
        for (int cut : new int[] {bytes.length - 3, bytes.length / 2, 10}) {
            byte[] damaged = Arrays.copyOf(bytes, cut);
            Files.write(file, damaged);
            build(guide, kept -> assertNull(kept.get(KEY_POINTS)));
        }
        byte[] absurd = bytes.clone();
        ByteBuffer header = ByteBuffer.wrap(bytes);
        header.position(2 + Short.toUnsignedInt(header.getShort())); // past the format's name
        int code = header.getInt();
        // The first entry: whether there is one, its key's digest, then the length of its HTML, made near 2 billion.
        absurd[header.position() + code + 1 + 32] = (byte) 0x7f;
        Files.write(file, absurd);
        build(guide, kept -> {
            assertNull(kept.get(KEY_POINTS));
            kept.put(ANSWER, HTML);
        });
        build(guide, kept -> assertEquals(HTML, kept.get(ANSWER)));
    }

    @Test
    void aBuildThatStopsBeforeItsMarkdownIsRenderedLeavesTheLastFile() throws Exception {
        Path guide = Files.createDirectories(temp.resolve("guide"));
        build(guide, kept -> kept.put(ANSWER, HTML));
        Cache<Key, Rendered> stopped = RenderedOnDisk.forGuide(temp.resolve("kept"), guide);
        assertEquals(HTML, stopped.get(ANSWER));
        stopped.put(KEY_POINTS, POINTS); // and then a problem in the content: no save
        build(guide, kept -> {
            assertEquals(HTML, kept.get(ANSWER));
            assertNull(kept.get(KEY_POINTS));
        });
    }

    @Test
    void aCacheFolderThatCannotBeWrittenOnlyMisses() throws Exception {
        Path guide = Files.createDirectories(temp.resolve("guide"));
        Path notAFolder = Files.writeString(temp.resolve("not-a-folder"), "x");
        RenderedOnDisk kept = (RenderedOnDisk) RenderedOnDisk.forGuide(notAFolder, guide);
        kept.put(ANSWER, HTML);
        kept.save();
        assertNull(RenderedOnDisk.forGuide(notAFolder, guide).get(ANSWER));
        assertNull(RenderedOnDisk.forGuide(null, guide).get(ANSWER), "no cache folder at all");
    }

    @Test
    void theGuidesBuiltLastAreKept() throws Exception {
        Path newest = null;
        for (int i = 0; i <= RenderedOnDisk.GUIDES_KEPT + 2; i++) {
            newest = Files.createDirectories(temp.resolve("guide-" + i));
            build(newest, kept -> kept.put(ANSWER, HTML));
            try (Stream<Path> files = Files.list(temp.resolve("kept"))) {
                files.forEach(f -> touchBack(f)); // earlier guides' files older than the next one's
            }
        }
        try (Stream<Path> files = Files.list(temp.resolve("kept"))) {
            assertEquals(RenderedOnDisk.GUIDES_KEPT, files.count());
        }
        build(newest, kept -> assertEquals(HTML, kept.get(ANSWER)));
        build(temp.resolve("guide-0"), kept -> assertNull(kept.get(ANSWER), "the longest unused is gone"));
    }

    /** A guide whose last build kept the answer and the key points. */
    private Path guideKeepingBoth() throws Exception {
        Path guide = Files.createDirectories(temp.resolve("guide"));
        build(guide, kept -> {
            kept.put(ANSWER, HTML);
            kept.put(KEY_POINTS, POINTS);
        });
        return guide;
    }

    private interface Use {
        void with(Cache<Key, Rendered> kept) throws Exception;
    }

    /** One build: what it renders or finds, then its save. */
    private void build(Path guide, Use use) throws Exception {
        RenderedOnDisk kept = (RenderedOnDisk) RenderedOnDisk.forGuide(temp.resolve("kept"), guide);
        use.with(kept);
        kept.save();
    }

    private Path onlyFile() throws Exception {
        try (Stream<Path> files = Files.list(temp.resolve("kept"))) {
            List<Path> all = files.toList();
            assertEquals(1, all.size());
            assertTrue(all.get(0).getFileName().toString().endsWith(".markdown"));
            return all.get(0);
        }
    }

    private static void touchBack(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(
                    Files.getLastModifiedTime(file).toMillis() - 60_000));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
