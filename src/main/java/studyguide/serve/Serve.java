package studyguide.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import studyguide.build.Build;
import studyguide.build.Caches;
import studyguide.load.LibraryLoader;
import studyguide.problem.ContentException;
import studyguide.problem.Problem;
import studyguide.write.SiteWriter;
import studyguide.write.UnsafeOutputException;

/**
 * One {@code serve} session: builds the guide, serves it, watches the content and theme folders and
 * rebuilds on every change, keeping rendered diagrams, Markdown and the parsed theme between builds.
 * A build with problems leaves the last good site up and shows the problems in the terminal and in
 * the browser; the next good build clears them.
 */
public final class Serve implements AutoCloseable {

    /**
     * What to serve.
     *
     * @param output where the site is written, or null for a temporary folder the session owns and deletes
     * @param port 0 for any free port
     */
    public record Options(Path content, Path templates, Path output, String baseUrl, InetAddress bind, int port,
            Map<String, String> environment) {
    }

    /**
     * An edit and its undoing: enough for the code of a save to be compiled. A third rebuild made the warm-up
     * outlast the second the benchmark gives the reader before the first save (docs/serve.md).
     */
    private static final int WARM_UP_REBUILDS = 2;
    /** Which of them builds an edit ({@link RehearsedEdit}) and commits nothing; the one after it undoes the edit. */
    private static final int REHEARSED = 0;

    private final Options options;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Caches caches;
    private final Path ownFolder;
    private final Path output;
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final LiveReload live;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final AtomicBoolean closing = new AtomicBoolean();
    private volatile boolean built;
    private boolean exportsWritten;
    /** Whether the last rebuild was overtaken and not announced. */
    private boolean withheld;
    private int builds;
    private SiteServer server;
    private volatile SourceWatcher watcher;
    private Thread warmUp;
    private int warmUpBuilds;
    private volatile boolean changeCame;
    private final IdleCollection idle = new IdleCollection(this::collect, IdleCollection.DELAY_MILLIS,
            IdleCollection.QUIET_MILLIS);

    private Serve(Options options, PrintWriter out, PrintWriter err) throws IOException {
        this.options = options;
        this.caches = Caches.forRebuilds(options.environment(), folder -> {
            SourceWatcher watching = watcher;
            return watching != null && watching.watches(folder);
        });
        this.out = out;
        this.err = err;
        ownFolder = options.output() == null ? Files.createTempDirectory("studyguide-serve-") : null;
        output = options.output() == null ? ownFolder.resolve("site") : options.output();
        live = new LiveReload(new LiveReload.State(run + "-0", List.of()));
    }

    /**
     * Builds the guide, starts the server and the watcher, and returns at once; {@link #close()} stops
     * them. A guide with problems still starts: the pages show the problems until they are fixed.
     *
     * @throws java.net.BindException when the port is taken
     * @throws UnsafeOutputException when {@code output} is a folder the build must not replace
     */
    public static Serve start(Options options, PrintWriter out, PrintWriter err) throws IOException, UnsafeOutputException {
        Serve serve = new Serve(options, out, err);
        try {
            serve.begin();
            return serve;
        } catch (IOException | UnsafeOutputException | RuntimeException e) {
            serve.close();
            throw e;
        }
    }

    private void begin() throws IOException, UnsafeOutputException {
        // Watch first, so that an edit made while the first build runs is not missed.
        watcher = new SourceWatcher(Set.of(options.content(), options.templates()), this::changed);
        rebuild(null, Set.of(), true);
        server = new SiteServer(new InetSocketAddress(options.bind(), options.port()), () -> built ? output : null, live,
                this::writeExports, idle::served);
        if (built) {
            warmUp = new Thread(this::warmUp, "studyguide-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
        }
    }

    /**
     * Rebuilds twice, announcing nothing, while the reader opens the first page: the guide with an edit that is
     * not committed ({@link RehearsedEdit}), then the guide as it is, which undoes the edit. The first build ran
     * the code that makes pages; a rebuild runs other code (finding each unit's work in the caches), and an edit
     * more again (its text rendered, its pages made around the kept ones), which the JIT has not compiled yet:
     * warmed up by two rebuilds of the unchanged guide, the first save still took 1.7 times as long as the later
     * ones at 10,000 questions (docs/serve.md). A save meanwhile waits for the rebuild under way at most, then is
     * built as usual, undoing the edit if it is still there. A library has no edit: two unchanged rebuilds.
     */
    private void warmUp() {
        boolean library = LibraryLoader.isLibrary(options.content());
        for (int i = 0; i < WARM_UP_REBUILDS && !closing.get(); i++) {
            synchronized (this) {
                // A save came: its rebuild warms up as well, and goes first. Someone asked for the exports
                // already: a rebuild would take them away under their download.
                if (closing.get() || changeCame || exportsWritten) {
                    return;
                }
                try {
                    Build build = new Build(buildOptions(), caches).withoutExports();
                    if (i == REHEARSED && !library) {
                        build.rehearsing(RehearsedEdit::of);
                    }
                    build.run(true);
                    warmUpBuilds++;
                } catch (IOException | UnsafeOutputException | RuntimeException e) {
                    return; // a real rebuild reports it (ContentException is a RuntimeException)
                } finally {
                    // Between its rebuilds the collection waits as after any build; after the last, nothing is
                    // announced, so nothing will be asked for: collect before the reader's first save comes.
                    if (i == WARM_UP_REBUILDS - 1) {
                        idle.builtUnannounced();
                    } else {
                        idle.built();
                    }
                }
            }
        }
    }

    /** Between builds: what the caches dropped is freed, then collected with the rest of the builds' garbage. */
    private void collect() {
        caches.sweep();
        System.gc();
    }

    /** The address pages are served at, e.g. {@code http://127.0.0.1:8000/}. */
    public URI address() {
        InetSocketAddress a = server.address();
        String host = a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
    }

    /** The folder the site is written to. */
    public Path output() {
        return output;
    }

    /** Waits for the warm-up rebuilds after the first build to end; returns how many were made (for tests). */
    int awaitWarmUp() throws InterruptedException {
        if (warmUp != null) {
            warmUp.join();
        }
        synchronized (this) {
            return warmUpBuilds;
        }
    }

    /** Waits until {@link #close()} has run (from a shutdown hook on Ctrl+C, or a test). */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    private void changed(SourceWatcher.Burst burst) {
        Set<Path> paths = burst.paths();
        changeCame = true;
        idle.changeCame();
        // The watcher reports absolute paths; the theme folder may be given relative to the working folder.
        Path theme = options.templates().toAbsolutePath().normalize();
        if (paths.stream().anyMatch(p -> p.toAbsolutePath().normalize().startsWith(theme))) {
            caches.themeChanged();
        }
        try {
            rebuild(paths, burst.foldersWithEntriesChanged(), false);
        } catch (UnsafeOutputException e) {
            err.println("studyguide: " + e.getMessage());
        } catch (RuntimeException e) {
            // Keep serving whatever happens; the terminal says what went wrong.
            err.println("studyguide: internal error while rebuilding: " + e);
            live.publish(new LiveReload.State(live.state().version(), List.of("internal error: " + e)));
        }
    }

    /** Builds once; synchronised because the first build and the watcher's thread could overlap. */
    private synchronized void rebuild(Set<Path> changed, Set<Path> listingsChanged, boolean first) throws UnsafeOutputException {
        long start = System.nanoTime();
        if (changed != null) {
            // Here, with no build under way: a build reading a file while its change is forgotten would keep
            // what it read as current.
            caches.changed(changed, listingsChanged);
        }
        List<String> problems = new ArrayList<>();
        Build.Result result = null;
        try {
            result = new Build(buildOptions(), caches).withoutExports().run(true);
        } catch (ContentException e) {
            e.problems().stream().map(Problem::toString).forEach(problems::add);
        } catch (IOException e) {
            problems.add("could not build: " + e.getMessage());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        String what = changed == null ? "" : " after a change to " + describe(changed);
        if (result != null) {
            built = true;
            exportsWritten = false;
        }
        if (!first && overtaken()) {
            return;
        }
        if (result != null) {
            builds++;
            boolean fixed = !live.state().problems().isEmpty();
            live.publish(new LiveReload.State(run + "-" + builds, List.of()));
            out.printf(Locale.ROOT, "%s %s in %s%s in %d ms%s%n", first ? "Built" : "Rebuilt",
                    count(result.questions(), "question", "questions"), count(result.categories(), "category", "categories"),
                    what, millis, fixed ? "; the problems are fixed" : "");
        } else {
            live.publish(new LiveReload.State(live.state().version(), List.copyOf(problems)));
            problems.forEach(err::println);
            err.printf(Locale.ROOT, "%d problem%s%s; %s%n", problems.size(), problems.size() == 1 ? "" : "s", what,
                    built ? "still serving the last good build, and the browser shows them"
                            : "the browser shows them until they are fixed");
        }
        out.flush();
        err.flush();
        idle.built();
    }

    /**
     * Whether a change came while this rebuild ran: an editor saving in steps (truncate, then write) may have
     * been caught half-way, so the rebuild's problems or reload are not announced, and the next rebuild, which
     * follows at once, announces its own. Never twice in a row, so that a file written again and again still
     * gets its pages reloaded. Only on the watcher's thread.
     */
    private boolean overtaken() {
        boolean overtaken = !withheld && watcher.changedSince();
        withheld = overtaken;
        return overtaken;
    }

    private Build.Options buildOptions() {
        return new Build.Options(options.content(), options.templates(), output, options.baseUrl(),
                options.environment());
    }

    /**
     * Rebuilds with site/export/ when a page asks for a file in it: the single-file export re-renders the
     * whole guide, which rebuilds while typing do not need. Returns whether the exports are there.
     */
    private synchronized boolean writeExports() {
        if (!built) {
            return false;
        }
        if (!exportsWritten) {
            try {
                new Build(buildOptions(), caches).run(true);
                exportsWritten = true;
            } catch (ContentException | IOException | UnsafeOutputException e) {
                return false; // the next edit's rebuild reports it
            } finally {
                idle.built();
            }
        }
        return true;
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String describe(Set<Path> changed) {
        Path first = changed.iterator().next();
        Path cwd = Path.of("").toAbsolutePath();
        Path shown = first.isAbsolute() && first.startsWith(cwd) ? cwd.relativize(first) : first;
        return shown.toString().replace('\\', '/') + (changed.size() > 1 ? " and " + (changed.size() - 1) + " more" : "");
    }

    /** Stops watching and serving and deletes the session's own output folder; safe to call twice. */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            // nothing left to watch
        }
        if (server != null) {
            server.stop();
        }
        idle.close();
        synchronized (this) {
            if (ownFolder != null && Files.exists(ownFolder)) {
                try {
                    SiteWriter.deleteTree(ownFolder);
                } catch (IOException e) {
                    err.println("studyguide: could not delete " + ownFolder + ": " + e.getMessage());
                }
            }
        }
        closed.countDown();
    }
}
