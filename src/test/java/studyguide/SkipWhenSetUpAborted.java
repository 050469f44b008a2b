package studyguide;

import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opentest4j.TestAbortedException;

/**
 * Reports each test of a class whose {@code @BeforeAll} was aborted (Chromium or axe-core not installed)
 * as skipped, with the reason. Maven Surefire counts a class aborted in {@code @BeforeAll} as zero tests,
 * neither passed nor skipped, so without this a missing tool would make a whole gate vanish from the
 * report unnoticed. Registered for every test class (junit-platform.properties, META-INF/services).
 * An extension that sets up a class ({@code studyguide.browser.BrowserSite}) gives up through
 * {@link #skipClass}.
 */
public final class SkipWhenSetUpAborted implements InvocationInterceptor, BeforeEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SkipWhenSetUpAborted.class);
    private static final String ABORTED = "aborted";

    @Override
    public void interceptBeforeAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) throws Throwable {
        if (context.getStore(NAMESPACE).get(ABORTED) != null) {
            invocation.skip(); // the set-up already gave up
            return;
        }
        try {
            invocation.proceed();
        } catch (TestAbortedException e) {
            context.getStore(NAMESPACE).put(ABORTED, e);
        }
    }

    /**
     * Reports every test of the class of {@code context} as skipped for {@code why}, and skips the class's
     * {@code @BeforeAll} methods: for an extension's {@code beforeAll}, which this class cannot intercept.
     */
    public static void skipClass(ExtensionContext context, TestAbortedException why) {
        context.getStore(NAMESPACE).put(ABORTED, why);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        // A test's store sees its class's values.
        TestAbortedException aborted = context.getStore(NAMESPACE).get(ABORTED, TestAbortedException.class);
        if (aborted != null) {
            throw new TestAbortedException(aborted.getMessage(), aborted);
        }
    }
}
