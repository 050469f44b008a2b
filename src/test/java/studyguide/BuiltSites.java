package studyguide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Fixture guides built with the default theme, each once per test run into a temporary folder and shared by
 * every test class that asks for the same content and build arguments ({@link #of}). Tests only read a
 * shared site; a test that changes one copies it first ({@link Cli#copy}).
 *
 * <p>The quality gates check every site of a named list: the fixture guides (plain and with a base URL, which
 * adds canonical links and the like) and the real DynamoDB guide from {@code content/}. A gate iterates
 * {@link #all()} and, within a site, {@link Site#pages()}, so that a guide or a kind of page added later is
 * checked without changing the gate.
 */
public final class BuiltSites {

    /**
     * A built site, the name it is reported under, its {@code --base-url} (null when built without), a
     * word its search finds (for tests that open search results; null outside the gates' list) and what
     * the build printed.
     */
    public record Site(String name, Path root, String baseUrl, String searchWord, Cli.Run run) {
        /** Every HTML page of the site, in any folder, sorted. */
        public List<Path> pages() {
            return BuiltSites.pages(root);
        }

        /** A file of the site, by its path inside the site. */
        public Path file(String path) {
            return root.resolve(path);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A guide's content folder, the build's arguments after it, and a word its search finds. */
    private record Source(Path content, List<String> args, String searchWord) {
    }

    /** The gates' sites, by name. */
    private static final Map<String, Source> NAMED = new LinkedHashMap<>();

    static {
        named("small", "partition", Cli.SMALL_GUIDE);
        named("small-hosted", "partition", Cli.SMALL_GUIDE, "--base-url", "https://user.github.io/repo/");
        named("figures", "balancer", Path.of("src/test/resources/guides/figures"));
        named("hostile", "script", Path.of("src/test/resources/guides/hostile"));
        named("quiz", "closure", Path.of("src/test/resources/guides/quiz"));
        named("japanese", "partition", Path.of("src/test/resources/guides/japanese"));
        named("library", "index", Path.of("src/test/resources/guides/library"));
        named("bilingual", "tcp", Path.of("src/test/resources/guides/bilingual"));
        named("dynamodb", "partition", Path.of("content"));
    }

    /** Every build of this run, by its content folder and arguments. */
    private static final Map<List<String>, Site> BUILT = new HashMap<>();
    private static Path temp;

    private BuiltSites() {
    }

    private static void named(String name, String searchWord, Path content, String... args) {
        NAMED.put(name, new Source(content, List.of(args), searchWord));
    }

    /** Every site of the gates' list, building those not built yet. */
    public static synchronized List<Site> all() {
        List<Site> sites = new ArrayList<>();
        for (String name : NAMED.keySet()) {
            sites.add(get(name));
        }
        return sites;
    }

    /**
     * The gates' sites a browser can show completely from disk: a site built with a base URL has a 404 page
     * whose styles load from that address, which exists only once deployed (its other pages are the
     * same as the plain build's).
     */
    public static synchronized List<Site> fromDisk() {
        return all().stream().filter(s -> s.baseUrl() == null).toList();
    }

    /** One site of the gates' list by name ("small", "small-hosted", "figures", "hostile", "quiz", "japanese", "dynamodb"). */
    public static synchronized Site get(String name) {
        Source source = NAMED.get(name);
        Site built = of(source.content(), source.args().toArray(String[]::new));
        return new Site(name, built.root(), built.baseUrl(), source.searchWord(), built.run());
    }

    /**
     * The guide in {@code content} built with {@code args} after the usual ones; built on the first call,
     * the same folder after. A build that fails fails the calling test (or class set-up) with its output.
     */
    public static synchronized Site of(Path content, String... args) {
        List<String> key = new ArrayList<>(List.of(content.toAbsolutePath().normalize().toString()));
        key.addAll(List.of(args));
        Site site = BUILT.get(key);
        if (site == null) {
            Path output = tempRoot().resolve(BUILT.size() + "-" + content.toAbsolutePath().normalize().getFileName())
                    .resolve("site");
            Cli.Run run = Cli.build(content, output, args);
            assertEquals(0, run.exitCode(), () -> "building " + content + " failed:\n" + run);
            int base = key.indexOf("--base-url");
            site = new Site(content.getFileName().toString(), output, base < 0 ? null : key.get(base + 1), null, run);
            BUILT.put(key, site);
        }
        return site;
    }

    /** Every {@code .html} file under {@code root}, in any folder, sorted by path. */
    public static List<Path> pages(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".html"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempRoot() {
        if (temp == null) {
            try {
                temp = Files.createTempDirectory("studyguide-sites-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path folder = temp;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> Cli.delete(folder)));
        }
        return temp;
    }
}
