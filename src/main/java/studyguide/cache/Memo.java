package studyguide.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A cache in memory that forgets what a build did not use: entries read or written since the last
 * {@link #keepOnlyUsed()} survive it, the rest are dropped, so a long-running server does not keep
 * every old version of an edited answer.
 *
 * <p>Each entry notes the build that last used it, in place: moving every used entry into a new map for the
 * next build made, at 10,000 questions, hundreds of thousands of objects per rebuild that lived exactly one
 * build, long enough for the collector to copy them into the old generation and collect them there. An entry
 * the last build did not use is dropped from the start of the next: a lookup no longer finds it, and it is
 * removed by {@link #sweep()}, which {@code serve} calls between builds, or every few builds otherwise, so
 * that a rebuild does not walk every entry of every cache.
 */
public final class Memo<K, V> implements Cache<K, V> {

    /** A value and the build that last read or wrote it. */
    private static final class Entry<V> {
        final V value;
        volatile int used;

        Entry(V value, int used) {
            this.value = value;
            this.used = used;
        }
    }

    /** Builds after which {@link #keepOnlyUsed()} sweeps when nobody called {@link #sweep()} meanwhile. */
    private static final int SWEEP_AT_LEAST_EVERY = 8;

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    /** The build under way: counts the calls of {@link #keepOnlyUsed()}. */
    private volatile int build;
    /** The build under way at the last sweep. */
    private int swept;

    @Override
    public V get(K key) {
        Entry<V> entry = entries.get(key);
        int now = build;
        if (entry == null || dropped(entry, now)) {
            return null;
        }
        if (entry.used != now) {
            entry.used = now;
        }
        return entry.value;
    }

    /** Whether the entry was used neither in this build nor in the one before: dropped, if not yet removed. */
    private static boolean dropped(Entry<?> entry, int now) {
        return entry.used < now - 1;
    }

    @Override
    public void put(K key, V value) {
        entries.put(key, new Entry<>(value, build));
    }

    @Override
    public synchronized void forgetIf(Predicate<? super K> which) {
        entries.keySet().removeIf(which);
    }

    /** Drops every entry that was not read or written since the previous call. */
    public synchronized void keepOnlyUsed() {
        build++;
        if (build - swept >= SWEEP_AT_LEAST_EVERY) {
            sweep();
        }
    }

    /** Removes the entries dropped so far, so that they take no memory. */
    public synchronized void sweep() {
        int now = build;
        entries.values().removeIf(entry -> dropped(entry, now));
        swept = now;
    }

    /** Forgets everything. */
    public synchronized void clear() {
        entries.clear();
    }

    /** How many entries the cache holds (for tests and the benchmark). */
    public int size() {
        int now = build;
        return (int) entries.values().stream().filter(entry -> !dropped(entry, now)).count();
    }
}
