package studyguide.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A cache in memory that forgets what a build did not use: entries read or written since the last
 * {@link #keepOnlyUsed()} survive it, the rest are dropped, so a long-running server does not keep
 * every old version of an edited answer.
 */
public final class Memo<K, V> implements Cache<K, V> {

    /**
     * A key with its hash taken once. A lookup asks two maps and may put into one, and a key such as a question
     * and its place is a tree of records that recompute their hash on every call: at 10,000 questions a
     * rebuild's lookups hashed each key three times, a sixth of its processor time.
     */
    private record Hashed(Object key, int hash) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Hashed other && other.hash == hash && (other.key == key || other.key.equals(key));
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private volatile Map<Hashed, V> used = new ConcurrentHashMap<>();
    private volatile Map<Hashed, V> older = new ConcurrentHashMap<>();

    @Override
    public V get(K key) {
        Hashed hashed = new Hashed(key, key.hashCode());
        V value = used.get(hashed);
        if (value == null) {
            value = older.get(hashed);
            if (value != null) {
                used.put(hashed, value);
            }
        }
        return value;
    }

    @Override
    public void put(K key, V value) {
        used.put(new Hashed(key, key.hashCode()), value);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void forgetIf(Predicate<? super K> which) {
        used.keySet().removeIf(hashed -> which.test((K) hashed.key()));
        older.keySet().removeIf(hashed -> which.test((K) hashed.key()));
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
        Map<Hashed, V> all = new ConcurrentHashMap<>(older);
        all.putAll(used);
        return all.size();
    }
}
