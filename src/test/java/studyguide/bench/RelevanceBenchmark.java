package studyguide.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import studyguide.Main;
import studyguide.browser.Browser;

/**
 * Measures how well search finds what people mean, and prints it; it asserts nothing about the figures.
 * Not run by {@code mvn test} (the name does not end in Test); run it with
 * {@code mvn -q test -Dtest=RelevanceBenchmark}.
 *
 * <p>Three query sets ({@code bench/relevance/}): the DynamoDB guide's, written from what its questions
 * are about; the CJK fixture guide's; and a generated guide's ({@link RelevanceQueries}). Each query names
 * the questions it should find. In headless Chromium, over the built site served from a local HTTP server,
 * the same queries run through our search (the real search.js over the built index), Pagefind (indexing
 * the built pages) and Lunr (from its WebJar, over the same questions' text from {@code export/guide.json}),
 * and each engine's first ten results give recall@1, recall@5, mean reciprocal rank and the share of
 * queries with no result.
 */
class RelevanceBenchmark {

    private static final Path PAGEFIND = Path.of("/opt/pagefind/node_modules/@pagefind/linux-x64/bin/pagefind_extended");
    private static final String LUNR = "META-INF/resources/webjars/lunr/2.3.9/lunr.min.js";
    private static final int GENERATED_QUESTIONS = 300;

    @TempDir
    static Path temp;

    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        browser = Browser.start(1200, 900);
        browser.manage().timeouts().scriptTimeout(Duration.ofMinutes(30));
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void dynamodbGuide() throws Exception {
        measure("DynamoDB guide", Path.of("content"), RelevanceQueries.read(Path.of("bench/relevance/dynamodb.tsv")), null);
    }

    @Test
    void cjkGuide() throws Exception {
        // Pagefind segments Chinese and Japanese only for a page in one of those languages; the fixture's pages
        // say "en" (the guide has no language setting yet), so Pagefind is told the language.
        measure("CJK guide", Path.of("src/test/resources/guides/cjk"), RelevanceQueries.read(Path.of("bench/relevance/cjk.tsv")), "zh");
    }

    @Test
    void generatedGuide() throws Exception {
        Path guide = temp.resolve("generated");
        SearchGuide.write(guide, GENERATED_QUESTIONS, 17);
        List<RelevanceQueries.Query> queries = RelevanceQueries.generated(guide, 120, 2);
        Path written = Path.of("target", "relevance-generated.tsv");
        Files.createDirectories(written.getParent());
        RelevanceQueries.write(queries, written);
        measure("generated guide (" + GENERATED_QUESTIONS + " questions; queries in " + written + ")", guide, queries, null);
    }

    @SuppressWarnings("unchecked")
    private void measure(String name, Path content, List<RelevanceQueries.Query> queries, String pagefindLanguage) throws Exception {
        Path site = temp.resolve(name.replaceAll("\\W+", "-") + "-site");
        StringWriter out = new StringWriter();
        int code = 1;
        // On a loaded machine a diagram can run out of time; the diagrams drawn are kept, so a second try goes further.
        for (int attempt = 0; attempt < 3 && code != 0; attempt++) {
            out = new StringWriter();
            code = Main.run(new String[] {"build", "--content", content.toString(), "--output", site.toString()},
                    new PrintWriter(out, true), new PrintWriter(out, true));
        }
        assertEquals(0, code, out::toString);
        pagefind(site, pagefindLanguage);
        HttpServer server = serve(site);
        try {
            browser.get("http://127.0.0.1:" + server.getAddress().getPort() + "/index.html");
            browser.executeScript(lunrSource());
            Object ready = browser.executeAsyncScript(SETUP);
            if (!"ready".equals(ready)) {
                throw new IllegalStateException(String.valueOf(ready));
            }
            Map<String, List<List<String>>> found = new LinkedHashMap<>();
            Map<String, Double> time = new LinkedHashMap<>();
            for (String engine : List.of("ours", "pagefind", "lunr")) {
                List<List<String>> results = new ArrayList<>();
                double ms = 0;
                for (RelevanceQueries.Query q : queries) {
                    Map<String, Object> r = (Map<String, Object>) browser.executeAsyncScript(QUERY, engine, q.text());
                    results.add((List<String>) r.get("ids"));
                    ms += ((Number) r.get("ms")).doubleValue();
                }
                found.put(engine, results);
                time.put(engine, ms / queries.size());
            }
            System.out.println("relevance benchmark: " + name + ", " + queries.size() + " queries");
            System.out.println("relevance benchmark:   engine     recall@1  recall@5  MRR    no result  ms per query");
            for (String engine : List.of("ours", "pagefind", "lunr")) {
                Metrics m = Metrics.of(queries, found.get(engine));
                System.out.printf("relevance benchmark:   %-9s  %.3f     %.3f     %.3f  %.3f      %.1f%n", engine, m.recall1(),
                        m.recall5(), m.mrr(), m.empty(), time.get(engine));
                if ("ours".equals(engine) || System.getenv("STUDYGUIDE_RELEVANCE_MISSES") != null) {
                    m.misses().forEach(miss -> System.out.println("relevance benchmark:     " + engine + " missed " + miss));
                }
            }
        } finally {
            server.stop(0);
        }
    }

    /**
     * The three engines on {@code window.bench}: {@code init(done)} builds Lunr's index and loads ours and
     * Pagefind's, then {@code ours}, {@code lunr} and {@code pagefind} each call back with one query's first ten
     * results: question ids, other results as their address. One query per call, so no call is slow.
     */
    private static final String SETUP = """
            var done = arguments[arguments.length - 1];
            var api = window.studyguideSearch, lunrIndex = null, pagefind = null;
            window.bench = {
              ours: function (text, cb) {
                api.query(text, {category: '', level: '', tag: ''}, function (r) {
                  var data = api.loaded(), q = data.questions.length;
                  cb((r && r.results ? r.results : []).slice(0, 10).map(function (d) {
                    return d < q ? data.questions[d][0] : data.pages[d - q][2];
                  }));
                });
              },
              lunr: function (text, cb) {
                // Every word as it is, as a prefix and, from four letters, one typo away: Lunr's usual way
                // to search as one types and to forgive a typo.
                var results = lunrIndex.query(function (q) {
                  lunr.tokenizer(text).forEach(function (token) {
                    var t = token.toString();
                    q.term(t, {boost: 10});
                    q.term(t, {boost: 1, wildcard: lunr.Query.wildcard.TRAILING, usePipeline: false});
                    if (t.length >= 4) {
                      q.term(t, {boost: 1, editDistance: 1, usePipeline: false});
                    }
                  });
                });
                cb(results.slice(0, 10).map(function (r) { return r.ref; }));
              },
              pagefind: function (text, cb) {
                pagefind.search(text).then(function (search) {
                  return Promise.all(search.results.slice(0, 10).map(function (r) { return r.data(); }));
                }).then(function (pages) {
                  var ids = [];
                  pages.forEach(function (page) {
                    // A page's sub-results come in page order; by their matches' weight, best first, as
                    // Pagefind's own search UI shows the best one of each page first.
                    var subs = page.sub_results && page.sub_results.length ? page.sub_results.slice() : [page];
                    function score(s) {
                      return (s.weighted_locations || []).reduce(function (sum, w) { return sum + w.balanced_score; }, 0)
                          || (s.locations || []).length;
                    }
                    subs.sort(function (a, b) { return score(b) - score(a); });
                    subs.forEach(function (s) {
                      var hash = s.url.indexOf('#');
                      var id = hash < 0 ? s.url : s.url.slice(hash + 1).replace(/--title$/, '');
                      if (ids.indexOf(id) < 0) { ids.push(id); }
                    });
                  });
                  cb(ids.slice(0, 10));
                });
              }
            };
            fetch('export/guide.json').then(function (r) { return r.json(); }).then(function (guide) {
              lunrIndex = lunr(function () {
                this.ref('id');
                this.field('question', {boost: 10});
                this.field('keyPoints', {boost: 5});
                this.field('answer', {boost: 2});
                this.field('tags', {boost: 1});
                var self = this;
                guide.categories.forEach(function (c) {
                  c.questions.forEach(function (q) {
                    self.add({id: q.id, question: q.question, tags: (q.tags || []).join(' '),
                      keyPoints: (q.key_points || []).map(function (k) { return k.markdown; }).join(' '),
                      answer: [q.answer, q.interviewer_intent].filter(Boolean).map(function (m) { return m.markdown; }).join(' ')});
                  });
                });
              });
              return import('/pagefind/pagefind.js');
            }).then(function (pf) {
              pagefind = pf;
              return pf.init();
            }).then(function () {
              api.load(function () { done('ready'); });
            }).catch(function (e) { done('error: ' + e); });
            """;

    private static final String QUERY = "var done = arguments[arguments.length - 1];"
            + "var started = performance.now();"
            + "window.bench[arguments[0]](arguments[1], function (ids) { done({ids: ids, ms: performance.now() - started}); });";

    private static String lunrSource() throws IOException {
        try (InputStream in = RelevanceBenchmark.class.getClassLoader().getResourceAsStream(LUNR)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Runs Pagefind over a built site; it writes its index into {@code pagefind/} there. */
    private static void pagefind(Path site, String language) throws IOException, InterruptedException {
        // Only the pages our search covers, the categories' and the free-form pages: the print sheets, the
        // home page and the exports repeat the questions' text and would take the first places.
        JsonNode guide = new ObjectMapper().readTree(site.resolve("export/guide.json").toFile());
        List<String> pages = new ArrayList<>();
        guide.get("categories").forEach(c -> pages.add(c.get("url").asText()));
        guide.get("pages").forEach(p -> pages.add(p.get("url").asText()));
        List<String> command = new ArrayList<>(List.of(PAGEFIND.toString(), "--site", site.toString(),
                "--glob", "{" + String.join(",", pages) + "}"));
        if (language != null) {
            command.addAll(List.of("--force-language", language));
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(temp.resolve("pagefind.log").toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("pagefind failed: " + Files.readString(temp.resolve("pagefind.log")));
        }
    }

    /** A static file server for a built site on a free port of the loopback address (Pagefind loads its index with fetch). */
    private static HttpServer serve(Path site) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        Map<String, String> types = new LinkedHashMap<>(Map.of(".html", "text/html; charset=utf-8", ".js",
                "text/javascript; charset=utf-8", ".css", "text/css", ".json", "application/json", ".wasm", "application/wasm"));
        server.createContext("/", exchange -> {
            Path file = site.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            String name = file.getFileName().toString();
            String type = types.entrySet().stream().filter(e -> name.endsWith(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse("application/octet-stream");
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            try (var os = exchange.getResponseBody()) {
                os.write(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        server.start();
        return server;
    }

    /** Recall at 1 and 5, mean reciprocal rank (of the first expected result in the first ten), share with no result. */
    record Metrics(double recall1, double recall5, double mrr, double empty, List<String> misses) {
        static Metrics of(List<RelevanceQueries.Query> queries, List<List<String>> results) {
            int r1 = 0;
            int r5 = 0;
            int none = 0;
            double mrr = 0;
            List<String> misses = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                RelevanceQueries.Query q = queries.get(i);
                List<String> got = results.get(i);
                int rank = -1;
                for (int k = 0; k < got.size() && rank < 0; k++) {
                    if (q.expected().contains(got.get(k))) {
                        rank = k;
                    }
                }
                r1 += rank == 0 ? 1 : 0;
                r5 += rank >= 0 && rank < 5 ? 1 : 0;
                mrr += rank >= 0 ? 1.0 / (rank + 1) : 0;
                none += got.isEmpty() ? 1 : 0;
                if (rank < 0 || rank >= 5) {
                    misses.add("\"" + q.text() + "\" (" + String.join(" ", q.expected()) + "): "
                            + String.join(" ", got.subList(0, Math.min(5, got.size()))));
                }
            }
            int n = queries.size();
            return new Metrics((double) r1 / n, (double) r5 / n, mrr / n, (double) none / n, misses);
        }
    }
}
