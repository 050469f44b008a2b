package studyguide.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.build.Build;
import studyguide.cache.UserCache;

/**
 * What social cards cost a build and its output, and prints the figures; it asserts nothing. For each size
 * (the synthetic guide, {@code -Dstudyguide.bench.sizes=1000,10000} by default) it builds four times in one
 * process: once to warm up the JVM and the diagram and PDF caches, then without a base address (no cards),
 * with one and an empty card cache (every card drawn), and with one again (every card from the cache). Not
 * run by {@code mvn test} (the name does not end in Test); run it with
 * {@code mvn -q -o test -Dtest=SocialCardsBenchmark}.
 */
class SocialCardsBenchmark {

    private static final String BASE = "https://user.github.io/repo/";

    @TempDir
    Path temp;

    @Test
    void buildsWithAndWithoutCards() throws IOException {
        for (String size : System.getProperty("studyguide.bench.sizes", "1000,10000").split(",")) {
            int n = Integer.parseInt(size.strip());
            Path guide = temp.resolve("guide-" + n);
            SyntheticGuide.write(n, guide);
            Path cache = temp.resolve("cache-" + n);
            build(guide, cache, null, "warm-up");
            System.out.printf(Locale.ROOT, "%,d questions%n", n);
            print(build(guide, cache, null, "no base"), "no base address, no cards");
            print(build(guide, cache, BASE, "cold"), "base address, card cache empty");
            print(build(guide, cache, BASE, "warm"), "base address, card cache full");
        }
    }

    private record Figures(double seconds, double cpuSeconds, int files, long bytes, int cards, long cardBytes) {
    }

    private Figures build(Path guide, Path cache, String baseUrl, String name) throws IOException {
        Path output = temp.resolve("site-" + name);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        Build.Result result;
        try {
            result = new Build(new Build.Options(guide.resolve("content"), Path.of("templates"), output, baseUrl,
                    Map.of(UserCache.FOLDER_VARIABLE, cache.toString()))).run(true);
        } catch (Exception e) {
            throw new IOException(e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
        List<Long> cards = new ArrayList<>();
        Path social = output.resolve("assets/social");
        if (Files.isDirectory(social)) {
            try (Stream<Path> files = Files.walk(social)) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    cards.add(Files.size(p));
                }
            }
        }
        return new Figures(seconds, cpuSeconds, result.files(), result.bytes(), cards.size(),
                cards.stream().mapToLong(Long::longValue).sum());
    }

    private static void print(Figures f, String what) {
        System.out.printf(Locale.ROOT, "  %-32s %6.1f s wall, %6.1f s CPU, %,7d files, %6.1f MiB", what, f.seconds(),
                f.cpuSeconds(), f.files(), f.bytes() / 1048576.0);
        if (f.cards() > 0) {
            System.out.printf(Locale.ROOT, "; %,d cards, %.1f MiB, %,d bytes a card", f.cards(), f.cardBytes() / 1048576.0,
                    f.cardBytes() / f.cards());
        }
        System.out.println();
    }
}
