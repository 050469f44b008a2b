package studyguide.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import studyguide.bench.SyntheticGuide;
import studyguide.build.Build;
import studyguide.build.Caches;
import studyguide.write.SiteWriter;

/**
 * Benchmark, not a test: {@code serve}'s rebuild in one JVM, without the watcher and the server. Writes a
 * synthetic guide, builds it, then again and again appends a line to one answer and rebuilds with the memory
 * serve keeps; prints the median, minimum and maximum of the rebuilds after the first third (the JVM compiles
 * the code as it goes), the same of the process's processor time per rebuild, and the median of each stage.
 * Between rebuilds, untimed, it frees what the caches dropped and collects garbage, as serve does while the
 * reader reads. With serve's JVM options, from the project root, and without reload4j (a test dependency), which
 * with no configuration turns FreeMarker's debug log on (a rebuild at 10,000 questions 174 against 197 ms):
 * <pre>
 * mvn -q test-compile dependency:build-classpath -DexcludeArtifactIds=reload4j -Dmdep.outputFile=target/cp.txt
 * java -Djava.awt.headless=true -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms128m -XX:NewSize=64m \
 *     -XX:MaxNewSize=128m -XX:NewRatio=5 -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     studyguide.serve.RebuildBenchmark 1000 36
 * </pre>
 * or, with Maven's JVM, {@code mvn -q test -Dtest=RebuildBenchmark -Dstudyguide.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "studyguide.benchmark", matches = "true")
class RebuildBenchmark {

    private static final Pattern STAGE = Pattern.compile("([a-z+ ()]+?) (\\d+) ms");

    @TempDir
    Path temp;

    @Test
    void rebuildAfterOneEditedAnswer() throws Exception {
        assertTrue(run(temp, 1000, 36) > 0);
    }

    public static void main(String[] args) throws Exception {
        Path temp = Files.createTempDirectory("rebuild-benchmark-");
        try {
            run(temp, args.length > 0 ? Integer.parseInt(args[0]) : 1000, args.length > 1 ? Integer.parseInt(args[1]) : 36);
        } finally {
            SiteWriter.deleteTree(temp);
        }
    }

    /** Returns the median rebuild in milliseconds. */
    static long run(Path temp, int questions, int rebuilds) throws Exception {
        SyntheticGuide.write(questions, temp.resolve("guide"));
        Path content = temp.resolve("guide/content");
        Build.Options options = new Build.Options(content, Path.of("templates"), temp.resolve("site"), null, System.getenv());
        // As serve's watcher: every file under the content folder reported, each edit reported before its rebuild.
        Path watched = content.toAbsolutePath().normalize();
        Caches memory = Caches.forRebuilds(options.environment(), file -> file.startsWith(watched));
        long first = System.nanoTime();
        new Build(options, memory).withoutExports().run(true);
        long firstMillis = (System.nanoTime() - first) / 1_000_000;
        List<Path> answers;
        try (Stream<Path> files = Files.list(content.resolve("answers"))) {
            answers = files.sorted().toList();
        }
        // The process's processor time, all threads (the stages beside the pages, the collector, the compiler): on a
        // shared machine it moves far less than the wall time with what else runs.
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<Long> millis = new ArrayList<>();
        // The first rebuilds, while the JIT still compiles what a rebuild runs (serve makes two before the first
        // save can come: Serve.warmUp).
        List<Long> warmUp = new ArrayList<>();
        List<Long> cpuMillis = new ArrayList<>();
        // What serve does on the watcher's report before it starts the rebuild (Serve.rebuild), timed on its own.
        List<Long> forgetMicros = new ArrayList<>();
        Map<String, List<Long>> stages = new LinkedHashMap<>();
        for (int i = 0; i < rebuilds; i++) {
            Path edited = answers.get((i * 11 + 3) % answers.size());
            Files.writeString(edited, "\nEdited " + i + ".\n", StandardOpenOption.APPEND);
            long forgetStart = System.nanoTime();
            memory.changed(List.of(edited), List.of()); // appended to: written in place
            long start = System.nanoTime();
            long cpuStart = os.getProcessCpuTime();
            Build.Result result = new Build(options, memory).withoutExports().run(true);
            long end = System.nanoTime();
            long cpuEnd = os.getProcessCpuTime();
            if (i < 5) {
                warmUp.add((end - start) / 1_000_000);
            }
            if (i >= rebuilds / 3) {
                millis.add((end - start) / 1_000_000);
                forgetMicros.add((start - forgetStart) / 1_000);
                cpuMillis.add((cpuEnd - cpuStart) / 1_000_000);
                Matcher m = STAGE.matcher(result.timings().toString());
                while (m.find()) {
                    stages.computeIfAbsent(m.group(1).strip(), k -> new ArrayList<>()).add(Long.parseLong(m.group(2)));
                }
            }
            // What serve does while the reader reads, before the next save (Serve.collect), not timed.
            memory.sweep();
            System.gc();
        }
        System.out.printf(Locale.ROOT, "rebuild after one edited answer, %d questions, %d rebuilds after %d of warm-up: %s%n",
                questions, millis.size(), rebuilds - millis.size(), summary(millis));
        System.out.printf(Locale.ROOT, "  the first build %d ms, then the first rebuilds %s ms%n", firstMillis, warmUp);
        System.out.printf(Locale.ROOT, "  processor time of the process per rebuild: %s%n", summary(cpuMillis));
        System.out.printf(Locale.ROOT, "  before each rebuild, the edited file forgotten: %s%n",
                summary(forgetMicros, "µs"));
        StringBuilder line = new StringBuilder("  stages (median ms):");
        stages.forEach((name, values) -> line.append(' ').append(name).append(' ').append(median(values)).append(','));
        System.out.println(line.substring(0, line.length() - 1));
        return median(millis);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String summary(List<Long> values) {
        return summary(values, "ms");
    }

    private static String summary(List<Long> values, String unit) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "median %d %s (min %d, max %d)", median(values), unit, sorted.get(0),
                sorted.get(sorted.size() - 1));
    }
}
