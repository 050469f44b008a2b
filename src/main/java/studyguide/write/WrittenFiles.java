package studyguide.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
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

    /** After a commit: the files now in {@code folder}. */
    void committed(Path folder, Map<String, Written> files) {
        sites.put(folder, Map.copyOf(files));
    }

    /** New, empty record of a build's files. */
    static Map<String, Written> record() {
        return new ConcurrentHashMap<>();
    }
}
