package studyguide.problem;

import java.util.Comparator;

/** One thing wrong with the content, printed as {@code file:line:column: message}. */
public record Problem(Position position, String message) implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator
            .comparing((Problem p) -> p.position().file().toString())
            .thenComparingInt(p -> p.position().line())
            .thenComparingInt(p -> p.position().column())
            .thenComparing(Problem::message);

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return position + ": " + message;
    }
}
