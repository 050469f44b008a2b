package studyguide.build;

import java.util.concurrent.atomic.AtomicReference;

/**
 * A value that one later stage takes, after which nothing else holds it. The build's records are held by
 * its thread's frames to the end of the build (a method's local variables stay reachable while it runs,
 * used or not), so a value in them that only one stage reads, and that stage is done with early, would
 * take heap from every later stage (the search index's plain text; docs/performance.md).
 */
final class HandOff<T> {

    private final AtomicReference<T> value;

    HandOff(T value) {
        this.value = new AtomicReference<>(value);
    }

    /**
     * The value, which this hand-off forgets.
     *
     * @throws IllegalStateException when it was taken already
     */
    T take() {
        T taken = value.getAndSet(null);
        if (taken == null) {
            throw new IllegalStateException("handed off already");
        }
        return taken;
    }
}
