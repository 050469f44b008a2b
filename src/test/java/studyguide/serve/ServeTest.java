package studyguide.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import studyguide.Cli;

/** The serve command's server: a free loopback port, pages with the live script, rebuilds, errors and their fix. */
@Timeout(120)
class ServeTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    Path content;
    Serve serve;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        content = Cli.copy(Path.of("src/test/resources/guides/small"), temp.resolve("content"));
        serve = Serve.start(new Serve.Options(content, Path.of("templates"), null, null, InetAddress.getLoopbackAddress(), 0, System.getenv()),
                new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @AfterEach
    void stop() {
        serve.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(serve.address().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheSiteOnAFreeLoopbackPortWithTheLiveScript() throws Exception {
        URI address = serve.address();
        assertEquals("127.0.0.1", address.getHost());
        assertTrue(address.getPort() > 0);
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(home.body().contains("<script src=\"/__studyguide/live.js\" data-version=\""), home.body());
        assertTrue(home.body().indexOf("/__studyguide/live.js") < home.body().lastIndexOf("</body>"));
        assertEquals(200, get("/storage.html").statusCode());
        HttpResponse<String> css = get("/assets/style.css");
        assertEquals("text/css; charset=utf-8", css.headers().firstValue("Content-Type").orElseThrow());
        assertFalse(css.body().contains("__studyguide"), "only HTML pages get the script");
        assertTrue(get("/__studyguide/live.js").body().contains("EventSource"));
        HttpResponse<String> missing = get("/no-such-page.html");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page not found"), "the site's own 404 page");
        assertTrue(out.toString().startsWith("Built 4 questions in 2 categories"), out.toString());
    }

    @Test
    void exportsAreWrittenWhenAPageAsksForThem() throws Exception {
        assertFalse(Files.exists(serve.output().resolve("export")), "rebuilds leave the exports out");
        HttpResponse<String> json = get("/export/guide.json");
        assertEquals(200, json.statusCode());
        assertEquals("application/json", json.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(json.body().contains("\"what-is-a-partition\""));
        HttpResponse<String> single = get("/export/guide.html");
        assertEquals(200, single.statusCode());
        assertTrue(single.body().contains("id=\"query-vs-scan\""));
        assertEquals(404, get("/export/nothing.txt").statusCode());
    }

    @Test
    void theWarmUpRebuildsAfterTheFirstBuildAnnounceNothing() throws Exception {
        try (Events events = new Events(serve.address())) {
            String version = events.next(WAIT).get("version").asText();
            assertEquals(2, serve.awaitWarmUp(), "two rebuilds while the reader opens the first page");
            assertTrue(events.quietFor(Duration.ofMillis(500)), "no reload, no problems");
            assertEquals(1, out.toString().lines().count(), "only the first build is printed: " + out);
            assertTrue(get("/storage.html").body().contains("data-version=\"" + version + "\""));
            assertEquals("", err.toString());
            try (Stream<Path> files = Files.walk(serve.output())) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    assertFalse(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1)
                            .contains(RehearsedEdit.SENTENCE.strip()), "the rehearsed edit is in " + file);
                }
            }
        }
    }

    @Test
    void theFirstSaveAfterTheWarmUpShowsTheSavedEditAndNotTheRehearsedOne() throws Exception {
        try (Events events = new Events(serve.address())) {
            String version = events.next(WAIT).get("version").asText();
            assertEquals(2, serve.awaitWarmUp());
            // The warm-up edited the first answer, what-is-a-partition; the save is to another one.
            Files.writeString(content.resolve("answers/query-vs-scan.md"), "Query reads **SAVED_EDIT** by key.\n");
            events.nextChange(version, WAIT);
            assertTrue(get("/queries.html").body().contains("<strong>SAVED_EDIT</strong>"));
            for (String page : new String[] {"/storage.html", "/storage/what-is-a-partition.html"}) {
                String body = get(page).body();
                assertTrue(body.contains("A partition is a unit of storage."), page);
                assertFalse(body.contains(RehearsedEdit.SENTENCE.strip()), page);
            }
        }
    }

    @Test
    void aLibraryWarmsUpWithoutAnEditAndRebuildsOnASave() throws Exception {
        // A library's build is not rehearsed (Build.rehearsing refuses it): its warm-up rebuilds it as it is.
        serve.close();
        Path library = Cli.copy(Path.of("src/test/resources/guides/library"), temp.resolve("library"));
        serve = Serve.start(new Serve.Options(library, Path.of("templates"), null, null, InetAddress.getLoopbackAddress(), 0,
                System.getenv()), new PrintWriter(out, true), new PrintWriter(err, true));
        try (Events events = new Events(serve.address())) {
            String version = events.next(WAIT).get("version").asText();
            assertEquals(2, serve.awaitWarmUp(), "both rebuilds ran");
            assertTrue(events.quietFor(Duration.ofMillis(500)), "no reload, no problems");
            Path indexes = library.resolve("guides/databases/questions/indexes.yaml");
            Files.writeString(indexes, Files.readString(indexes).replace("so the table itself is never read.",
                    "so the table itself is **NEVER_READ**."));
            events.nextChange(version, WAIT);
            assertTrue(get("/databases/indexes.html").body().contains("<strong>NEVER_READ</strong>"));
            assertEquals("", err.toString());
        }
    }

    @Test
    void neverServesFilesOutsideTheSite() throws Exception {
        Path site = serve.output();
        assertEquals(null, SiteServer.resolve(site, "/../secret"));
        assertEquals(null, SiteServer.resolve(site, "/assets/..\\..\\secret"));
        assertEquals(site.resolve("assets/style.css"), SiteServer.resolve(site, "/assets/./style.css"));
        HttpResponse<String> escape = http.send(HttpRequest.newBuilder(URI.create(serve.address() + "%2e%2e/%2e%2e/etc/passwd")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, escape.statusCode());
        // A link placed in the served folder (the build writes none) does not serve what it points to.
        Path secret = Files.writeString(temp.resolve("secret.txt"), "not for the browser");
        Files.createSymbolicLink(site.resolve("leak.txt"), secret);
        Files.createSymbolicLink(site.resolve("root"), temp);
        for (String linked : List.of("leak.txt", "root/secret.txt")) {
            HttpResponse<String> leak = get(linked);
            assertEquals(404, leak.statusCode(), linked);
            assertFalse(leak.body().contains("not for the browser"), linked);
        }
    }

    @Test
    void answersOnlyRequestsAddressedToThisComputer() throws Exception {
        assertTrue(SiteServer.localHost("127.0.0.1:8000") && SiteServer.localHost("localhost") && SiteServer.localHost("[::1]:8000"));
        assertFalse(SiteServer.localHost("evil.example:8000") || SiteServer.localHost(null) || SiteServer.localHost("127.0.0.1.evil.example"));
        try (java.net.Socket socket = new java.net.Socket(serve.address().getHost(), serve.address().getPort())) {
            socket.getOutputStream().write("GET /index.html HTTP/1.1\r\nHost: evil.example:8000\r\nConnection: close\r\n\r\n"
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 403"), response);
        }
    }

    @Test
    void theBuiltFilesOnDiskHaveNoLiveScript() throws IOException {
        try (Stream<Path> files = Files.walk(serve.output())) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                assertFalse(Files.readString(file).contains("__studyguide"), file.toString());
            }
        }
    }

    @Test
    void aChangedFileIsRebuiltAndOpenPagesAreToldToReload() throws Exception {
        try (Events events = new Events(serve.address())) {
            JsonNode first = events.next(WAIT);
            assertEquals(0, first.get("problems").size());
            String version = first.get("version").asText();
            assertTrue(get("/storage.html").body().contains("data-version=\"" + version + "\""));

            Files.writeString(content.resolve("answers/what-is-a-partition.md"), "A partition is **EDITED_TEXT** now.\n");
            JsonNode next = events.nextChange(version, WAIT);
            assertEquals(0, next.get("problems").size());
            assertNotEquals(version, next.get("version").asText());
            String page = get("/storage.html").body();
            assertTrue(page.contains("<strong>EDITED_TEXT</strong>"), "the rebuilt page is served");
            assertTrue(page.contains("data-version=\"" + next.get("version").asText() + "\""));
            assertTrue(printed(out, "Rebuilt 4 questions in 2 categories after a change to "), out.toString());
        }
    }

    @Test
    void anAnswerThatIsALinkIsRebuiltWhenTheFileItLinksToChanges() throws Exception {
        // The watcher reports the change under the linked file's own path, not the answer's.
        serve.close();
        Path shared = Files.createDirectories(content.resolve("shared")).resolve("partition.md");
        Path answer = content.resolve("answers/what-is-a-partition.md");
        Files.move(answer, shared);
        Files.createSymbolicLink(answer, answer.getParent().relativize(shared));
        serve = Serve.start(new Serve.Options(content, Path.of("templates"), null, null, InetAddress.getLoopbackAddress(), 0,
                System.getenv()), new PrintWriter(out, true), new PrintWriter(err, true));
        try (Events events = new Events(serve.address())) {
            JsonNode first = events.next(WAIT);
            assertEquals(0, first.get("problems").size(), first.toString());
            Files.writeString(shared, "A partition is **LINKED_EDIT** now.\n");
            JsonNode next = events.nextChange(first.get("version").asText(), WAIT);
            assertEquals(0, next.get("problems").size(), next.toString());
            assertTrue(get("/storage.html").body().contains("<strong>LINKED_EDIT</strong>"), "the rebuilt page is served");
        }
    }

    @Test
    void aBrokenFileShowsItsProblemAndTheFixClearsIt() throws Exception {
        try (Events events = new Events(serve.address())) {
            String version = events.next(WAIT).get("version").asText();
            Path storage = content.resolve("questions/storage.yaml");
            String good = Files.readString(storage);

            Files.writeString(storage, good.replace("level: basic", "level: basik"));
            JsonNode broken = events.nextChange(version, WAIT);
            assertEquals(1, broken.get("problems").size(), broken.toString());
            assertTrue(broken.get("problems").get(0).asText().matches(".*questions/storage\\.yaml:\\d+:\\d+: unknown level 'basik'.*"),
                    broken.toString());
            assertEquals(version, broken.get("version").asText(), "the last good site stays up");
            assertEquals(200, get("/storage.html").statusCode());
            assertTrue(printed(err, "unknown level 'basik'"), "the terminal shows the problem too");
            assertTrue(printed(err, "still serving the last good build"), err.toString());

            Files.writeString(storage, good);
            JsonNode fixed = events.nextChange(version, WAIT);
            assertEquals(0, fixed.get("problems").size(), fixed.toString());
            assertNotEquals(version, fixed.get("version").asText());
            assertTrue(printed(out, "the problems are fixed"), out.toString());
        }
    }

    @Test
    void aFileWrittenAgainAndAgainEndsWithItsLastVersionServed() throws Exception {
        try (Events events = new Events(serve.address())) {
            String version = events.next(WAIT).get("version").asText();
            Path answer = content.resolve("answers/what-is-a-partition.md");
            // Saves in two steps (truncate, then write) every few milliseconds, as a busy editor or a tool
            // might: rebuilds overtaken by the next save are not announced, yet the pages still reload.
            for (int i = 0; i < 30; i++) {
                Files.writeString(answer, "");
                Files.writeString(answer, "Version **V" + i + "** of the answer.\n");
                Thread.sleep(7);
            }
            // The last announcement: a new version without problems, whose page has the last save.
            JsonNode state = events.nextChange(version, WAIT);
            while (!state.get("problems").isEmpty() || !get("/storage.html").body().contains("<strong>V29</strong>")) {
                state = events.next(WAIT);
            }
            assertNotEquals(version, state.get("version").asText());
        }
    }

    @Test
    void aThemeChangeIsPickedUp() throws Exception {
        themeChangeIsPickedUp(Cli.copy(Path.of("templates"), temp.resolve("theme")));
    }

    @Test
    void aThemeChangeIsPickedUpWhenTheThemeIsGivenRelativeToTheWorkingFolder() throws Exception {
        Path relative = Path.of("target", "serve-theme-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            themeChangeIsPickedUp(Cli.copy(Path.of("templates"), relative));
        } finally {
            studyguide.write.SiteWriter.deleteTree(relative);
        }
    }

    private void themeChangeIsPickedUp(Path theme) throws Exception {
        serve.close();
        serve = Serve.start(new Serve.Options(content, theme, null, null, InetAddress.getLoopbackAddress(), 0, System.getenv()),
                new PrintWriter(out, true), new PrintWriter(err, true));
        try (Events events = new Events(serve.address())) {
            String version = events.next(WAIT).get("version").asText();
            Path page = theme.resolve("page.ftlh");
            Files.writeString(page, Files.readString(page).replace("<h1>${page.title}</h1>", "<h1>THEMED ${page.title}</h1>"));
            events.nextChange(version, WAIT);
            assertTrue(get("/how-to-prepare.html").body().contains("<h1>THEMED How to prepare</h1>"));
        }
    }

    @Test
    void closingStopsTheServerAndDeletesItsFolder() throws Exception {
        Path site = serve.output();
        assertTrue(Files.isDirectory(site));
        serve.close();
        assertFalse(Files.exists(site.getParent()), "the temporary folder is gone");
        assertThrows(ConnectException.class, () -> get("/"));
    }

    @Test
    void aGuideThatDoesNotBuildStillStartsAndShowsItsProblems() throws Exception {
        serve.close();
        Files.writeString(content.resolve("questions/queries.yaml"), "title: Queries\nquestions:\n  - id: Bad_Id\n    question: Q?\n");
        serve = Serve.start(new Serve.Options(content, Path.of("templates"), null, null, InetAddress.getLoopbackAddress(), 0, System.getenv()),
                new PrintWriter(out, true), new PrintWriter(err, true));
        HttpResponse<String> page = get("/");
        assertEquals(503, page.statusCode());
        assertTrue(page.body().contains("/__studyguide/live.js"));
        try (Events events = new Events(serve.address())) {
            JsonNode state = events.next(WAIT);
            assertTrue(state.get("problems").toString().contains("queries.yaml:3:9: id 'Bad_Id' may contain only"), state.toString());
            Files.writeString(content.resolve("questions/queries.yaml"),
                    "title: Queries\nquestions:\n  - id: query-vs-scan\n    question: Q?\n");
            JsonNode fixed = events.nextChange(state.get("version").asText(), WAIT);
            assertEquals(0, fixed.get("problems").size());
            assertEquals(200, get("/").statusCode());
        }
    }

    /**
     * Whether {@code text} is printed within ten seconds: the terminal line and the browser's event are
     * written by different threads, so the event can arrive first.
     */
    private static boolean printed(java.io.StringWriter writer, String text) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!writer.toString().contains(text) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return writer.toString().contains(text);
    }
}
