package studyguide.serve;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Collects the garbage of earlier builds while the reader reads, rather than in the middle of the next rebuild.
 * Each rebuild of a large guide leaves what the build before made (views, pages, the search index) as garbage
 * in the old generation; with the heap the launcher's JVM options keep small, the collector then stopped every
 * second or third rebuild for a full collection, about 250 ms at 10,000 questions, as long as the rebuild
 * itself. A full collection shortly after each build, once its page has been served, leaves the next rebuild
 * room; a change that comes first cancels it.
 *
 * <p>Shortly means: once the requests the build's reload brings have been quiet for a moment, or a quarter of
 * a second after the build when none comes. Waiting the quarter of a second every time made a save half a
 * second after the reload wait for the collection's end (8–43 ms in six saves of eight at 10,000 questions).
 */
final class IdleCollection implements AutoCloseable {

    /** Time for the open page to ask for its rebuilt version before the collection stops every thread. */
    static final long DELAY_MILLIS = 250;
    /** How long the requests after a build must be quiet before the collection, when one came before the delay. */
    static final long QUIET_MILLIS = 50;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "studyguide-idle-collection");
        thread.setDaemon(true);
        return thread;
    });
    private final Runnable collect;
    private final long delayMillis;
    private final long quietMillis;
    /** The collection to come, or null, and its turn, which it claims under the lock as it starts: it runs once. */
    private ScheduledFuture<?> next;
    private Object pending;
    /** When the collection to come runs at the latest ({@link System#nanoTime}). */
    private long deadline;

    /** Runs {@code collect} (a full collection, see {@code Serve}) {@code delayMillis} after a build. */
    IdleCollection(Runnable collect, long delayMillis) {
        this(collect, delayMillis, delayMillis);
    }

    /**
     * Runs {@code collect} {@code delayMillis} after a build, or sooner: {@code quietMillis} after the last request
     * served since ({@link #served}).
     */
    IdleCollection(Runnable collect, long delayMillis, long quietMillis) {
        this.collect = collect;
        this.delayMillis = delayMillis;
        this.quietMillis = quietMillis;
    }

    /** A build ended: collect in a moment, unless a change comes first; nothing once closed (a build may end after). */
    synchronized void built() {
        collectIn(TimeUnit.MILLISECONDS.toNanos(delayMillis));
    }

    /**
     * A build that announced nothing ended (the warm-up's last): no page will ask for a new version, so the
     * collection runs at once, unless a change came first.
     */
    synchronized void builtUnannounced() {
        collectIn(0);
    }

    /** Under the lock: the collection to come, in place of any other, {@code nanos} from now. */
    private void collectIn(long nanos) {
        cancel();
        if (!timer.isShutdown()) {
            deadline = System.nanoTime() + nanos;
            schedule(deadline);
        }
    }

    /** A request was answered: a collection to come runs once requests have been quiet a moment, if that is sooner. */
    synchronized void served() {
        if (pending == null) {
            return;
        }
        long at = Math.min(deadline, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(quietMillis));
        next.cancel(false);
        schedule(at);
    }

    /** A change came: its rebuild goes first. */
    synchronized void changeCame() {
        cancel();
    }

    /** Under the lock, which the task takes to claim its turn: it cannot start before {@code next} is set. */
    private void schedule(long at) {
        Object turn = new Object();
        pending = turn;
        next = timer.schedule(() -> {
            if (claim(turn)) {
                collect.run();
            }
        }, Math.max(0, at - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    /** Whether {@code turn} is still the collection to come, which it then no longer is. */
    private synchronized boolean claim(Object turn) {
        if (pending != turn) {
            return false;
        }
        pending = null;
        next = null;
        return true;
    }

    private void cancel() {
        pending = null;
        if (next != null) {
            next.cancel(false);
            next = null;
        }
    }

    @Override
    public synchronized void close() {
        cancel();
        timer.shutdownNow();
    }
}
