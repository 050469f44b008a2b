package studyguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.Cli;
import studyguide.Main;
import studyguide.Slow;

/**
 * Feeds the build thousands of damaged versions of a valid guide's files (one file damaged per run)
 * and checks the promise the README makes about bad input: every run ends with exit 0 or 1, prints no
 * stack trace, finishes in bounded time, and a failed run leaves the previous site exactly as it was.
 *
 * <p>Two workers (one per core of the CI machine) each damage and build their own copy of the guide,
 * from seeded random sources, so a run is reproducible. {@code -Dstudyguide.fuzz.runs=N} and
 * {@code -Dstudyguide.fuzz.seed=S} change how many runs and which. The content of each failing run (up
 * to ten) is kept in {@code target/fuzz-failure/} to reproduce it with the command line.
 */
@Slow.Fuzz
class BuildFuzzTest {

    private static final Path GUIDE = Path.of("src/test/resources/guides/small");
    private static final int RUNS = Integer.getInteger("studyguide.fuzz.runs", 2000);
    private static final long SEED = Long.getLong("studyguide.fuzz.seed", 20251124L);
    private static final int WORKERS = 2;
    /** Far above a normal run (tens of milliseconds); only a hang or a runaway input comes near it. */
    private static final long LIMIT_SECONDS = 60;
    /** What a stack trace or an escaped exception looks like in the output. */
    private static final Pattern STACK_TRACE = Pattern.compile(
            "(?m)^\\s+at [\\w$.]+\\(|Exception\\b|\\bjava\\.lang\\.|StackOverflow|OutOfMemory|internal error");

    @TempDir
    Path temp;

    /** Output that libraries print themselves (to System.out/err), bypassing the command's writers. */
    private final ByteArrayOutputStream stray = new ByteArrayOutputStream();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    @Test
    void noDamagedContentCrashesTheBuildOrHarmsThePreviousSite() throws Exception {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        PrintStream capture = new PrintStream(stray, true, StandardCharsets.UTF_8);
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        long started = System.nanoTime();
        List<Worker.Result> results = new ArrayList<>();
        try {
            System.setOut(capture);
            System.setErr(capture);
            List<Future<Worker.Result>> futures = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                futures.add(workers.submit(new Worker(w, temp.resolve("worker-" + w))));
            }
            for (Future<Worker.Result> f : futures) {
                results.add(f.get());
            }
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
            workers.shutdownNow();
        }
        assertEquals(List.of(), failures, () -> failures.size() + " runs broke the promise (their content is in "
                + "target/fuzz-failure/):\n\n" + String.join("\n\n", failures));
        int built = results.stream().mapToInt(Worker.Result::built).sum();
        int refused = results.stream().mapToInt(Worker.Result::refused).sum();
        List<String> slowest = results.stream().flatMap(r -> r.slowest().stream())
                .sorted(Comparator.comparingLong(Slow::millis).reversed()).limit(3).map(Slow::toString).toList();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "BuildFuzzTest: %d damaged guides (seed %d, %d workers): %d built, %d refused "
                + "with problems; %.1f s; slowest runs: %s%n", built + refused, SEED, WORKERS, built, refused, seconds, slowest);
        assertTrue(refused > RUNS / 4, "much of the damage is reported as problems, so the mutations do reach the checks");
        assertTrue(built > RUNS / 10, "some damage is harmless and builds, so rendering sees odd input too");
    }

    /** One worker: its own copy of the guide, output folder and random source; RUNS / WORKERS runs. */
    private final class Worker implements Callable<Worker.Result> {

        /** What the worker's runs ended with, and its slowest runs. */
        record Result(int built, int refused, List<Slow> slowest) {
        }

        private final int index;
        private final Path folder;
        private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-build");
            t.setDaemon(true); // a hung build must not keep the test JVM alive
            return t;
        });

        Worker(int index, Path folder) {
            this.index = index;
            this.folder = folder;
        }

        @Override
        public Result call() throws Exception {
            try {
                return runs();
            } finally {
                builder.shutdownNow();
            }
        }

        private Result runs() throws Exception {
            Path content = folder.resolve("content");
            Path site = folder.resolve("site");
            Cli.copy(GUIDE, content);
            Map<String, byte[]> originals = snapshot(content);
            List<String> files = new ArrayList<>(originals.keySet());
            Outcome first = build(content, site);
            assertEquals(0, first.code(), first::toString);
            Map<String, byte[]> previous = snapshot(site);
            ContentMutator mutator = new ContentMutator();
            long seed = SEED + index;
            Random random = new Random(seed);
            int[] exits = new int[2];
            List<Slow> slowest = new ArrayList<>();
            for (int run = 1; run <= RUNS / WORKERS && failures.size() < 10; run++) {
                String file = files.get(random.nextInt(files.size()));
                ContentMutator.Mutation mutation = mutator.mutate(file, originals.get(file), random);
                Files.write(content.resolve(file), mutation.bytes());
                String what = "run " + run + " of seed " + seed + ": " + file + ": " + mutation.description();

                long runStarted = System.nanoTime();
                Outcome outcome = build(content, site);
                slowest.add(new Slow((System.nanoTime() - runStarted) / 1_000_000, what));
                slowest.sort(Comparator.comparingLong(Slow::millis).reversed());
                slowest.subList(Math.min(3, slowest.size()), slowest.size()).clear();
                String printed;
                synchronized (stray) {
                    printed = stray.toString(StandardCharsets.UTF_8);
                    stray.reset();
                }
                String problem = outcome.timedOut() || outcome.crash() != null || outcome.code() > 1
                        || STACK_TRACE.matcher(outcome.out() + outcome.err() + printed).find() ? outcome.toString()
                        : outcome.code() == 1 ? harmed(previous, site, outcome) : broken(site);
                if (problem == null) {
                    String left = leftovers();
                    problem = left.isEmpty() ? null : "left behind beside the output: " + left;
                }
                if (problem != null) {
                    failures.add(what + "\n" + problem + (printed.isEmpty() ? "" : "\nprinted directly (while this or "
                            + "the other worker's run went on):" + printed.lines().limit(12).reduce("", (a, b) -> a + "\n" + b)));
                    keep(content, "seed-" + seed + "-run-" + run, what);
                    if (outcome.timedOut()) {
                        break; // the hung build still holds the output folder
                    }
                } else {
                    exits[outcome.code()]++;
                }
                Files.write(content.resolve(file), originals.get(file));
                previous = snapshot(site);
            }
            return new Result(exits[0], exits[1], slowest);
        }

        private Outcome build(Path content, Path site) throws InterruptedException {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            Future<Integer> future = builder.submit(() -> Main.run(new String[] {"build", "--content", content.toString(),
                "--templates", "templates", "--output", site.toString()}, new PrintWriter(out, true), new PrintWriter(err, true)));
            try {
                int code = future.get(LIMIT_SECONDS, TimeUnit.SECONDS);
                return new Outcome(code, out.toString(), err.toString(), null, false);
            } catch (ExecutionException e) {
                return new Outcome(-1, out.toString(), err.toString(), e.getCause(), false);
            } catch (TimeoutException e) {
                future.cancel(true);
                return new Outcome(-1, out.toString(), err.toString(), null, true);
            }
        }

        /** Null when a failed build left the previous site exactly as it was, else what changed. */
        private String harmed(Map<String, byte[]> before, Path site, Outcome outcome) throws IOException {
            if (!outcome.err().contains("the site was not written")) {
                return "exit 1 without saying the site was not written:\n" + outcome;
            }
            Map<String, byte[]> after = snapshot(site);
            if (!before.keySet().equals(after.keySet())) {
                return "the previous site lost or gained files: " + before.keySet() + " -> " + after.keySet();
            }
            for (String name : before.keySet()) {
                if (!Arrays.equals(before.get(name), after.get(name))) {
                    return "the previous site's " + name + " changed";
                }
            }
            return null;
        }

        /** Null when a successful build wrote a whole site. */
        private String broken(Path site) {
            return Files.isRegularFile(site.resolve("index.html")) && Files.isRegularFile(site.resolve("assets/style.css"))
                    ? null : "exit 0 but the site has no index.html or assets/style.css";
        }

        /** Staging or old-site folders left beside the output; empty when none. */
        private String leftovers() throws IOException {
            try (Stream<Path> list = Files.list(folder)) {
                List<String> names = list.map(p -> p.getFileName().toString())
                        .filter(n -> !n.equals("content") && !n.equals("site")).sorted().toList();
                return names.isEmpty() ? "" : names.toString();
            }
        }
    }

    /** How long one run took, for the summary line. */
    private record Slow(long millis, String what) {
        @Override
        public String toString() {
            return millis + " ms (" + what + ")";
        }
    }

    /** What one build printed and returned, or that it crashed or hung. */
    private record Outcome(int code, String out, String err, Throwable crash, boolean timedOut) {
        @Override
        public String toString() {
            if (timedOut) {
                return "the build did not finish within " + LIMIT_SECONDS + " s";
            }
            if (crash != null) {
                StringWriter trace = new StringWriter();
                crash.printStackTrace(new PrintWriter(trace));
                return "the build threw " + trace.toString().lines().limit(12).reduce("", (a, b) -> a + "\n" + b);
            }
            return "exit " + code + "\nout: " + out + "\nerr: " + err.lines().limit(20).reduce("", (a, b) -> a + "\n" + b);
        }
    }

    /** Keeps a damaged guide in target/fuzz-failure/NAME/ for reproducing with the command line. */
    private static void keep(Path content, String name, String what) throws IOException {
        Path kept = Path.of("target/fuzz-failure", name);
        if (Files.exists(kept)) {
            Cli.delete(kept);
        }
        Cli.copy(content, kept.resolve("content"));
        Files.writeString(kept.resolve("WHAT.txt"), what + "\n");
    }

    private static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
