package studyguide.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The site a build replaces, as the source of the files it need not write again: a file the build makes with
 * exactly the bytes of the previous site's file at its path becomes a second name (a hard link) of that file in
 * the new site instead of a new file. On a file system such as ext4 most of the cost of writing a site of small
 * pages is creating each file (finding it an inode), not its bytes; a link costs a directory entry. An
 * unchanged file also keeps its modification time, so a web server's and rsync's view of it does not change.
 *
 * <p>It reads only regular files reached through real folders of the site (no symbolic link followed), and
 * links a file only when, after the link, the name in the new site is that same file, not changed since it was
 * compared. Where links fail (another file system, one without them), the build writes every file, as it did.
 */
final class PreviousSite {

    /** How the build creates a file of the new site: in its staging folder, with the folder made. */
    interface Staging {
        /**
         * Makes the new site's file at {@code path} with {@code make}, given its path in the staging folder with its
         * folder made; fails once the build is being stopped.
         */
        <T> T create(String path, Make<T> make) throws IOException;
    }

    /** Makes a file at the path it is given. */
    interface Make<T> {
        T at(Path file) throws IOException;
    }

    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[64 * 1024]);

    private final Path root;
    /** Each folder of the site, relative to it, as whether it is a real folder (not a link) in the old site. */
    private final Map<Path, Boolean> realFolders = new ConcurrentHashMap<>();
    private volatile boolean linksWork = true;

    private PreviousSite(Path root) {
        this.root = root;
    }

    /** The site in {@code target}, when it is one a build wrote (its marker says so); else one with no files. */
    static PreviousSite in(Path target) {
        boolean built = Files.isRegularFile(target.resolve(OutputFolder.MARKER), LinkOption.NOFOLLOW_LINKS)
                && Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS);
        return new PreviousSite(built ? target : null);
    }

    /** Links the old site's file at {@code path} into the new site when it has exactly {@code bytes}; false when not. */
    boolean linkIfSame(String path, byte[] bytes, Staging staging) throws IOException {
        Old old = old(path);
        if (old == null || old.seen.size() != bytes.length || !old.hasBytes(bytes)) {
            return false;
        }
        return staging.create(path, old::linkAs);
    }

    /**
     * A stream for the new site's file at {@code path} that writes nothing while its bytes are those of the old
     * site's file: at close, that file is linked; at the first byte that differs, the file is created and the
     * bytes equal so far copied from the old one.
     */
    OutputStream create(String path, Staging staging) throws IOException {
        Old old = old(path);
        if (old == null) {
            return staging.create(path, Files::newOutputStream);
        }
        return new Comparing(old, path, staging);
    }

    /** The old site's regular file at {@code path}, or null. */
    private Old old(String path) {
        if (root == null || !linksWork) {
            return null;
        }
        Path file = root.resolve(path).normalize();
        Path relative = root.relativize(file);
        if (!file.startsWith(root) || relative.getParent() != null && !isRealFolder(relative.getParent())) {
            return null;
        }
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile()
                    ? new Old(file, new WrittenFiles.Written(null, a.size(), a.lastModifiedTime(), a.fileKey()))
                    : null;
        } catch (IOException e) {
            return null;
        }
    }

    private boolean isRealFolder(Path relative) {
        Boolean known = realFolders.get(relative);
        if (known == null) {
            Path parent = relative.getParent();
            known = (parent == null || isRealFolder(parent))
                    && Files.isDirectory(root.resolve(relative), LinkOption.NOFOLLOW_LINKS);
            realFolders.put(relative, known);
        }
        return known;
    }

    /** A file of the old site, and how it looked when looked at. */
    private final class Old {
        private final Path file;
        private final WrittenFiles.Written seen;

        Old(Path file, WrittenFiles.Written seen) {
            this.file = file;
            this.seen = seen;
        }

        FileChannel open() throws IOException {
            return FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        }

        boolean hasBytes(byte[] bytes) {
            try (FileChannel in = open()) {
                return Equal.prefix(in, bytes, 0, bytes.length) && in.read(ByteBuffer.allocate(1)) < 0;
            } catch (IOException e) {
                return false;
            }
        }

        /** Links this file as {@code staged}; false (and nothing at {@code staged}) when it cannot or it changed. */
        boolean linkAs(Path staged) throws IOException {
            try {
                Files.createLink(staged, file);
            } catch (FileSystemException | UnsupportedOperationException e) {
                linksWork = false;
                return false;
            }
            if (!seen.isStill(staged)) {
                Files.delete(staged);
                return false;
            }
            return true;
        }
    }

    /** Compares what is written with the old file, and writes only from the first difference. */
    private final class Comparing extends OutputStream {
        private final Old old;
        private final String path;
        private final Staging staging;
        private FileChannel in;
        /** Bytes written so far, all equal to the old file's first ones while {@link #out} is null. */
        private long equal;
        private OutputStream out;
        private boolean closed;

        Comparing(Old old, String path, Staging staging) throws IOException {
            this.old = old;
            this.path = path;
            this.staging = staging;
            this.in = old.open();
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (out == null) {
                if (equal + len <= old.seen.size() && Equal.prefix(in, b, off, len)) {
                    equal += len;
                    return;
                }
                diverge();
            }
            out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            if (out != null) {
                out.flush();
            }
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                if (out == null && !(equal == old.seen.size() && staging.create(path, old::linkAs))) {
                    diverge();
                }
            } finally {
                try {
                    in.close();
                } finally {
                    if (out != null) {
                        out.close();
                    }
                }
            }
        }

        /** Creates the new file with the bytes equal so far, read back from the old one. */
        private void diverge() throws IOException {
            out = staging.create(path, Files::newOutputStream);
            byte[] buffer = BUFFER.get();
            long copied = 0;
            while (copied < equal) {
                int n = in.read(ByteBuffer.wrap(buffer, 0, (int) Math.min(buffer.length, equal - copied)), copied);
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
                copied += n;
            }
            in.close();
            if (copied != equal || !old.seen.isStill(old.file)) {
                throw new IOException("the previous site's " + path + " changed while the build compared it; build again");
            }
        }
    }

    /** Compares bytes with a channel's next ones. */
    private static final class Equal {
        /** Whether {@code in}'s next {@code len} bytes are {@code b[off..off+len)}; reads them either way. */
        static boolean prefix(FileChannel in, byte[] b, int off, int len) throws IOException {
            byte[] buffer = BUFFER.get();
            int done = 0;
            while (done < len) {
                int want = Math.min(buffer.length, len - done);
                ByteBuffer into = ByteBuffer.wrap(buffer, 0, want);
                while (into.hasRemaining()) {
                    if (in.read(into) < 0) {
                        return false;
                    }
                }
                if (Arrays.mismatch(buffer, 0, want, b, off + done, off + done + want) >= 0) {
                    return false;
                }
                done += want;
            }
            return true;
        }
    }
}
