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
 * The files of the site a long-running process ({@code serve}) wrote last, with their bytes, so that the next
 * build links each file whose bytes are the same to the one in place instead of writing it again: after an
 * edited answer, all but a page and the search index (10 of 11 MB at 1,000 questions).
 */
public final class WrittenFiles {

    /** A file as written: its bytes, and how it looked on disk, to notice a file changed there since. */
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
    }

    private final Cache<String, Written> site;

    /**
     * The files kept in {@code site}, by their path in the site; {@link Cache#none()} for a one-off build,
     * which has nothing to link to.
     */
    public WrittenFiles(Cache<String, Written> site) {
        this.site = site;
    }

    /** Nothing kept. */
    public static WrittenFiles none() {
        return new WrittenFiles(Cache.none());
    }

    /** Whether the writer should record what it writes. */
    boolean keeps() {
        return site.keeps();
    }

    /** The file last written at {@code path} in the site, when it had exactly these bytes; else null. */
    Written same(String path, byte[] bytes) {
        Written last = site.get(path);
        return last != null && (last.bytes() == bytes || Arrays.equals(last.bytes(), bytes)) ? last : null;
    }

    /** After a commit: the files now in place (the cache drops the ones the build did not write). */
    void committed(Map<String, Written> files) {
        files.forEach(site::put);
    }

    /** New, empty record of a build's files. */
    static Map<String, Written> record() {
        return new ConcurrentHashMap<>();
    }
}
