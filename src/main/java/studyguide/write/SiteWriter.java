package studyguide.write;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studyguide.output.OutputFile;
import studyguide.output.OutputSink;

/**
 * Writes the site's files into a temporary folder beside the output as the build makes them, and swaps
 * it into place at {@link #commit()}; a build that fails at any point, or never commits, leaves the
 * previous site exactly as it was ({@link #close()} deletes the temporary folder). A file with exactly the bytes
 * of the previous site's file at its path is linked into the temporary folder instead of written ({@link
 * PreviousSite}): the new site holds that same file.
 *
 * <p>In a process that builds again and again ({@code serve}), a build after one that this process committed
 * to the same folder updates that folder instead ({@link WrittenFiles}): a file with the same bytes as the one
 * in place, still as written, is left there; the others are written into the temporary folder as before, and
 * at commit each is moved over its old version and the files the build no longer made are deleted. A failed
 * build still leaves the site as it was; what a reader can see during the commit is each file whole, old or
 * new, not the site whole. At 10,000 questions a new folder meant 10,000 links made and 10,000 deleted on
 * every save.
 */
public final class SiteWriter implements OutputSink, AutoCloseable {

    private final Path target;
    private final Path staging;
    private final WrittenFiles record;
    /** The files in place that this process committed last, when the build updates them; else null. */
    private final Map<String, WrittenFiles.Written> inPlace;
    /** A look at the files of {@link #inPlace} made as the build started; {@link WrittenFiles.Look#NONE} if none. */
    private final WrittenFiles.Look look;
    /** The site a new folder replaces, whose unchanged files it links instead of writing; null for an update. */
    private final PreviousSite previous;
    private final Map<String, WrittenFiles.Written> written = WrittenFiles.record();
    /** The files of an update written into the staging folder, to be moved into place at commit. */
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    /** Folders made (or found) so far: a file's folder is made once, not tried again for each of its files. */
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicInteger files = new AtomicInteger();
    /**
     * Held (shared) while a file is created in the staging folder, and taken alone by the clean-up on Ctrl+C:
     * once it has it, no file is being created, and none will be ({@link #stopped}), so its deletion is final.
     */
    private final ReadWriteLock creating = new ReentrantReadWriteLock();
    private boolean stopped;
    private final Thread cleanUp;
    private boolean committed;

    private SiteWriter(Path target, Path staging, WrittenFiles record, WrittenFiles.Look look) {
        this.target = target;
        this.staging = staging;
        this.record = record;
        this.look = look;
        this.inPlace = record.last(target);
        this.previous = inPlace == null ? PreviousSite.in(target) : null;
        // A build stopped with Ctrl+C leaves no half-written copy of the site beside it. The build's threads go
        // on while the process ends: they must not create a file (and its folders) again after the deletion.
        this.cleanUp = new Thread(() -> {
            creating.writeLock().lock();
            try {
                stopped = true;
                if (Files.exists(staging)) {
                    deleteTree(staging);
                }
            } catch (IOException e) {
                // nothing more can be done while the process ends
            } finally {
                creating.writeLock().unlock();
            }
        }, "studyguide-staging-clean-up");
        Runtime.getRuntime().addShutdownHook(cleanUp);
    }

    /**
     * Starts a new version of {@code output}: an update of the files {@code record} says this process wrote
     * there last, or else a new folder.
     */
    public static SiteWriter open(Path output, WrittenFiles record) throws IOException {
        return open(output, record, WrittenFiles.Look.NONE);
    }

    /**
     * As {@link #open(Path, WrittenFiles)}, going by {@code look} (made by {@link WrittenFiles#lookAhead} as the
     * build started) for whether a file in place is still as written, where it has ended.
     */
    public static SiteWriter open(Path output, WrittenFiles record, WrittenFiles.Look look) throws IOException {
        Path target = OutputFolder.real(output);
        Path parent = target.getParent();
        Files.createDirectories(parent);
        removeLeftovers(parent, target.getFileName().toString());
        Path staging = Files.createTempDirectory(parent, leftoverPrefix(target, "building"));
        // Temporary folders are private (700); a site folder is meant to be served and read by others.
        if (staging.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return new SiteWriter(target, staging, record, look);
    }

    /**
     * The start of the name of a folder a build keeps beside the output while it works: {@code
     * .site.building-<pid>-} or {@code .site.old-<pid>-}. The process id tells a later build whether the
     * folder's owner is still running; a build killed outright (kill -9, a power cut) cannot remove its own.
     */
    private static String leftoverPrefix(Path target, String kind) {
        return "." + target.getFileName() + "." + kind + "-" + ProcessHandle.current().pid() + "-";
    }

    /** Removes the folders that builds of {@code name} left beside it and whose process has ended. */
    private static void removeLeftovers(Path parent, String name) throws IOException {
        Pattern leftover = Pattern.compile(Pattern.quote("." + name + ".") + "(?:building|old)-(\\d{1,18})-.*");
        List<Path> dead = new ArrayList<>();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, "." + name + ".*")) {
            for (Path sibling : siblings) {
                Matcher m = leftover.matcher(sibling.getFileName().toString());
                if (m.matches() && Files.isDirectory(sibling, LinkOption.NOFOLLOW_LINKS)
                        && !ProcessHandle.of(Long.parseLong(m.group(1))).map(ProcessHandle::isAlive).orElse(false)) {
                    dead.add(sibling);
                }
            }
        }
        for (Path folder : dead) {
            deleteTree(folder);
        }
    }

    @Override
    public void add(OutputFile file) throws IOException {
        creating.readLock().lock();
        try {
            addWhileCreating(file);
        } finally {
            creating.readLock().unlock();
        }
    }

    @Override
    public Object addKeepable(OutputFile file) throws IOException {
        creating.readLock().lock();
        try {
            // Its bytes are not kept: the caller keeps the file by what it was made from.
            return addWhileCreating(file, false);
        } finally {
            creating.readLock().unlock();
        }
    }

    @Override
    public boolean keep(String path, Object earlier) {
        if (inPlace == null || !(earlier instanceof WrittenFiles.Written file) || inPlace.get(path) != file
                || !stillInPlace(path, file)) {
            return false;
        }
        written.put(path, file);
        bytes.addAndGet(file.size());
        files.incrementAndGet();
        return true;
    }

    /** Whether the file this process committed at {@code path} is still as written: by the look, or by looking. */
    private boolean stillInPlace(String path, WrittenFiles.Written file) {
        Boolean looked = look.still(inPlace, path);
        return looked != null ? looked : file.isStill(target.resolve(path));
    }

    private void addWhileCreating(OutputFile file) throws IOException {
        addWhileCreating(file, true);
    }

    /** Adds the file; returns how it is recorded for the next build (null when nothing is). */
    private WrittenFiles.Written addWhileCreating(OutputFile file, boolean keepBytes) throws IOException {
        Path path = stagingPath(file.path());
        WrittenFiles.Written same = inPlace == null ? null : inPlace.get(file.path());
        WrittenFiles.Written recorded = null;
        if (same != null && same.has(file.bytes()) && stillInPlace(file.path(), same)) {
            recorded = same;
            written.put(file.path(), same);
        } else {
            if (previous == null || !previous.linkIfSame(file.path(), file.bytes(), this::staged)) {
                made(path);
                Files.write(path, file.bytes());
            }
            if (record.keeps()) {
                recorded = WrittenFiles.Written.of(keepBytes ? file.bytes() : null, path);
                written.put(file.path(), recorded);
            }
            if (inPlace != null) {
                changed.add(file.path());
            }
        }
        bytes.addAndGet(file.bytes().length);
        files.incrementAndGet();
        return recorded;
    }

    @Override
    public OutputStream create(String path) throws IOException {
        Path file;
        creating.readLock().lock();
        try {
            file = stagingPath(path);
            if (inPlace != null) {
                changed.add(path);
            }
        } finally {
            creating.readLock().unlock();
        }
        OutputStream out = previous != null ? previous.create(path, this::staged) : staged(path, Files::newOutputStream);
        files.incrementAndGet();
        return new FilterOutputStream(out) {
            @Override
            public void close() throws IOException {
                super.close();
                if (record.keeps()) {
                    // Its bytes are not kept: a file written as a stream is written again by the next build.
                    written.put(path, WrittenFiles.Written.of(null, file));
                }
            }

            @Override
            public void write(int b) throws IOException {
                out.write(b);
                bytes.incrementAndGet();
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                bytes.addAndGet(len);
            }
        };
    }

    /** Makes the file for {@code path} in the staging folder, its folder made, while no clean-up can run. */
    private <T> T staged(String path, PreviousSite.Make<T> make) throws IOException {
        creating.readLock().lock();
        try {
            return make.at(made(stagingPath(path)));
        } finally {
            creating.readLock().unlock();
        }
    }

    /** The file's path in the staging folder; only while holding {@link #creating}. */
    private Path stagingPath(String file) throws IOException {
        if (stopped) {
            throw new IOException("the build is being stopped");
        }
        Path path = staging.resolve(file).normalize();
        if (!path.startsWith(staging) || path.equals(staging)) {
            throw new IOException("refusing to write outside the output folder: " + file);
        }
        return path;
    }

    /** {@code file}, once its folder is made. */
    private Path made(Path file) throws IOException {
        folder(file.getParent());
        return file;
    }

    private void folder(Path folder) throws IOException {
        // Files.createDirectories fails to make a folder that is there, and builds an exception to say so.
        try {
            folders.computeIfAbsent(folder, f -> {
                try {
                    Files.createDirectories(f);
                    return Boolean.TRUE;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Files written so far, with the marker once committed. */
    public int files() {
        return files.get();
    }

    /** Puts the new site in place of the old one; returns the bytes of the site's files (the marker aside). */
    public long commit() throws IOException {
        creating.readLock().lock();
        try {
            long siteBytes = bytes.get();
            addWhileCreating(OutputFile.text(OutputFolder.MARKER,
                    "This folder is written by studyguide and replaced on every build.\n"));
            bytes.set(siteBytes);
            if (inPlace != null) {
                update();
            } else {
                swap(staging, target);
            }
            committed = true;
        } finally {
            creating.readLock().unlock();
        }
        if (record.keeps()) {
            record.committed(target, written);
        }
        forgetCleanUp();
        return bytes.get();
    }

    /**
     * Moves each changed file over its version in place, then deletes the files the build no longer made, and
     * the folders that leaves empty; the staging folder, emptied, goes after.
     */
    private void update() throws IOException {
        for (String file : changed) {
            Path to = target.resolve(file);
            Files.createDirectories(to.getParent());
            Files.move(staging.resolve(file), to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        for (String file : inPlace.keySet()) {
            if (!written.containsKey(file)) {
                Path gone = target.resolve(file);
                Files.deleteIfExists(gone);
                for (Path folder = gone.getParent(); !folder.equals(target) && isEmpty(folder); folder = folder.getParent()) {
                    Files.delete(folder);
                }
            }
        }
        deleteTree(staging);
    }

    private static boolean isEmpty(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        }
    }

    /** Deletes the temporary folder unless it became the site; every writer of it must have finished. */
    @Override
    public void close() throws IOException {
        if (!committed && Files.exists(staging)) {
            deleteTree(staging);
        }
        forgetCleanUp();
    }

    private void forgetCleanUp() {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanUp);
        } catch (IllegalStateException e) {
            // The process is ending already: the hook runs, and finds the folder gone or deletes it.
        }
    }

    private static void swap(Path staging, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), leftoverPrefix(target, "old"));
            Files.delete(old);
            move(target, old);
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            if (old != null) {
                move(old, target); // put the previous site back
            }
            throw e;
        }
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder and everything in it, without following links out of it. */
    public static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
