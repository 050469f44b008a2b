package studyguide.parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Maps a list on several threads: the calling thread and the common fork-join pool's, each taking the next
 * item whenever it is free; the caller then sleeps until the items other threads took are done.
 *
 * <p>Written by hand for the stages that run beside the pages (printing, the search index, social cards)
 * instead of a parallel stream: on JDK 17 a thread that waits for its parallel stream can spin at full
 * speed until the stream ends ({@code ForkJoinPool.WorkQueue.helpComplete} re-reading a task another thread
 * has just taken), and JFR found the printing and search index threads spinning for a fifth of a
 * 10,000-question build's processor time (docs/performance.md, "Design choices that hold the figures").
 * Here no thread waits for another's task but the caller, and it waits on a latch.
 */
public final class Parallel {

    private Parallel() {
    }

    /**
     * {@code function} applied to each item, in the items' order. A runtime exception or error of
     * {@code function} is thrown here once every item taken has ended, and no item is started after it.
     */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function) {
        int helpers = Math.min(items.size() - 1, ForkJoinPool.getCommonPoolParallelism());
        return map(items, function, helpers, ForkJoinPool.commonPool());
    }

    /**
     * {@link #map}, for work that waits for the disk more than it computes (reading many small files): the
     * caller and {@link #READERS} threads started for the call, more than there are cores, so that reads of files
     * not in the operating system's cache overlap: the 100,000 answer files of the benchmark's largest guide,
     * the cache emptied, took {@code xargs -P 2 cat} 6.8 s, {@code -P 8} 3.8 s (docs/performance.md).
     */
    public static <T, R> List<R> mapReading(List<T> items, Function<? super T, ? extends R> function) {
        return map(items, function, Math.min(items.size() - 1, READERS), work -> {
            Thread reader = new Thread(work, "studyguide-reader");
            reader.setDaemon(true);
            reader.start();
        });
    }

    /** How many threads besides the caller {@link #mapReading} starts. */
    static final int READERS = 7;

    private static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function, int helpers,
            Executor executor) {
        int size = items.size();
        Object[] results = new Object[size];
        AtomicInteger next = new AtomicInteger();
        CountDownLatch ended = new CountDownLatch(size);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < size; i = next.getAndIncrement()) {
                try {
                    if (failure.get() == null) {
                        results[i] = function.apply(items.get(i));
                    }
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                } finally {
                    ended.countDown();
                }
            }
        };
        // A helper that starts after every item was taken finds nothing to do: nobody waits for it.
        for (int h = 0; h < helpers; h++) {
            executor.execute(work);
        }
        work.run();
        awaitUninterruptibly(ended);
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException e) {
            throw e;
        } else if (failed instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Collections.unmodifiableList(new ArrayList<>(Arrays.asList(results)));
        return list;
    }

    /**
     * Waits for the latch to reach zero, through interrupts (the interrupt is kept for the caller), without
     * asking a fork-join pool for a thread in the waiter's place, as a future's join would.
     */
    public static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
