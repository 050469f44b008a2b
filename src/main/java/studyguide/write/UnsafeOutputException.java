package studyguide.write;

/** The chosen output folder could hold a user's own files; the build refuses to replace it. */
public final class UnsafeOutputException extends Exception {

    public UnsafeOutputException(String message) {
        super(message, null, false, false);
    }
}
