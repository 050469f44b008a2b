package studyguide.build;

/** Where a build says which stage it is in, for a person waiting at a terminal. */
public interface Progress {

    /** The build has started {@code what}, such as "rendering 1,000 questions". */
    void stage(String what);

    /** Progress that goes nowhere: for logs, pipes, tests and {@code serve}. */
    static Progress none() {
        return what -> { };
    }
}
