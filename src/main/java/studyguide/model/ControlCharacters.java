package studyguide.model;

/**
 * The characters no page can show: C0 controls other than tab and line ends, DEL, and the C1 controls.
 * HTML's parser reports them as errors; the loader refuses them in YAML values, and the Markdown renderer
 * replaces any that a character reference writes.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** Whether {@code c} is one of them. */
    public static boolean is(char c) {
        return c < ' ' && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c <= 0x9f;
    }
}
