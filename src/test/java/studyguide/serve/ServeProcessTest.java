package studyguide.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import studyguide.Cli;
import studyguide.Slow;

/** The serve command as a person runs it: a process that prints its address, serves, and stops cleanly on Ctrl+C. */
@Timeout(120)
@Slow.Heavy
class ServeProcessTest {

    @TempDir
    Path temp;

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void ctrlCStopsTheServerAndRemovesItsFiles() throws Exception {
        Path content = Cli.copy(Path.of("src/test/resources/guides/small"), temp.resolve("content"));
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Djava.io.tmpdir=" + tmp, "-cp", Cli.classPath(), "studyguide.Main", "serve",
                "--port", "0", "--content", content.toString(), "--templates", Path.of("templates").toAbsolutePath().toString()));
        Process serve = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            // Read the output on another thread, so that a server that prints nothing cannot hang the test.
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    // the process ended
                }
            });
            reader.setDaemon(true);
            reader.start();
            List<String> seen = new ArrayList<>();
            URI address = null;
            Pattern serving = Pattern.compile("^Serving (http://127\\.0\\.0\\.1:\\d+/) ");
            while (address == null) {
                String line = lines.poll(60, TimeUnit.SECONDS);
                if (line == null) {
                    break;
                }
                seen.add(line);
                Matcher m = serving.matcher(line);
                if (m.find()) {
                    address = URI.create(m.group(1));
                }
            }
            assertNotNull(address, "printed its address: " + seen);
            HttpClient http = HttpClient.newHttpClient();
            assertEquals(200, http.send(HttpRequest.newBuilder(address.resolve("storage.html")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(1, children(tmp), "the site lives in a temporary folder of its own");

            // Ctrl+C in a terminal sends SIGINT (see Cli.ctrlC for where it cannot).
            String signal = Cli.ctrlC();
            assertEquals(0, new ProcessBuilder("kill", signal, Long.toString(serve.pid())).start().waitFor());
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "it stops");
            reader.join(10_000);
            String rest = String.join("\n", lines);
            assertTrue(rest.contains("Stopped."), rest);
            assertFalse(rest.contains("Exception"), rest);
            assertEquals(0, children(tmp), "its temporary folder is deleted");
            URI stopped = address;
            assertThrows(ConnectException.class, () -> http.send(HttpRequest.newBuilder(stopped).build(),
                    HttpResponse.BodyHandlers.ofString()));
        } finally {
            serve.destroyForcibly();
        }
    }

    /** The server's own folders in the temporary folder (the JDK keeps font files of its own there too). */
    private static long children(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().startsWith("studyguide-")).count();
        }
    }
}
