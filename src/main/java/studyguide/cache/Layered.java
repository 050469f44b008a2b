package studyguide.cache;

/**
 * Two caches of the same work, the nearer asked first: a value found only in the farther one is kept in the
 * nearer for the next time, and a value put goes to both. {@code serve}'s first build finds on disk what the
 * guide's last build rendered and keeps it in memory for the rebuilds.
 */
public record Layered<K, V>(Cache<K, V> near, Cache<K, V> far) implements Cache<K, V> {

    @Override
    public V get(K key) {
        V value = near.get(key);
        if (value == null) {
            value = far.get(key);
            if (value != null) {
                near.put(key, value);
            }
        }
        return value;
    }

    @Override
    public void put(K key, V value) {
        near.put(key, value);
        far.put(key, value);
    }

    @Override
    public boolean keeps() {
        return near.keeps() || far.keeps();
    }
}
