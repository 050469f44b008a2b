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
 */
final class IdleCollection implements AutoCloseable {

    /** Time for the open page to ask for its rebuilt version before the collection stops every thread. */
    static final long DELAY_MILLIS = 250;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "studyguide-idle-collection");
        thread.setDaemon(true);
        return thread;
    });
    private final Runnable collect;
    private final long delayMillis;
    private ScheduledFuture<?> next;

    /** Runs {@code collect} (a full collection, see {@code Serve}) {@code delayMillis} after a build. */
    IdleCollection(Runnable collect, long delayMillis) {
        this.collect = collect;
        this.delayMillis = delayMillis;
    }

    /** A build ended: collect in a moment, unless a change comes first; nothing once closed (a build may end after). */
    synchronized void built() {
        cancel();
        if (!timer.isShutdown()) {
            next = timer.schedule(collect, delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** A change came: its rebuild goes first. */
    synchronized void changeCame() {
        cancel();
    }

    private void cancel() {
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
