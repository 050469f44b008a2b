package studyguide.cache;

/**
 * A part of a cache's key compared by reference, not by value: for a value a stage hands back from an earlier
 * build when the new one is equal (as {@code view/ViewBuilder} does with its views), the same value is the same
 * object, and a key costs neither a deep hash nor a comparison of strings. Two different objects may still be
 * equal (a value no cache keeps any longer): that only makes the work be done again, never a wrong value.
 */
public record Same(Object value) {

    @Override
    public boolean equals(Object o) {
        return o instanceof Same other && other.value == value;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(value);
    }
}
