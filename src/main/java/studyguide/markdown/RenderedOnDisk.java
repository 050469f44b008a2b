package studyguide.markdown;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import studyguide.cache.Cache;
import studyguide.cache.CodeIdentity;
import studyguide.cache.UserCache;
import studyguide.markdown.MarkdownRenderer.Fence;
import studyguide.markdown.MarkdownRenderer.Key;
import studyguide.markdown.MarkdownRenderer.Rendered;
import studyguide.markdown.MarkdownRenderer.Warning;
import studyguide.parallel.Parallel;

/**
 * The Markdown of one guide as its last build rendered it, kept in one file of the user's cache folder for the
 * next build of the same content folder: what has not changed since is taken from there instead of being
 * parsed and rendered again, which is most of a large guide's build that is not its pages.
 *
 * <p>One file a guide, not one a text: a build reads it whole on a thread of its own while the guide loads
 * (opening tens of thousands of small files would cost what it saves), and writes what it renders or finds
 * there, and nothing else, into a new file as it goes, which takes the old one's place once the Markdown is all
 * rendered. An entry is found by the SHA-256 of its whole key (the text and every option), as the user's other
 * caches find theirs, so a hit is the value {@link MarkdownRenderer} would make again; what else the rendering
 * depends on, the code that renders (this program's, flexmark's, PlantUML's), is the file's {@link
 * CodeIdentity}, and a file made by other code is not read. As every cache in the user's folder, a file that
 * cannot be read, or a folder that cannot be written, only makes the build slower.
 */
public final class RenderedOnDisk implements Cache<Key, Rendered> {

    private static final String FORMAT = "studyguide rendered markdown 3";
    /** The guides whose renderings are kept; building more replaces the longest unused. */
    static final int GUIDES_KEPT = 64;
    private static final String EXTENSION = ".markdown";

    private final Path file;
    /**
     * What the guide's last build kept, once {@link #readEnded}; after {@link #save}, nothing, so that the build
     * does not hold it any longer.
     */
    private volatile Map<Digest, Rendered> earlier = new ConcurrentHashMap<>();
    /**
     * Counted down when the file is read. A latch, not a future: a fork-join worker that joins a future asks its
     * pool for a thread in its place, and the Markdown renders on the common pool, where more threads than cores
     * would run more slow texts side by side than their time limits allow for (TimeLimitedText).
     */
    private final CountDownLatch readEnded = new CountDownLatch(1);
    private volatile boolean saved;
    /** The keys of what this build rendered or found here, each written once. */
    private final Set<Digest> kept = ConcurrentHashMap.newKeySet();
    /**
     * What is to be written, in the order it was rendered or found, then {@link #END}. Written as the build goes
     * rather than held to its end: held, a question's key points, rendered as one text whose parts its views
     * hold apart, would be in memory twice until the Markdown stage ends.
     */
    private final BlockingQueue<Object> toWrite = new ArrayBlockingQueue<>(1024);
    private final AtomicBoolean writing = new AtomicBoolean();
    private final CompletableFuture<Void> written = new CompletableFuture<>();
    /** The key a thread last looked up, and its digest: a miss is followed by a put of the same key. */
    private final ThreadLocal<Looked> looked = new ThreadLocal<>();

    /**
     * A key's SHA-256: the file holds this instead of the key's text, which the guide in memory holds already
     * (at 10,000 questions a second copy of every answer, 20 MB, while the Markdown is rendered).
     */
    private record Digest(long a, long b, long c, long d) {
        static Digest of(Key key) {
            MessageDigest sha = UserCache.sha256();
            sha.update(key.text().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(key.idPrefix().getBytes(StandardCharsets.UTF_8));
            sha.update(ByteBuffer.allocate(7).put((byte) 0).put((byte) (key.rawHtml() ? 1 : 0))
                    .put((byte) (key.keyPoints() ? 1 : 0)).putInt(key.topHeading()).array());
            ByteBuffer hash = ByteBuffer.wrap(sha.digest());
            return new Digest(hash.getLong(), hash.getLong(), hash.getLong(), hash.getLong());
        }
    }

    private record Looked(Key key, Digest digest) {
    }

    private record Entry(Digest digest, Rendered rendered) {
    }

    /** What ends the entries of a build that rendered all its Markdown. */
    private static final Object END = new Object();
    /**
     * How long the writer waits for the next entry before it takes the build to have stopped (a problem in the
     * content ends a build before its Markdown is all rendered) and drops what it wrote.
     */
    private static final long IDLE_SECONDS = 60;

    private RenderedOnDisk(Path folder, Path content) {
        this.file = folder.resolve(UserCache.sha256(guideName(content).getBytes(StandardCharsets.UTF_8)) + EXTENSION);
        // Hashing this program's code (once a process) and reading the file overlap the loading of the guide.
        Daemon.start(() -> {
            try {
                Map<Digest, Rendered> read = read(Code.IDENTITY);
                if (!saved) {
                    earlier = read;
                }
            } finally {
                readEnded.countDown();
            }
        });
    }

    /**
     * The renderings kept in {@code folder} (null: no cache folder, nothing kept) for the guide in {@code content};
     * reading them starts at once, on a thread of its own.
     */
    public static Cache<Key, Rendered> forGuide(Path folder, Path content) {
        return folder == null ? Cache.none() : new RenderedOnDisk(folder, content);
    }

    /** The code that renders, hashed once a process: it does not change while the process runs. */
    private static final class Code {
        static final String IDENTITY = CodeIdentity.of(MarkdownRenderer.class, com.vladsch.flexmark.parser.Parser.class,
                net.sourceforge.plantuml.version.Version.class);
    }

    /** The guide's folder as one name: its real path, so that two ways of naming it share a file. */
    private static String guideName(Path content) {
        try {
            return content.toRealPath().toString();
        } catch (IOException | RuntimeException e) {
            return content.toAbsolutePath().normalize().toString();
        }
    }

    @Override
    public Rendered get(Key key) {
        Digest digest = Digest.of(key);
        // Taken out: from here on the build's views hold it, and the file holds it again once written. The same
        // text asked for again in this build is rendered again.
        Parallel.awaitUninterruptibly(readEnded);
        Rendered rendered = earlier.remove(digest);
        if (rendered != null) {
            keep(digest, rendered);
        } else {
            looked.set(new Looked(key, digest));
        }
        return rendered;
    }

    @Override
    public void put(Key key, Rendered value) {
        Looked last = looked.get();
        looked.remove();
        keep(last != null && last.key() == key ? last.digest() : Digest.of(key), value);
    }

    /** Queues the entry for the file, once; the first entry starts the writer. */
    private void keep(Digest digest, Rendered rendered) {
        if (saved || !kept.add(digest)) {
            return;
        }
        if (writing.compareAndSet(false, true)) {
            Daemon.start(this::writeAll);
        }
        Entry entry = new Entry(digest, rendered);
        try {
            // A writer that gave up (no entry for IDLE_SECONDS) takes nothing more: then neither does the queue.
            while (!toWrite.offer(entry, 1, TimeUnit.SECONDS)) {
                if (written.isDone()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Ends the file with what this build rendered or found here, for the next one, and forgets it all: call once
     * the guide's Markdown is rendered, and only then, as a text rendered later would not be kept. Returns once
     * the file is written.
     */
    public void save() {
        saved = true;
        Parallel.awaitUninterruptibly(readEnded); // at once: reading stops when it sees the build saved
        earlier = new ConcurrentHashMap<>();
        if (!writing.get()) {
            return;
        }
        try {
            while (!toWrite.offer(END, 1, TimeUnit.SECONDS) && !written.isDone()) {
                // the writer is behind: wait for room
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        written.join();
        kept.clear();
    }

    /** The writer's thread: the entries as they come, into a file beside the old one that replaces it at the end. */
    private void writeAll() {
        Path temp = null;
        DataOutputStream out = null;
        boolean whole = false;
        try {
            String code = Code.IDENTITY;
            if (code != null) {
                Files.createDirectories(file.getParent());
                temp = Files.createTempFile(file.getParent(), ".", ".tmp");
                out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16));
                out.writeUTF(FORMAT);
                string(out, code);
            }
        } catch (IOException | RuntimeException e) {
            out = close(out); // nothing is written; the entries are still taken, so that no renderer waits
        }
        try {
            for (Object next = toWrite.poll(IDLE_SECONDS, TimeUnit.SECONDS); next != null;
                    next = toWrite.poll(IDLE_SECONDS, TimeUnit.SECONDS)) {
                if (next == END) {
                    whole = true;
                    break;
                }
                if (out != null) {
                    try {
                        out.writeBoolean(true);
                        write(out, (Entry) next);
                    } catch (IOException | RuntimeException e) {
                        out = close(out);
                    }
                }
            }
            if (whole && out != null) {
                out.writeBoolean(false);
                out.close();
                UserCache.replace(temp, file);
                forgetOtherGuides();
            }
        } catch (IOException | RuntimeException | InterruptedException e) {
            // a cache that cannot be written only makes the next build slower
        } finally {
            close(out);
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // left for nobody: a name starting with a dot and ending in .tmp
                }
            }
            written.complete(null);
        }
    }

    private static DataOutputStream close(DataOutputStream out) {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                // dropped in any case
            }
        }
        return null;
    }

    /** Keeps the files of the {@link #GUIDES_KEPT} guides built last: test runs and tried-out folders add up. */
    private void forgetOtherGuides() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(file.getParent())) {
            files = listed.filter(p -> p.getFileName().toString().endsWith(EXTENSION)).toList();
        }
        if (files.size() <= GUIDES_KEPT) {
            return;
        }
        List<Path> oldestFirst = new ArrayList<>(files);
        Map<Path, FileTime> modified = new HashMap<>();
        for (Path p : files) {
            try {
                modified.put(p, Files.getLastModifiedTime(p));
            } catch (IOException e) {
                modified.put(p, FileTime.fromMillis(0));
            }
        }
        oldestFirst.sort(Comparator.comparing(modified::get));
        for (Path p : oldestFirst.subList(0, files.size() - GUIDES_KEPT)) {
            if (!p.equals(file)) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void write(DataOutputStream out, Entry entry) throws IOException {
        Digest key = entry.digest();
        out.writeLong(key.a());
        out.writeLong(key.b());
        out.writeLong(key.c());
        out.writeLong(key.d());
        Rendered value = entry.rendered();
        string(out, value.html());
        out.writeInt(value.texts().size());
        for (String text : value.texts()) {
            string(out, text);
        }
        out.writeInt(value.fences().size());
        for (Fence fence : value.fences()) {
            string(out, fence.language());
            out.writeInt(fence.line());
        }
        out.writeInt(value.warnings().size());
        for (Warning warning : value.warnings()) {
            out.writeInt(warning.line());
            out.writeInt(warning.column());
            string(out, warning.message());
        }
    }

    /** The renderings in the file when it was made by this code; none when there is no such file or it cannot be read. */
    private Map<Digest, Rendered> read(String code) {
        Map<Digest, Rendered> none = new ConcurrentHashMap<>(); // taken from as it is used
        if (code == null) {
            return none;
        }
        try (Input in = new Input(file)) {
            if (!FORMAT.equals(in.data.readUTF()) || !code.equals(in.string())) {
                return none;
            }
            Map<Digest, Rendered> entries = new ConcurrentHashMap<>();
            while (in.data.readBoolean()) { // the file ends with false: one without it was cut short
                if (saved) {
                    return none;
                }
                Digest key = new Digest(in.data.readLong(), in.data.readLong(), in.data.readLong(), in.data.readLong());
                String html = in.string();
                List<String> texts = new ArrayList<>();
                for (int n = in.count(); n > 0; n--) {
                    texts.add(in.string());
                }
                List<Fence> fences = new ArrayList<>();
                for (int n = in.count(); n > 0; n--) {
                    fences.add(new Fence(in.string(), in.data.readInt()));
                }
                List<Warning> warnings = new ArrayList<>();
                for (int n = in.count(); n > 0; n--) {
                    warnings.add(new Warning(in.data.readInt(), in.data.readInt(), in.string()));
                }
                entries.put(key, new Rendered(html, texts, fences, warnings));
            }
            return entries;
        } catch (NoSuchFileException e) {
            return none;
        } catch (IOException | RuntimeException e) {
            return none; // damaged or cut short: the build renders everything, and writes a whole file again
        }
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** The file being read, and its size, which no length in it can exceed. */
    private static final class Input implements AutoCloseable {
        final DataInputStream data;
        final long size;

        Input(Path file) throws IOException {
            InputStream stream = Files.newInputStream(file);
            try {
                size = Files.size(file);
            } catch (IOException e) {
                stream.close();
                throw e;
            }
            data = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
        }

        String string() throws IOException {
            byte[] bytes = new byte[count()];
            data.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }

        /** A length or count, which a damaged file could make negative or absurd. */
        int count() throws IOException {
            int n = data.readInt();
            if (n < 0 || n > size) {
                throw new EOFException("not a length: " + n);
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            data.close();
        }
    }

    /** Runs work on a daemon thread of its own, so that a build never waits for the cache at its end. */
    private static final class Daemon {
        static void start(Runnable work) {
            Thread thread = new Thread(work, "markdown on disk");
            thread.setDaemon(true);
            thread.start();
        }
    }
}
