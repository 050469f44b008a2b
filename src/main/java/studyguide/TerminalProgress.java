package studyguide;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import studyguide.build.Progress;

/**
 * A one-line progress display for a build that takes a while: after {@link #DELAY_NANOS} it shows the
 * current stage and the time so far on one line, redrawn in place with a carriage return, and erases it
 * when the build ends, so the summary line stands alone. Only for a terminal: a log gets no such line.
 */
final class TerminalProgress implements Progress, AutoCloseable {

    /** A build that ends sooner shows nothing: most builds take about a second. */
    static final long DELAY_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final PrintWriter out;
    private final LongSupplier clock;
    private final long start;
    private final ScheduledExecutorService ticker;
    private String stage = "starting";
    private int shown;
    private String last;
    private boolean closed;

    /** @param tick whether to redraw by itself on a timer; without, only {@link #draw} draws (tests) */
    TerminalProgress(PrintWriter out, LongSupplier clock, boolean tick) {
        this.out = out;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.ticker = tick ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "progress");
            thread.setDaemon(true);
            return thread;
        }) : null;
        if (ticker != null) {
            ticker.scheduleAtFixedRate(this::draw, 250, 250, TimeUnit.MILLISECONDS);
        }
    }

    /** Progress on {@code err}, shown only when {@code terminal}: otherwise it draws nothing at all. */
    static TerminalProgress start(PrintWriter err, boolean terminal) {
        return new TerminalProgress(err, System::nanoTime, terminal);
    }

    /**
     * Whether this process writes to a terminal a person watches: a console (no redirection), not a
     * dumb terminal, not CI.
     */
    static boolean isTerminal(Map<String, String> environment) {
        return System.console() != null && !"dumb".equals(environment.get("TERM")) && environment.get("CI") == null;
    }

    @Override
    public synchronized void stage(String what) {
        stage = what;
    }

    /** Redraws the line once the delay has passed. */
    synchronized void draw() {
        long elapsed = clock.getAsLong() - start;
        if (closed || elapsed < DELAY_NANOS) {
            return;
        }
        String line = String.format(Locale.ROOT, "%s (%.0f s)", stage, elapsed / 1e9);
        if (line.equals(last)) {
            return;
        }
        last = line;
        // Spaces over what is left of a longer line before it; no escape codes, which some terminals show.
        out.print("\r" + line + " ".repeat(Math.max(0, shown - line.length())));
        out.flush();
        shown = line.length();
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (ticker != null) {
            ticker.shutdownNow();
        }
        if (shown > 0) {
            out.print("\r" + " ".repeat(shown) + "\r");
            out.flush();
            shown = 0;
        }
    }
}
