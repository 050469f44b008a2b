package studyguide.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import studyguide.cache.Cache;

/**
 * The site a long-running process ({@code serve}) committed last, file by file with their bytes, so that its
 * next build updates that folder in place ({@link SiteWriter}): it writes only the files whose bytes changed
 * and deletes those no longer made, instead of writing the whole site into a new folder. After an edited
 * answer that is a page or a few and the search index, of 10,000 files at 10,000 questions.
 */
public final class WrittenFiles {

    /**
     * A file as written: its bytes (null for a file written as a stream, never taken as unchanged), and how it
     * looked on disk, to notice a file changed there since.
     */
    public record Written(byte[] bytes, long size, FileTime modified, Object key) {

        static Written of(byte[] bytes, Path file) throws IOException {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Written(bytes, a.size(), a.lastModifiedTime(), a.fileKey());
        }

        /** Whether {@code file} is still this file as written: same size, time and file, not edited or replaced. */
        boolean isStill(Path file) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                return a.isRegularFile() && a.size() == size && a.lastModifiedTime().equals(modified)
                        && Objects.equals(a.fileKey(), key);
            } catch (IOException e) {
                return false;
            }
        }

        /** Whether this is the file written with exactly these bytes. */
        boolean has(byte[] other) {
            return bytes != null && (bytes == other || Arrays.equals(bytes, other));
        }
    }

    /**
     * What one look at the files of the site this process committed last found ({@link #lookAhead}): which of
     * them are no longer as written. A build that keeps most of its pages would otherwise look at each page's
     * file while it renders the pages, a {@code stat} each, 10,000 at 10,000 questions, on the threads the pages
     * wait for; looked at as the build starts, they take a core that loading and rendering Markdown leave idle.
     */
    public static final class Look {
        static final Look NONE = new Look(null, CompletableFuture.completedFuture(Set.of()));

        private final Map<String, Written> files;
        private final CompletableFuture<Set<String>> changed;

        private Look(Map<String, Written> files, CompletableFuture<Set<String>> changed) {
            this.files = files;
            this.changed = changed;
        }

        /**
         * Whether the file at {@code path} was still as written when looked at; null when the look has not ended,
         * failed, or was at other files than {@code inPlace} (a commit came between): then the caller looks itself.
         */
        Boolean still(Map<String, Written> inPlace, String path) {
            if (files == null || files != inPlace || !changed.isDone() || changed.isCompletedExceptionally()) {
                return null;
            }
            return !changed.join().contains(path);
        }

        /** The files found changed, once the look has ended (for tests). */
        Set<String> changed() {
            return changed.join();
        }
    }

    private final Cache<Path, Map<String, Written>> sites;

    /**
     * The sites kept in {@code sites}, each by its folder's real path, as the files in it by their path in the
     * site; {@link Cache#none()} for a one-off build, which writes a new folder.
     */
    public WrittenFiles(Cache<Path, Map<String, Written>> sites) {
        this.sites = sites;
    }

    /** Nothing kept. */
    public static WrittenFiles none() {
        return new WrittenFiles(Cache.none());
    }

    /** Whether the writer should record what it writes. */
    boolean keeps() {
        return sites.keeps();
    }

    /**
     * The files this process last committed into {@code folder} (its real path), or null when it did not, or
     * the folder is gone: then the site is written anew.
     */
    Map<String, Written> last(Path folder) {
        Map<String, Written> files = sites.get(folder);
        return files != null && Files.isDirectory(folder) ? files : null;
    }

    /**
     * Starts a look, on a thread of its own, at each file this process committed last into {@code output}, for
     * a build that starts now to go by ({@link SiteWriter#open(Path, WrittenFiles, Look)}). A file changed on
     * disk after the look is taken as unchanged by that build, as a file changed after a build kept it always
     * was; the next build's look finds it.
     */
    public Look lookAhead(Path output) {
        if (!keeps()) {
            return Look.NONE;
        }
        Path folder = OutputFolder.real(output);
        Map<String, Written> files = last(folder);
        if (files == null) {
            return Look.NONE;
        }
        CompletableFuture<Set<String>> changed = new CompletableFuture<>();
        Thread look = new Thread(() -> {
            try {
                Set<String> found = new HashSet<>();
                files.forEach((path, file) -> {
                    if (!file.isStill(folder.resolve(path))) {
                        found.add(path);
                    }
                });
                changed.complete(found);
            } catch (RuntimeException e) {
                changed.completeExceptionally(e);
            }
        }, "studyguide-look-at-site");
        look.setDaemon(true);
        look.start();
        return new Look(files, changed);
    }

    /** After a commit: the files now in {@code folder}. */
    void committed(Path folder, Map<String, Written> files) {
        sites.put(folder, Map.copyOf(files));
    }

    /** New, empty record of a build's files. */
    static Map<String, Written> record() {
        return new ConcurrentHashMap<>();
    }
}
