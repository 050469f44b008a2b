package studyguide.cache;

import java.util.function.Predicate;

/**
 * Work kept between builds, by everything it was made from: the key holds (or is a hash of) every input of
 * one unit of work, so a value found under it is the value the work would make again, and a cache never
 * changes a build's output. {@link Memo} keeps values in memory for a process that builds again and again
 * ({@code serve}), {@link DiskCache} in the user's cache folder for the next process, and {@link #none()}
 * keeps nothing, for a one-off build's in-memory work that no later build would reuse.
 *
 * <p>Implementations are thread-safe: a build's stages use a cache from several threads at once.
 */
public interface Cache<K, V> {

    /** The value kept for this key, or null. */
    V get(K key);

    /** Keeps the value for this key; a cache may drop it at any time. */
    void put(K key, V value);

    /**
     * Drops every entry whose key matches: for keys that name something which can change (a file by its
     * path) rather than hold everything the value was made from. A cache that keeps nothing, or keeps by
     * content, has nothing to drop.
     */
    default void forgetIf(Predicate<? super K> which) {
        // nothing kept by name
    }

    /**
     * Whether a value put here can come back. Callers that would do extra work only to keep a value (render
     * a page into memory rather than straight into its file) skip it when not.
     */
    default boolean keeps() {
        return true;
    }

    /** A cache that keeps nothing. */
    @SuppressWarnings("unchecked")
    static <K, V> Cache<K, V> none() {
        return (Cache<K, V>) Nothing.INSTANCE;
    }

    /** The cache that keeps nothing: every get misses. */
    enum Nothing implements Cache<Object, Object> {
        INSTANCE;

        @Override
        public Object get(Object key) {
            return null;
        }

        @Override
        public void put(Object key, Object value) {
            // kept nowhere
        }

        @Override
        public boolean keeps() {
            return false;
        }
    }
}
