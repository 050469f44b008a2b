package studyguide.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The stages beside the pages map their lists with {@link Parallel#map}: in order, failing as they failed, without spinning. */
class ParallelTest {

    @Test
    void resultsComeInTheItemsOrderWhateverThreadMadeThem() {
        List<Integer> items = IntStream.range(0, 1000).boxed().toList();
        assertEquals(items.stream().map(i -> "item " + i).toList(), Parallel.map(items, i -> "item " + i));
    }

    @Test
    void aNullResultIsKept() {
        assertEquals(Arrays.asList("a", null, "c"), Parallel.map(List.of("a", "b", "c"), s -> s.equals("b") ? null : s));
    }

    @Test
    void anEmptyListGivesAnEmptyList() {
        assertEquals(List.of(), Parallel.map(List.<String>of(), s -> s));
    }

    @Test
    void theFunctionsExceptionIsThrownToTheCaller() {
        IllegalStateException thrown = new IllegalStateException("sheet 3 could not be printed");
        assertSame(thrown, assertThrows(IllegalStateException.class, () -> Parallel.map(List.of(1, 2, 3, 4), i -> {
            if (i == 3) {
                throw thrown;
            }
            return i;
        })));
    }

    /**
     * While another thread works on a long item, the caller sleeps: a parallel stream's caller on JDK 17 could
     * spin for as long, which is what this class is for. Counts the caller's processor time, not the time.
     */
    @Test
    void theCallerSleepsWhileAnotherThreadFinishesALongItem() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<String> ran = new ArrayList<>();
        long before = threads.getCurrentThreadCpuTime();
        Thread caller = Thread.currentThread();
        Parallel.map(List.of("long", "short"), item -> {
            if (Thread.currentThread() != caller) {
                sleep(800);
            }
            synchronized (ran) {
                ran.add(item);
            }
            return item;
        });
        long cpuMillis = (threads.getCurrentThreadCpuTime() - before) / 1_000_000;
        assertEquals(2, ran.size());
        assertTrue(cpuMillis < 400, "the caller used " + cpuMillis + " ms of processor time while it waited");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Reading files, the items wait rather than compute: all of the reader threads hold one at once (here each
     * item waits until eight are held), where {@link Parallel#map} would have as many as there are cores.
     */
    @Test
    void readingHoldsAsManyItemsAtOnceAsItHasReaders() {
        int held = Parallel.READERS + 1;
        CountDownLatch allHeld = new CountDownLatch(held);
        List<Integer> items = IntStream.range(0, 100).boxed().toList();
        List<String> read = Parallel.mapReading(items, i -> {
            allHeld.countDown();
            try {
                assertTrue(allHeld.await(10, TimeUnit.SECONDS), "the caller and every reader hold an item at once");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return "file " + i;
        });
        assertEquals(items.stream().map(i -> "file " + i).toList(), read);
        IllegalStateException thrown = new IllegalStateException("answer 7 could not be read");
        assertSame(thrown, assertThrows(IllegalStateException.class, () -> Parallel.mapReading(items, i -> {
            if (i == 7) {
                throw thrown;
            }
            return i;
        })));
    }
}
