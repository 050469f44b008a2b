package studyguide.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark, not a test: how far apart the watch service's events of one save come, for the ways editors
 * save, which is what {@link SourceWatcher}'s quiet period has to cover. For each way it saves a file 40
 * times and prints the largest gap between two events while the file itself changes (from its first event
 * to its last; events of the editor's own temporary files outside that span do not matter). Run with
 * {@code mvn -q test -Dtest=SaveBurstsBenchmark -Dstudyguide.benchmark=true}, once on an idle machine and
 * once with both cores busy.
 */
@EnabledIfSystemProperty(named = "studyguide.benchmark", matches = "true")
class SaveBurstsBenchmark {

    static final int SAVES = 40;
    static final String TEXT = "A model answer line with some words in it.\n".repeat(40);

    /** One way of saving {@code file} with new text. */
    interface Save {
        void save(Path file, String text) throws Exception;
    }

    record Event(long nanos, String name) {
    }

    @TempDir
    Path folder;

    @Test
    void gapsBetweenTheEventsOfOneSave() throws Exception {
        Map<String, Save> ways = new LinkedHashMap<>();
        ways.put("append", (f, t) -> Files.writeString(f, "edit\n", StandardOpenOption.APPEND));
        ways.put("truncate, then write", (f, t) -> Files.writeString(f, t));
        ways.put("temporary file renamed over it", (f, t) -> {
            Path temp = f.resolveSibling("." + f.getFileName() + ".tmp");
            Files.writeString(temp, t, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
            Files.move(temp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        });
        ways.put("JetBrains' safe write", (f, t) -> {
            Path temp = f.resolveSibling(f.getFileName() + "___jb_tmp___");
            Path old = f.resolveSibling(f.getFileName() + "___jb_old___");
            Files.writeString(temp, t);
            Files.move(f, old);
            Files.move(temp, f);
            Files.delete(old);
        });
        if (onPath("vim")) {
            ways.put("vim :w", (f, t) -> new ProcessBuilder("vim", "-u", "NONE", "-N", "-n", "-es", "-c", "normal Goedit",
                    "-c", "wq", f.toString()).inheritIO().start().waitFor());
        }
        Path file = folder.resolve("answer.md");
        Files.writeString(file, TEXT);
        ConcurrentLinkedQueue<Event> events = new ConcurrentLinkedQueue<>();
        try (WatchService service = FileSystems.getDefault().newWatchService()) {
            folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
            Thread watcher = new Thread(() -> watch(service, events), "watch");
            watcher.setDaemon(true);
            watcher.start();
            System.out.printf(Locale.ROOT, "events of one save, %d saves each (load average %.1f):%n", SAVES,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            for (Map.Entry<String, Save> way : ways.entrySet()) {
                List<Double> gaps = new ArrayList<>();
                for (int i = 0; i < SAVES; i++) {
                    Thread.sleep(150);
                    events.clear();
                    way.getValue().save(file, TEXT + "edit " + i + "\n");
                    Thread.sleep(250);
                    gaps.add(largestGap(new ArrayList<>(events), file.getFileName().toString()));
                }
                Collections.sort(gaps);
                System.out.printf(Locale.ROOT, "  %-32s largest gap while the file changes: median %.2f ms, max %.2f ms%n",
                        way.getKey(), gaps.get(gaps.size() / 2), gaps.get(gaps.size() - 1));
            }
        }
        assertFalse(ways.isEmpty());
    }

    private static void watch(WatchService service, ConcurrentLinkedQueue<Event> events) {
        try {
            while (true) {
                WatchKey key = service.take();
                long now = System.nanoTime();
                for (WatchEvent<?> e : key.pollEvents()) {
                    events.add(new Event(now, String.valueOf(e.context())));
                }
                key.reset();
            }
        } catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
            // done
        }
    }

    /** The largest gap between consecutive events from the file's first event to its last. */
    private static double largestGap(List<Event> events, String name) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).name().equals(name)) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        double gap = 0;
        for (int i = Math.max(first, 0) + 1; i <= last; i++) {
            gap = Math.max(gap, (events.get(i).nanos() - events.get(i - 1).nanos()) / 1e6);
        }
        return gap;
    }

    private static boolean onPath(String command) throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
