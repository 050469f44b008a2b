package studyguide.problem;

import java.util.List;

/** Thrown when the content has problems; carries all of them, so the build can report every one. */
public final class ContentException extends RuntimeException {

    private final List<Problem> problems;

    public ContentException(List<Problem> problems) {
        super(problems.size() + " problem(s) in the content", null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
