package studyguide.limit;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The processor time a thread has used. Limits on drawing a diagram or reading a text stop input that
 * would keep the build busy for ever; measured on the wall clock, they also stopped honest input on a
 * machine busy with other work (a shared CI runner, a laptop compiling), where a thread waits for a core
 * most of the time. Where the JVM cannot measure a thread's time, this falls back to the wall clock.
 */
public final class CpuTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean MEASURED = measured();

    private CpuTime() {
    }

    private static boolean measured() {
        try {
            if (THREADS.isThreadCpuTimeSupported() && !THREADS.isThreadCpuTimeEnabled()) {
                THREADS.setThreadCpuTimeEnabled(true);
            }
            return THREADS.isThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
        } catch (UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** Nanoseconds of processor time the current thread has used, from an arbitrary origin. */
    public static long currentThread() {
        return MEASURED ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** A clock for {@code thread}'s work, started now: {@link Stopwatch#elapsed()} is its time since. */
    public static Stopwatch of(Thread thread) {
        return new Stopwatch(thread);
    }

    /** The processor time one thread has used since the stopwatch started (wall time where not measured). */
    public static final class Stopwatch {
        private final long threadId;
        private final long start;
        private long last;

        private Stopwatch(Thread thread) {
            this.threadId = thread.getId();
            this.start = MEASURED ? Math.max(0, THREADS.getThreadCpuTime(threadId)) : System.nanoTime();
        }

        /** Nanoseconds of work since the start; the last value once the thread has ended. */
        public long elapsed() {
            long now = MEASURED ? THREADS.getThreadCpuTime(threadId) : System.nanoTime();
            if (now >= 0) { // -1: the thread has ended
                last = now - start;
            }
            return last;
        }
    }
}
