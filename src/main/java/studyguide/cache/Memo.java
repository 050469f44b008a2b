package studyguide.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A thread-safe cache that forgets what a build did not use: entries read or written since the last
 * {@link #keepOnlyUsed()} survive it, the rest are dropped, so a long-running server does not keep
 * every old version of an edited answer.
 */
public final class Memo<K, V> {

    private final boolean remembers;
    private volatile Map<K, V> used = new ConcurrentHashMap<>();
    private volatile Map<K, V> older = new ConcurrentHashMap<>();

    public Memo() {
        this(true);
    }

    private Memo(boolean remembers) {
        this.remembers = remembers;
    }

    /**
     * A memo that keeps nothing, for a one-off build: there is no next build to reuse its values, and
     * keeping every page until the build ends would hold the whole site in memory.
     */
    public static <K, V> Memo<K, V> forgetful() {
        return new Memo<>(false);
    }

    /** Whether values put here can come back; callers skip making a costly key when not. */
    public boolean remembers() {
        return remembers;
    }

    /** The cached value, or null. */
    public V get(K key) {
        if (!remembers) {
            return null;
        }
        V value = used.get(key);
        if (value == null) {
            value = older.get(key);
            if (value != null) {
                used.put(key, value);
            }
        }
        return value;
    }

    public void put(K key, V value) {
        if (remembers) {
            used.put(key, value);
        }
    }

    /** Drops every entry that was not read or written since the previous call. */
    public synchronized void keepOnlyUsed() {
        older = used;
        used = new ConcurrentHashMap<>();
    }

    /** Forgets everything. */
    public synchronized void clear() {
        used = new ConcurrentHashMap<>();
        older = new ConcurrentHashMap<>();
    }

    /** How many entries the cache holds (for tests and the benchmark). */
    public int size() {
        Map<K, V> all = new ConcurrentHashMap<>(older);
        all.putAll(used);
        return all.size();
    }
}
