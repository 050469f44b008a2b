package studyguide.limit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CpuTimeTest {

    @Test
    void aThreadThatWaitsIsNotChargedForTheWait() throws InterruptedException {
        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(400);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        CpuTime.Stopwatch worked = CpuTime.of(sleeper);
        long wall = System.nanoTime();
        sleeper.start();
        sleeper.join();
        wall = System.nanoTime() - wall;
        assertTrue(wall >= TimeUnit.MILLISECONDS.toNanos(400));
        assertTrue(worked.elapsed() < TimeUnit.MILLISECONDS.toNanos(100), "charged " + worked.elapsed() / 1e6 + " ms");
    }

    @Test
    void aThreadThatWorksIsCharged() {
        long start = CpuTime.currentThread();
        long sum = 0;
        while (CpuTime.currentThread() - start < TimeUnit.MILLISECONDS.toNanos(50)) {
            sum += System.identityHashCode(new Object());
        }
        assertTrue(sum != 42 && CpuTime.currentThread() - start >= TimeUnit.MILLISECONDS.toNanos(50));
    }
}
