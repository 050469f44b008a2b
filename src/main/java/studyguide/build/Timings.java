package studyguide.build;

import java.util.LinkedHashMap;
import java.util.Map;

/** Wall-clock time of each build stage, printed with {@code --timings} and read by the benchmark. */
public final class Timings {

    private final long start = System.nanoTime();
    private long last = start;
    private final Map<String, Long> stages = new LinkedHashMap<>();
    private final Map<String, Long> parts = new LinkedHashMap<>();

    /**
     * Time spent on one kind of work inside a stage, summed over the threads that did it (diagrams are
     * drawn in parallel while Markdown renders); printed after the stages as {@code name (in stage)}.
     */
    void part(String name, String stage, long nanos) {
        parts.merge(name + " (in " + stage + ")", nanos, Long::sum);
    }

    /** Ends the current stage under this name. */
    void lap(String stage) {
        long now = System.nanoTime();
        stages.merge(stage, now - last, Long::sum);
        last = now;
    }

    /** Seconds since the build started. */
    public double totalSeconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    /** One line, e.g. {@code load 120 ms, validate 3 ms, ...}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        stages.forEach((name, nanos) -> s.append(s.length() == 0 ? "" : ", ").append(name).append(' ')
                .append(nanos / 1_000_000).append(" ms"));
        parts.forEach((name, nanos) -> s.append(s.length() == 0 ? "" : ", ").append(name).append(' ')
                .append(nanos / 1_000_000).append(" ms"));
        return s.toString();
    }
}
