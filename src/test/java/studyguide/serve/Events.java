package studyguide.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;

/** A test's Server-Sent Events client: reads the server's "state" events on its own thread. */
final class Events implements AutoCloseable {

    private final BlockingQueue<JsonNode> states = new LinkedBlockingQueue<>();
    private final InputStream body;
    private final Thread reader;

    Events(URI server) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(server.resolve("/__studyguide/events")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        Assertions.assertEquals(200, response.statusCode());
        Assertions.assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        body = response.body();
        reader = new Thread(this::read, "test-events");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String event = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("event: ")) {
                    event = line.substring(7);
                } else if (line.startsWith("data: ") && "state".equals(event)) {
                    states.add(json.readTree(line.substring(6)));
                }
            }
        } catch (IOException e) {
            // closed
        }
    }

    /** The next state event, failing the test when none comes within the time. */
    JsonNode next(Duration within) throws InterruptedException {
        JsonNode state = states.poll(within.toMillis(), TimeUnit.MILLISECONDS);
        Assertions.assertNotNull(state, "no event from the server within " + within);
        return state;
    }

    /** Whether no state comes within {@code within}. */
    boolean quietFor(Duration within) throws InterruptedException {
        return states.poll(within.toMillis(), TimeUnit.MILLISECONDS) == null;
    }

    /** The next state whose version differs from {@code version} or that has problems. */
    JsonNode nextChange(String version, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            JsonNode state = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (!state.get("version").asText().equals(version) || !state.get("problems").isEmpty()) {
                return state;
            }
        }
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
