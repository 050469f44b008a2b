package studyguide.quality;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import studyguide.problem.ContentException;
import studyguide.problem.Problems;

/**
 * What the fuzz targets hold any input to: the work succeeds or records problems, throws nothing but
 * {@link ContentException}, ends in bounded time, and the HTML it makes from Markdown in YAML runs no script.
 *
 * <p>Any other exception or error (a {@code StackOverflowError} too) is left to escape: Jazzer reports it
 * as a finding with the input that caused it.
 */
final class FuzzInvariant {

    /**
     * Far above what any input of the fuzzer's size takes (milliseconds), and below Jazzer's own timeout
     * ({@code @Timeout} on each target), so a slow input is reported with its time rather than killed.
     */
    static final Duration LIMIT = Duration.ofSeconds(5);

    private FuzzInvariant() {
    }

    /**
     * Runs {@code work}; returns its result, or null when it threw {@link ContentException} (which must
     * carry problems). A null result without recorded problems breaks the promise too.
     */
    static <T> T holds(String what, Problems problems, Supplier<T> work) {
        long started = System.nanoTime();
        T result;
        try {
            result = work.get();
        } catch (ContentException e) {
            if (e.problems().isEmpty()) {
                throw new AssertionError(what + ": ContentException without problems");
            }
            result = null;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (took.compareTo(LIMIT) > 0) {
            throw new AssertionError(what + " took " + took.toMillis() + " ms (limit " + LIMIT.toMillis() + " ms)");
        }
        return result;
    }

    /** Fails when {@code html}, rendered from Markdown in YAML, could run script or carries a control character. */
    static void safeHtml(String html, String what) {
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (isControl(c)) {
                throw new AssertionError(String.format(Locale.ROOT, "%s: raw control character U+%04X at %d in: %s",
                        what, (int) c, i, excerpt(html, i)));
            }
        }
        for (Element e : Jsoup.parseBodyFragment(html).getAllElements()) {
            String tag = e.normalName();
            if (tag.equals("script") || tag.equals("iframe") || tag.equals("object") || tag.equals("embed")) {
                throw new AssertionError(what + ": a live <" + tag + "> in: " + html);
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("srcdoc") || name.equals("style") && isScriptUrl(a.getValue())) {
                    throw new AssertionError(what + ": attribute " + a + " on <" + tag + "> in: " + html);
                }
                if ((name.endsWith("href") || name.equals("src") || name.equals("action") || name.equals("formaction")
                        || name.equals("data") || name.equals("poster")) && isScriptUrl(a.getValue())) {
                    throw new AssertionError(what + ": script address " + a + " on <" + tag + "> in: " + html);
                }
            }
        }
    }

    /** C0 controls other than tab, line feed and carriage return; DEL; C1 controls. Browsers show them as boxes. */
    static boolean isControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c <= 0x9f;
    }

    /** Whether a browser would run the address as script: it reads past whitespace and controls, in any case. */
    private static boolean isScriptUrl(String value) {
        StringBuilder squeezed = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c > ' ') {
                squeezed.append(Character.toLowerCase(c));
            }
        }
        String s = squeezed.toString();
        return s.contains("javascript:") || s.contains("vbscript:") || s.startsWith("data:text/html");
    }

    private static String excerpt(String text, int at) {
        int from = Math.max(0, at - 60);
        int to = Math.min(text.length(), at + 60);
        return text.substring(from, to).replaceAll("\\p{Cntrl}", "\uFFFD");
    }
}
