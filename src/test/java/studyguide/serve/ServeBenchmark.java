package studyguide.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import studyguide.Cli;
import studyguide.build.Build;

/**
 * Benchmark, not a test: the time from saving one answer of the DynamoDB guide to the rebuilt page
 * being served by {@code serve}. Prints figures; asserts only that the edit arrives. Run with
 * {@code mvn -q test -Dtest=ServeBenchmark -Dstudyguide.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "studyguide.benchmark", matches = "true")
class ServeBenchmark {

    static final int EDITS = 15;

    @TempDir
    Path temp;

    @Test
    void editToServed() throws Exception {
        Path content = Cli.copy(Path.of("content"), temp.resolve("content"));
        Path answer = content.resolve("answers/gsi-vs-lsi.md");
        String original = Files.readString(answer);
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        HttpClient http = HttpClient.newHttpClient();

        long coldStart = System.nanoTime();
        try (Serve serve = Serve.start(new Serve.Options(content, Path.of("templates"), null, null,
                InetAddress.getLoopbackAddress(), 0, System.getenv()), quiet, quiet);
                Events events = new Events(serve.address())) {
            double cold = (System.nanoTime() - coldStart) / 1e6;
            String version = events.next(Duration.ofSeconds(60)).get("version").asText();
            List<Double> toEvent = new ArrayList<>();
            List<Double> toServed = new ArrayList<>();
            for (int i = 0; i < EDITS; i++) {
                String marker = "EDIT_MARKER_" + i;
                long start = System.nanoTime();
                Files.writeString(answer, original + "\n" + marker + "\n");
                JsonNode state = events.nextChange(version, Duration.ofSeconds(60));
                toEvent.add((System.nanoTime() - start) / 1e6);
                assertEquals(0, state.get("problems").size(), state.toString());
                version = state.get("version").asText();
                String page = http.send(HttpRequest.newBuilder(serve.address().resolve("gsi.html")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                toServed.add((System.nanoTime() - start) / 1e6);
                assertTrue(page.contains(marker));
                Thread.sleep(150); // let the watcher settle, as between two saves by a person
            }
            // The same rebuild in the same warm JVM without the cache, to show what the cache saves.
            List<Double> uncached = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                new Build(new Build.Options(content, Path.of("templates"), temp.resolve("uncached"), null, System.getenv())).run(true);
                uncached.add((System.nanoTime() - start) / 1e6);
            }
            System.out.printf(Locale.ROOT, "serve, DynamoDB guide (55 questions), %d edits of answers/gsi-vs-lsi.md:%n", EDITS);
            System.out.printf(Locale.ROOT, "  first build and server start: %.0f ms%n", cold);
            System.out.printf(Locale.ROOT, "  save -> reload event:   %s%n", summary(toEvent));
            System.out.printf(Locale.ROOT, "  save -> page served:    %s%n", summary(toServed));
            System.out.printf(Locale.ROOT, "  warm rebuild without the render cache: %s%n", summary(uncached));
        }
    }

    private static String summary(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "median %.0f ms (min %.0f, max %.0f, n=%d)",
                sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
    }
}
