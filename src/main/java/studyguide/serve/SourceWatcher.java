package studyguide.serve;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import studyguide.load.EditorFiles;

/**
 * Watches folders and their sub-folders (the JDK's WatchService, inotify on Linux) and hands each burst
 * of changes to a listener as one {@link Burst}, once the burst has been quiet for a moment: an editor
 * saving a file writes, renames and deletes several files at once. The listener can ask whether more
 * changes came while it ran ({@link #changedSince()}): they are the next burst.
 */
final class SourceWatcher implements Closeable {

    /**
     * How long a burst of changes must be quiet before the listener hears of it. Every save waits this long,
     * so it is short. Measured with this watch service (docs/serve.md): the events of one save (truncate and
     * write, a temporary file renamed over the file, JetBrains' safe write, vim's :w) come within 3 ms of each
     * other on an idle machine and mostly within 10 ms with both cores busy, but vim, preempted between
     * truncating the file and writing it, once left 34 ms, more than the 40 ms this was before would safely
     * cover. No quiet period rules that out; instead a rebuild that a newer change overtook is not announced
     * ({@link #changedSince()}, used by {@code Serve}) and the next follows at once. The quiet period only
     * keeps the usual save in one rebuild.
     */
    private static final long QUIET_MILLIS = 10;
    /** A burst that never stops is still handed over after this long. */
    private static final long MAX_WAIT_MILLIS = 400;

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    /**
     * The folders that hold the roots, watched for a root that appears again: a content folder deleted and
     * copied back (a checkout of another branch, a restore) is a new folder, which the keys of the old one
     * never report on.
     */
    private final Map<WatchKey, Path> parents = new ConcurrentHashMap<>();
    private final Set<Path> roots;
    /** Changes seen by {@link #changedSince()} while the listener ran: the start of the next burst. */
    private final Set<Path> pending = new TreeSet<>();
    /** The folders of {@link #pending} in which a file was created, deleted or renamed. */
    private final Set<Path> pendingFolders = new TreeSet<>();
    private final Thread thread;
    private volatile boolean closed;

    /**
     * One burst of changes: the paths that changed, and the folders in which a file was created, deleted or
     * renamed (whose listing changed), or every root when events were lost.
     */
    record Burst(Set<Path> paths, Set<Path> foldersWithEntriesChanged) {
    }

    /** Starts watching {@code roots} (those that exist); {@code listener} runs on the watcher's own thread. */
    SourceWatcher(Set<Path> roots, Consumer<Burst> listener) throws IOException {
        service = FileSystems.getDefault().newWatchService();
        this.roots = Set.copyOf(roots.stream().map(r -> r.toAbsolutePath().normalize()).toList());
        for (Path root : this.roots) {
            if (Files.isDirectory(root)) {
                registerTree(root);
            }
            Path parent = root.getParent();
            if (parent != null && Files.isDirectory(parent) && !parents.containsValue(parent)) {
                parents.put(parent.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE), parent);
            }
        }
        thread = new Thread(() -> loop(listener), "studyguide-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                folders.put(key, dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void loop(Consumer<Burst> listener) {
        try {
            while (!closed) {
                Set<Path> changed = new TreeSet<>(pending);
                Set<Path> folders = new TreeSet<>(pendingFolders);
                pending.clear();
                pendingFolders.clear();
                if (changed.isEmpty()) {
                    collect(service.take(), changed, folders);
                }
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MILLIS);
                WatchKey next;
                while (System.nanoTime() < deadline && (next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    collect(next, changed, folders);
                }
                if (!changed.isEmpty() && !closed) {
                    listener.accept(new Burst(changed, Set.copyOf(folders)));
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closing
        }
    }

    /**
     * Whether a watched file changed since the listener was called; they are handed to it as the next
     * burst. Only for the listener, on the watcher's thread.
     */
    boolean changedSince() {
        try {
            WatchKey key;
            while ((key = service.poll()) != null) {
                collect(key, pending, pendingFolders);
            }
        } catch (ClosedWatchServiceException e) {
            return false; // closing: nothing follows
        }
        return !pending.isEmpty();
    }

    private void collect(WatchKey key, Set<Path> changed, Set<Path> changedFolders) {
        Path parent = parents.get(key);
        if (parent != null) {
            collectRoots(key, parent, changed);
            return;
        }
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                // Events were lost, maybe of other folders too: everything may have changed.
                changed.addAll(roots);
                changedFolders.addAll(roots);
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (EditorFiles.is(path)) {
                continue;
            }
            changed.add(path);
            if (event.kind() != StandardWatchEventKinds.ENTRY_MODIFY) {
                changedFolders.add(folder);
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path);
                } catch (IOException e) {
                    // the folder went away again; its files are not part of the guide anyway
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    /** A root deleted, renamed away or created again in its parent: changed as a whole, and watched while there. */
    private void collectRoots(WatchKey key, Path parent, Set<Path> changed) {
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                continue;
            }
            Path path = parent.resolve((Path) event.context());
            if (!roots.contains(path)) {
                continue;
            }
            changed.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_DELETE) {
                // Renamed away, the folder's keys would go on reporting its files under their old names.
                folders.entrySet().removeIf(e -> {
                    boolean inside = e.getValue().startsWith(path);
                    if (inside) {
                        e.getKey().cancel();
                    }
                    return inside;
                });
            } else if (Files.isDirectory(path)) {
                try {
                    registerTree(path);
                } catch (IOException e) {
                    // gone again before it could be watched; the next creation is another event
                }
            }
        }
        if (!key.reset()) {
            parents.remove(key);
        }
    }

    /** Whether every change in this folder (an absolute, normalised path) is reported: it is watched under that name. */
    boolean watches(Path folder) {
        return folders.containsValue(folder);
    }

    @Override
    public void close() throws IOException {
        closed = true;
        service.close(); // wakes the thread; a rebuild under way is left to finish
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
