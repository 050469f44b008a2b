package studyguide.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The watcher hands a burst of changes over as one set, and tells its listener of changes made meanwhile. */
@Timeout(60)
class SourceWatcherTest {

    @TempDir
    Path folder;

    @Test
    void filesSavedTogetherAreOneBurst() throws Exception {
        BlockingQueue<Set<Path>> bursts = new LinkedBlockingQueue<>();
        try (SourceWatcher watcher = new SourceWatcher(Set.of(folder), burst -> bursts.add(burst.paths()))) {
            Files.writeString(folder.resolve("a.md"), "a");
            Files.writeString(folder.resolve("b.md"), "b");
            Files.writeString(folder.resolve(".a.md.swp"), "editor's own");
            Set<Path> burst = bursts.poll(10, TimeUnit.SECONDS);
            assertEquals(Set.of(folder.resolve("a.md"), folder.resolve("b.md")), burst);
        }
    }

    @Test
    void aFolderDeletedAndCopiedBackIsWatchedAgain() throws Exception {
        Path content = Files.createDirectories(folder.resolve("content"));
        Files.writeString(content.resolve("a.md"), "a");
        BlockingQueue<Set<Path>> bursts = new LinkedBlockingQueue<>();
        try (SourceWatcher watcher = new SourceWatcher(Set.of(content), burst -> bursts.add(burst.paths()))) {
            studyguide.write.SiteWriter.deleteTree(content);
            assertNotNull(bursts.poll(10, TimeUnit.SECONDS), "the deletion is a change");
            copyBackAndEdit(content, bursts);
        }
    }

    @Test
    void aFolderRenamedAwayAndCopiedBackIsWatchedAgain() throws Exception {
        Path content = Files.createDirectories(folder.resolve("content"));
        Files.writeString(content.resolve("a.md"), "a");
        BlockingQueue<Set<Path>> bursts = new LinkedBlockingQueue<>();
        try (SourceWatcher watcher = new SourceWatcher(Set.of(content), burst -> bursts.add(burst.paths()))) {
            Path away = Files.move(content, folder.resolve("away"));
            assertEquals(Set.of(content), bursts.poll(10, TimeUnit.SECONDS), "the rename is a change");
            Files.writeString(away.resolve("a.md"), "no longer the guide");
            copyBackAndEdit(content, bursts);
        }
    }

    @Test
    void watchesTheFoldersOfItsRootsUnderTheirOwnNames() throws Exception {
        Path content = Files.createDirectories(folder.resolve("content"));
        Path elsewhere = Files.createDirectories(folder.resolve("elsewhere"));
        Files.createSymbolicLink(content.resolve("linked"), elsewhere);
        BlockingQueue<Set<Path>> bursts = new LinkedBlockingQueue<>();
        try (SourceWatcher watcher = new SourceWatcher(Set.of(content), burst -> bursts.add(burst.paths()))) {
            assertTrue(watcher.watches(content));
            assertFalse(watcher.watches(content.resolve("linked")), "a folder reached through a link is not watched");
            assertFalse(watcher.watches(elsewhere));
            assertFalse(watcher.watches(content.resolve("later")));
            Path later = Files.createDirectories(content.resolve("later"));
            assertEquals(Set.of(later), bursts.poll(10, TimeUnit.SECONDS));
            assertTrue(watcher.watches(later), "a folder made since is watched once its making is told");
        }
    }

    @Test
    void tellsInWhichFoldersFilesWereCreatedOrDeleted() throws Exception {
        Path a = Files.writeString(folder.resolve("a.md"), "a");
        Path sub = Files.createDirectories(folder.resolve("sub"));
        BlockingQueue<Set<Path>> folders = new LinkedBlockingQueue<>();
        try (SourceWatcher watcher = new SourceWatcher(Set.of(folder), burst -> folders.add(burst.foldersWithEntriesChanged()))) {
            Files.writeString(a, "written in place");
            assertEquals(Set.of(), folders.poll(10, TimeUnit.SECONDS), "a file written leaves its folder's listing");
            Files.writeString(sub.resolve("b.md"), "b");
            assertEquals(Set.of(sub), folders.poll(10, TimeUnit.SECONDS));
            Files.move(a, folder.resolve("c.md"));
            assertEquals(Set.of(folder), folders.poll(10, TimeUnit.SECONDS));
        }
    }

    /** Creates {@code content} again, then edits a file in it: both are changes the listener hears of. */
    private static void copyBackAndEdit(Path content, BlockingQueue<Set<Path>> bursts) throws Exception {
        Files.createDirectories(content);
        Files.writeString(content.resolve("a.md"), "copied back");
        Set<Path> back = bursts.poll(10, TimeUnit.SECONDS);
        assertTrue(back != null && back.contains(content), "the folder's return is a change: " + back);
        Thread.sleep(100); // the copy's own events, if any, belong to that burst
        bursts.clear();
        Files.writeString(content.resolve("a.md"), "edited after the copy");
        assertEquals(Set.of(content.resolve("a.md")), bursts.poll(10, TimeUnit.SECONDS), "an edit after the copy is seen");
    }

    @Test
    void changesMadeWhileTheListenerRunsAreToldAndHandedOverNext() throws Exception {
        BlockingQueue<Set<Path>> bursts = new LinkedBlockingQueue<>();
        AtomicReference<SourceWatcher> self = new AtomicReference<>();
        BlockingQueue<Boolean> told = new LinkedBlockingQueue<>();
        // Counted apart from the queue: the test thread may already have taken the burst out of it.
        AtomicInteger calls = new AtomicInteger();
        try (SourceWatcher watcher = new SourceWatcher(Set.of(folder), burst -> {
            bursts.add(burst.paths());
            if (calls.incrementAndGet() == 1) {
                try {
                    // As a rebuild does: meanwhile the editor writes the rest of its save.
                    Files.writeString(folder.resolve("b.md"), "written while the listener ran");
                    boolean changed = false;
                    for (int i = 0; i < 500 && !changed; i++) {
                        Thread.sleep(10); // the event arrives on the watch service's own thread
                        changed = self.get().changedSince();
                    }
                    told.add(changed);
                } catch (Exception e) {
                    told.add(false);
                }
            }
        })) {
            self.set(watcher);
            // Renamed into place, so that a.md changes in one event: a second one, late on a busy machine,
            // would be a change made while the listener ran.
            Files.move(Files.writeString(folder.resolve(".a.md.tmp"), "a"), folder.resolve("a.md"),
                    StandardCopyOption.ATOMIC_MOVE);
            assertEquals(Set.of(folder.resolve("a.md")), bursts.poll(10, TimeUnit.SECONDS));
            assertTrue(told.poll(10, TimeUnit.SECONDS), "the listener is told of the change made meanwhile");
            assertEquals(Set.of(folder.resolve("b.md")), bursts.poll(10, TimeUnit.SECONDS), "and gets it next");
        }
    }

    @Test
    void editorFilesMadeWhileTheListenerRunsAreNotAChange() throws Exception {
        BlockingQueue<Boolean> told = new LinkedBlockingQueue<>();
        AtomicReference<SourceWatcher> self = new AtomicReference<>();
        try (SourceWatcher watcher = new SourceWatcher(Set.of(folder), burst -> {
            try {
                Files.writeString(folder.resolve("a.md~"), "backup");
                Files.writeString(folder.resolve(".a.md.swp"), "swap");
                Thread.sleep(300);
                told.add(self.get().changedSince());
            } catch (Exception e) {
                told.add(true);
            }
        })) {
            self.set(watcher);
            Files.writeString(folder.resolve("a.md"), "a");
            Boolean changed = told.poll(10, TimeUnit.SECONDS);
            assertNotNull(changed);
            assertFalse(changed);
        }
    }
}
