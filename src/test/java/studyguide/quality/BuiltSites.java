package studyguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import studyguide.Main;

/**
 * The sites every gate checks, each built once per test run into a temporary folder: the fixture guides
 * (plain and with a base URL, which adds canonical links and the like) and the real DynamoDB guide
 * from {@code content/}. A gate iterates {@link #all()} and, within a site, {@link #pages(Path)}, so
 * that a guide or a kind of page added later is checked without changing the gate.
 */
public final class BuiltSites {

    /**
     * A built site, the name it is reported under, its {@code --base-url} (null when built without) and a
     * word its search finds (for tests that open search results).
     */
    public record Site(String name, Path root, String baseUrl, String searchWord) {
        /** Every HTML page of the site, in any folder, sorted. */
        public List<Path> pages() {
            return BuiltSites.pages(root);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Per site: a word its search finds, then the build's arguments after --content. */
    private static final Map<String, String[]> SOURCES = new LinkedHashMap<>();

    static {
        SOURCES.put("small", new String[] {"partition", "src/test/resources/guides/small"});
        SOURCES.put("small-hosted", new String[] {"partition", "src/test/resources/guides/small", "--base-url",
                "https://user.github.io/repo/"});
        SOURCES.put("figures", new String[] {"balancer", "src/test/resources/guides/figures"});
        SOURCES.put("hostile", new String[] {"script", "src/test/resources/guides/hostile"});
        SOURCES.put("quiz", new String[] {"closure", "src/test/resources/guides/quiz"});
        SOURCES.put("dynamodb", new String[] {"partition", "content"});
    }

    private static final Map<String, Site> BUILT = new LinkedHashMap<>();
    private static Path temp;

    private BuiltSites() {
    }

    /** Every site, building those not built yet. */
    public static synchronized List<Site> all() {
        List<Site> sites = new ArrayList<>();
        for (String name : SOURCES.keySet()) {
            sites.add(get(name));
        }
        return sites;
    }

    /**
     * The sites a browser can show completely from disk: a site built with a base URL has a 404 page
     * whose styles load from that address, which exists only once deployed (its other pages are the
     * same as the plain build's).
     */
    public static synchronized List<Site> fromDisk() {
        return all().stream().filter(s -> s.baseUrl() == null).toList();
    }

    /** One site by name ("small", "small-hosted", "figures", "hostile", "quiz", "dynamodb"). */
    public static synchronized Site get(String name) {
        Site site = BUILT.get(name);
        if (site == null) {
            site = build(name, SOURCES.get(name));
            BUILT.put(name, site);
        }
        return site;
    }

    private static Site build(String name, String[] source) {
        Path output = tempRoot().resolve(name);
        List<String> args = new ArrayList<>(List.of("build", "--content", source[1], "--templates", "templates",
                "--output", output.toString()));
        args.addAll(List.of(source).subList(2, source.length));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, () -> "building " + name + " failed:\n" + out + err);
        int base = args.indexOf("--base-url");
        return new Site(name, output, base < 0 ? null : args.get(base + 1), source[0]);
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
                temp = Files.createTempDirectory("studyguide-gates-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path folder = temp;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
        }
        return temp;
    }

    private static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary folder is harmless.
        }
    }
}
