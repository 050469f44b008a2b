package studyguide;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * The tags of the tests that the quick lane ({@code mvn test -Pquick}) leaves out: those that drive
 * Chromium, run the Nu HTML Checker, run Node, fuzz, run the launcher from an empty cache, or spend seconds
 * on purpose ({@link Heavy}). {@code mvn test} runs them all.
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

    /** Runs a script in Node, with packages from {@code tools/}. */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Tag("node")
    public @interface Node {
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

    /**
     * Spends seconds by design, on a class or a single test: builds every fixture site, the DynamoDB guide or
     * a large generated guide with their PDFs, runs a time limit out, starts a second JVM, or measures how
     * work scales. The quick lane reaches the same code through smaller tests.
     */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Tag("heavy")
    public @interface Heavy {
    }
}
