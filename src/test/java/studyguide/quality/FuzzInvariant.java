package studyguide.quality;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import studyguide.limit.CpuTime;
import studyguide.problem.ContentException;

/**
 * What the fuzz targets hold any input to: the work succeeds or records problems, throws nothing but
 * {@link ContentException}, ends in bounded time, and the HTML it makes from Markdown in YAML runs no script.
 *
 * <p>Any other exception or error (a {@code StackOverflowError} too) is left to escape: Jazzer reports it
 * as a finding with the input that caused it. The work runs on a thread of the JVM's default stack size.
 */
final class FuzzInvariant {

    /** Far above what any input of the fuzzer's size takes once the classes are loaded (milliseconds). */
    static final Duration LIMIT = Duration.ofSeconds(5);
    /** How long to wait for an answer at all: longer is a hang, and the input is reported without waiting more. */
    static final Duration HANG = Duration.ofSeconds(30);

    /** Where the work runs, so that a hang can be reported; replaced when one leaves its thread stuck. */
    private static ExecutorService worker = newWorker();

    /** The kinds of work already warmed up in this JVM. */
    private static final Set<String> warm = ConcurrentHashMap.newKeySet();

    private FuzzInvariant() {
    }

    /**
     * Runs {@code work} once per JVM for each {@code kind}, untimed: while fuzzing, the first rendering
     * loads and instruments hundreds of classes, which took over 30 s on a loaded machine, and would be
     * reported as a hang of whichever input came first.
     */
    static void warmUp(String kind, Runnable work) {
        if (warm.add(kind)) {
            try {
                work.run();
            } catch (ContentException e) {
                // only the loading of classes matters here
            }
        }
    }

    /**
     * Runs {@code work}; returns its result, or null when it threw {@link ContentException} (which must
     * carry problems). Work slower than {@link #LIMIT} runs a second time, since the first use of a class
     * (loaded, and instrumented while fuzzing) can take seconds; slow twice is a finding. {@code work} must
     * therefore do it all again, with no cache kept from the first time.
     */
    static <T> T holds(String what, Supplier<T> work) {
        Timed<T> first = timed(what, work);
        if (first.took().compareTo(LIMIT) <= 0) {
            return first.result();
        }
        Timed<T> second = timed(what, work);
        if (second.took().compareTo(LIMIT) > 0) {
            throw new AssertionError(what + " took " + first.took().toMillis() + " ms, then " + second.took().toMillis()
                    + " ms (limit " + LIMIT.toMillis() + " ms)");
        }
        return second.result();
    }

    private record Timed<T>(T result, Duration took) {
    }

    /**
     * The limit counts the worker's processor time, as the build's own limits do ({@link CpuTime}): on a
     * machine busy with other work the wall clock of an honest input passed 5 s. A hang is still a wall-clock
     * matter.
     */
    private static synchronized <T> Timed<T> timed(String what, Supplier<T> work) {
        Future<Timed<T>> future = worker.submit(() -> {
            long started = CpuTime.currentThread();
            T result;
            try {
                result = work.get();
            } catch (ContentException e) {
                if (e.problems().isEmpty()) {
                    throw new AssertionError(what + ": ContentException without problems");
                }
                result = null;
            }
            return new Timed<>(result, Duration.ofNanos(CpuTime.currentThread() - started));
        });
        try {
            return future.get(HANG.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            throw new AssertionError(what + " did not finish within " + HANG.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(what + " was interrupted", e);
        } catch (ExecutionException e) {
            // The work's own exception, as thrown: Jazzer tells findings apart by its stack trace.
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new AssertionError(what + " threw", e.getCause());
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "fuzz-target", 0);
            t.setDaemon(true); // a hung input must not keep the JVM alive
            return t;
        });
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
                if (name.startsWith("on") || name.equals("srcdoc")) {
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

    /**
     * Whether a browser would run the address as script: its scheme, read past leading spaces and controls
     * and tabs and line breaks anywhere, in any case, is one that runs code ({@code https://x/javascript:} is not).
     */
    private static boolean isScriptUrl(String value) {
        StringBuilder squeezed = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c > ' ') {
                squeezed.append(Character.toLowerCase(c));
            }
        }
        String s = squeezed.toString();
        return s.startsWith("javascript:") || s.startsWith("vbscript:") || s.startsWith("data:text/html");
    }

    private static String excerpt(String text, int at) {
        int from = Math.max(0, at - 60);
        int to = Math.min(text.length(), at + 60);
        return text.substring(from, to).replaceAll("\\p{Cntrl}", "\uFFFD");
    }
}
