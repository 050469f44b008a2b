package studyguide.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of a build, so that one run reports them all, and the warnings that do not stop it;
 * safe to share between threads.
 */
public final class Problems {

    private final List<Problem> list = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    /** Records a problem at a position. */
    public synchronized void add(Position position, String message) {
        list.add(new Problem(position, message));
    }

    /** Records something the author should look at that does not stop the build. */
    public synchronized void warn(Position position, String message) {
        warnings.add(new Problem(position, message));
    }

    /** The warnings so far, sorted by file, line and column, without duplicates. */
    public synchronized List<Problem> warnings() {
        return warnings.stream().distinct().sorted().toList();
    }

    /** Records problems found elsewhere. */
    public synchronized void addAll(List<Problem> problems) {
        list.addAll(problems);
    }

    /** Records warnings found elsewhere. */
    public synchronized void warnAll(List<Problem> found) {
        warnings.addAll(found);
    }

    public synchronized boolean isEmpty() {
        return list.isEmpty();
    }

    /** The problems so far, sorted by file, line and column, without duplicates. */
    public synchronized List<Problem> sorted() {
        return list.stream().distinct().sorted().toList();
    }

    /** Throws {@link ContentException} when any problem was recorded. */
    public void throwIfAny() {
        if (!isEmpty()) {
            throw new ContentException(sorted());
        }
    }
}
