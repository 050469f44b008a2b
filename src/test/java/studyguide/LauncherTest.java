package studyguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./jbang} launcher: JBang pinned in one line, a first run that says what it fetches, no colour
 * codes when the output is not a terminal, and the kept java command reused while the script is unchanged.
 */
@Slow.Launcher
class LauncherTest {

    static final Path LAUNCHER = Path.of("jbang");
    private static final Pattern PIN = Pattern.compile("(?m)^JBANG_ARTIFACT=([\\w.-]+):([\\w.-]+):([\\w.-]+)$");

    record Pin(String group, String artifact, String version) {
        Path jar(Path repository) {
            return repository.resolve(group.replace('.', '/')).resolve(artifact).resolve(version)
                    .resolve(artifact + "-" + version + ".jar");
        }
    }

    static Pin pin() throws IOException {
        String launcher = Files.readString(LAUNCHER);
        Matcher m = PIN.matcher(launcher);
        assertTrue(m.find(), "the launcher pins JBang as JBANG_ARTIFACT=group:artifact:version");
        Pin pin = new Pin(m.group(1), m.group(2), m.group(3));
        assertFalse(m.find(), "JBANG_ARTIFACT is set once");
        return pin;
    }

    @Test
    void pinsJBangInOneLine() throws IOException {
        Pin pin = pin();
        assertEquals("dev.jbang", pin.group());
        String launcher = Files.readString(LAUNCHER);
        assertEquals(1, launcher.split(Pattern.quote(pin.version()), -1).length - 1,
                "the version is written once, in JBANG_ARTIFACT");
        String readme = Files.readString(Path.of("README.md")).replaceAll("\\s+", " ");
        assertTrue(readme.contains("JBang " + pin.version()), "the README names the pinned JBang " + pin.version());
    }

    private record Run(int status, String out, String err) {
    }

    private static Run run(Path folder, Map<String, String> env, String... args) throws Exception {
        return run(folder, env, Stream.concat(Stream.of(LAUNCHER.toAbsolutePath().toString()), Stream.of(args)).toList());
    }

    private static Run run(Path folder, Map<String, String> env, List<String> command) throws Exception {
        Path out = Files.createTempFile("out", ".txt");
        Path err = Files.createTempFile("err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("NO_COLOR");
        builder.environment().putAll(env);
        int status = builder.start().waitFor();
        Run run = new Run(status, Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv("PATH").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    /**
     * Runs a small script through the launcher with an empty cache and no JBang on the PATH, as on a new
     * machine: JBang comes from Maven (from the local repository when it is there, as it is after any build).
     */
    @Test
    void firstRunSaysWhatItFetchesOnceThenTheKeptCommandRunsWithoutJBang(@TempDir Path folder) throws Exception {
        assumeTrue(onPath("mvn") && !onPath("jbang"), "needs Maven, and no JBang on the PATH");
        Files.writeString(folder.resolve("hello.java"), """
                //DEPS info.picocli:picocli:4.7.7
                class hello {
                    public static void main(String[] args) {
                        System.out.println("hello " + String.join(" ", args));
                    }
                }
                """);
        Map<String, String> env = Map.of(
                "XDG_CACHE_HOME", folder.resolve("cache").toString(),
                "JBANG_DIR", folder.resolve("jbang-dir").toString(),
                "JBANG_CACHE_DIR", folder.resolve("jbang-cache").toString(),
                // JBang's own launcher sets this and JBang then colours its messages even in a pipe.
                "CLICOLOR_FORCE", "1");

        Run first = run(folder, env, "hello.java", "a", "b c");
        assertEquals(0, first.status(), first.err());
        assertEquals("hello a b c\n", first.out());
        Pin pin = pin();
        assertTrue(first.err().startsWith("jbang: first run: Maven fetches JBang " + pin.version()), first.err());
        assertTrue(first.err().contains("[jbang] Resolving dependencies..."), first.err());
        assertFalse((first.out() + first.err()).contains("\u001b"), "no ANSI escape codes: " + first.err());

        Path cache = folder.resolve("cache/studyguide/jbang-" + pin.version());
        String classpath = Files.readString(cache.resolve("classpath.txt")).strip();
        Path jar = Stream.of(classpath.split(File.pathSeparator)).map(Path::of)
                .filter(p -> p.getFileName().toString().equals(pin.artifact() + "-" + pin.version() + ".jar"))
                .findFirst().orElseThrow(() -> new AssertionError("JBang's jar is on its class path: " + classpath));
        assertTrue(Files.isRegularFile(jar) && jar.endsWith(pin.jar(Path.of("")).toString()),
                "JBang resolved into the local repository: " + jar);

        Run second = run(folder, env, "hello.java", "again");
        assertEquals("hello again\n", second.out());
        assertEquals("", second.err(), "nothing fetched, nothing said");

        // The kept command runs the script without JBang: with JBang's class path gone, it still runs.
        Files.writeString(cache.resolve("classpath.txt"), "/nonexistent/jbang.jar");
        Run kept = run(folder, env, "hello.java", "kept");
        assertEquals(0, kept.status(), kept.err());
        assertEquals("hello kept\n", kept.out());
        try (Stream<Path> commands = Files.list(cache.resolve("commands"))) {
            assertEquals(1, commands.count());
        }

        // A changed script goes through JBang again.
        Files.writeString(cache.resolve("classpath.txt"), classpath);
        Files.writeString(folder.resolve("hello.java"), Files.readString(folder.resolve("hello.java")).replace("hello ", "hi "));
        Run changed = run(folder, env, "hello.java", "x");
        assertEquals("hi x\n", changed.out(), changed.err());
        assertTrue(changed.err().contains("[jbang] Building jar for hello.java..."), changed.err());
    }

    @Test
    void theCatalogNamesTheBuildScript() throws IOException {
        JsonNode catalog = new ObjectMapper().readTree(Path.of("jbang-catalog.json").toFile());
        assertEquals(List.of("aliases"), iterable(catalog.fieldNames()));
        assertEquals(List.of("studyguide"), iterable(catalog.get("aliases").fieldNames()));
        assertEquals("jbang-build.java", catalog.at("/aliases/studyguide/script-ref").asText());
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    /**
     * {@code jbang app install studyguide@<clone>/jbang-catalog.json} through the launcher, then the installed
     * command builds a guide that holds only {@code content/}, in a folder of its own, as the README says.
     * Needs nothing from the network once Maven's local repository has JBang and the build's libraries (any
     * earlier build puts them there).
     */
    @Test
    void installedFromTheCatalogFileItBuildsAGuideInAnyFolder(@TempDir Path home) throws Exception {
        installAndBuild(home, Path.of("").toAbsolutePath().resolve("jbang-catalog.json").toString());
    }

    /**
     * The same from a catalog fetched over HTTP, as {@code jbang studyguide@<owner>/<repo>} fetches it from
     * GitHub: JBang then fetches the script and every file it names one by one (BuildScriptTest keeps that
     * list complete).
     */
    @Test
    void installedFromACatalogOnAWebServerItBuildsAGuideInAnyFolder(@TempDir Path home) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        Path root = Path.of("").toAbsolutePath();
        server.createContext("/", exchange -> {
            Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            boolean found = file.startsWith(root) && Files.isRegularFile(file);
            byte[] body = found ? Files.readAllBytes(file) : new byte[0];
            exchange.sendResponseHeaders(found ? 200 : 404, found ? body.length : -1);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            installAndBuild(home, "http://127.0.0.1:" + server.getAddress().getPort() + "/jbang-catalog.json");
        } finally {
            server.stop(0);
        }
    }

    private void installAndBuild(Path home, String catalog) throws Exception {
        assumeTrue(onPath("mvn") && !onPath("jbang"), "needs Maven, and no JBang on the PATH");
        Path jbangDir = home.resolve("jbang-dir");
        Path root = Path.of("").toAbsolutePath();
        Map<String, String> env = new HashMap<>(Map.of(
                "XDG_CACHE_HOME", home.resolve("cache").toString(),
                "JBANG_DIR", jbangDir.toString(),
                "JBANG_CACHE_DIR", home.resolve("jbang-cache").toString(),
                "STUDYGUIDE_CACHE_DIR", home.resolve("studyguide-cache").toString(),
                // The launcher answers to `jbang`, as the installed command expects; with JBang's bin folder
                // already on the PATH, `app install` leaves the shell's start files alone.
                "PATH", root + File.pathSeparator + jbangDir.resolve("bin") + File.pathSeparator + System.getenv("PATH")));

        Run install = run(home, env, "app", "install", "studyguide@" + catalog);
        assertEquals(0, install.status(), install.out() + install.err());
        assertTrue(Files.isExecutable(jbangDir.resolve("bin/studyguide")), install.out() + install.err());

        Path guide = Files.createDirectories(home.resolve("my-guide"));
        copy(Path.of("src/test/resources/guides/small"), guide.resolve("content"));
        Run build = run(guide, env, List.of(jbangDir.resolve("bin/studyguide").toString(), "build"));
        assertEquals(0, build.status(), build.out() + build.err());
        assertTrue(build.out().startsWith("Built "), build.out());
        assertTrue(Files.readString(guide.resolve("site/index.html")).contains("Small Test Guide"));
        assertTrue(Files.isRegularFile(guide.resolve("site/assets/search.js")), "the built-in theme's assets");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(file -> {
                try {
                    Files.copy(file, to.resolve(from.relativize(file).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
