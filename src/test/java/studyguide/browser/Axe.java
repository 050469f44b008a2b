package studyguide.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core, the accessibility engine of browser dev tools and Lighthouse, on the page open in a
 * browser and returns its violations.
 *
 * <p>axe-core comes from npm ({@code npm ci --omit=dev --prefix tools}, which {@code .ci/run} does).
 * Without it the calling test is skipped, never passed; with {@code STUDYGUIDE_REQUIRE_BROWSER=1} a
 * missing axe-core fails it.
 */
public final class Axe {

    /** Where {@code npm ci --prefix tools} puts it. */
    public static final Path SCRIPT = Path.of("tools/node_modules/axe-core/axe.min.js");

    /**
     * The rule sets checked: WCAG 2.0, 2.1 and 2.2 at levels A and AA (which includes colour contrast
     * of 4.5:1 for text) and axe's best practices (landmarks, heading order, unique names).
     */
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
            "best-practice");

    /**
     * How long one run may take: axe over the whole guide on one page (export/guide.html, every question of
     * the DynamoDB guide) takes 20-50 s of a 2-core machine shared with other work, over the browser's usual
     * 30 s script limit; a correctness gate must not fail because the machine is busy.
     */
    private static final Duration RUN_LIMIT = Duration.ofMinutes(3);

    private static String source;

    private Axe() {
    }

    /** The violations on the page that is open, one line each with the rule, the help text and where. */
    public static List<String> violations(JavascriptExecutor browser) {
        browser.executeScript("if (typeof window.axe === 'undefined') { " + source() + "\n}");
        WebDriver.Timeouts timeouts = browser instanceof WebDriver driver ? driver.manage().timeouts() : null;
        Duration usual = timeouts == null ? null : timeouts.getScriptTimeout();
        if (timeouts != null) {
            timeouts.scriptTimeout(RUN_LIMIT);
        }
        List<Map<String, Object>> found;
        try {
            found = run(browser);
        } finally {
            if (timeouts != null) {
                timeouts.scriptTimeout(usual);
            }
        }
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> v : found) {
            @SuppressWarnings("unchecked")
            List<String> nodes = (List<String>) v.get("nodes");
            StringBuilder line = new StringBuilder(v.get("id") + " (" + v.get("impact") + "): " + v.get("help"));
            nodes.stream().limit(5).forEach(n -> line.append("\n      ").append(n));
            if (nodes.size() > 5) {
                line.append("\n      ... and ").append(nodes.size() - 5).append(" more");
            }
            lines.add(line.toString());
        }
        return lines;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> run(JavascriptExecutor browser) {
        return (List<Map<String, Object>>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.map(n => n.target.join(' ') + ' -- ' + n.failureSummary.replace(/\\s+/g, ' '))}))))
                  .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));
                """, TAGS);
    }

    /** Skips (or, when required, fails) the calling test when axe-core is not installed. */
    public static void requireInstalled() {
        if (!Files.isRegularFile(SCRIPT)) {
            String why = "axe-core is not installed (npm ci --omit=dev --prefix tools)";
            if ("1".equals(System.getenv("STUDYGUIDE_REQUIRE_BROWSER"))) {
                Assertions.fail(why + ", and STUDYGUIDE_REQUIRE_BROWSER=1 requires it");
            }
            Assumptions.abort(why + ": accessibility test skipped");
        }
    }

    private static synchronized String source() {
        if (source == null) {
            requireInstalled();
            try {
                source = Files.readString(SCRIPT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
