package studyguide;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * The tags of the test classes that the quick lane ({@code mvn test -Pquick}) leaves out: those that
 * drive Chromium, run the Nu HTML Checker, fuzz, or run the launcher from an empty cache. {@code mvn test}
 * runs them all.
 */
public final class Slow {

    private Slow() {
    }

    /** Drives headless Chromium. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Tag("browser")
    public @interface Browser {
    }

    /** Runs the Nu HTML Checker over built sites. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Tag("validator")
    public @interface Validator {
    }

    /** Builds many generated or damaged guides. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Tag("fuzz")
    public @interface Fuzz {
    }

    /** Runs the {@code ./jbang} launcher and JBang themselves, from an empty cache. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Tag("launcher")
    public @interface Launcher {
    }
}
