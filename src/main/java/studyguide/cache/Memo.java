package studyguide.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A cache in memory that forgets what a build did not use: entries read or written since the last
 * {@link #keepOnlyUsed()} survive it, the rest are dropped, so a long-running server does not keep
 * every old version of an edited answer.
 */
public final class Memo<K, V> implements Cache<K, V> {

    private volatile Map<K, V> used = new ConcurrentHashMap<>();
    private volatile Map<K, V> older = new ConcurrentHashMap<>();

    @Override
    public V get(K key) {
        V value = used.get(key);
        if (value == null) {
            value = older.get(key);
            if (value != null) {
                used.put(key, value);
            }
        }
        return value;
    }

    @Override
    public void put(K key, V value) {
        used.put(key, value);
    }

    /** Drops every entry that was not read or written since the previous call. */
    public synchronized void keepOnlyUsed() {
        older = used;
        // Sized for what the last build used, which the next one mostly uses again: grown from empty, a map of
        // 10,000 entries is copied into a larger table a dozen times.
        used = new ConcurrentHashMap<>(Math.max(16, older.size()));
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
