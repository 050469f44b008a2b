package studyguide.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import studyguide.Main;
import studyguide.browser.Browser;
import studyguide.load.GuideLoader;
import studyguide.model.Guide;
import studyguide.model.Question;
import studyguide.problem.Problems;
import studyguide.render.DiagramRenderer;
import studyguide.render.MarkdownRenderer;

/**
 * Measures search against the figures of issue 4 and prints them; it asserts nothing about speed.
 * Not run by {@code mvn test} (the name does not end in Test); run it with
 * {@code mvn -q test -Dtest=SearchBenchmark} (set {@code STUDYGUIDE_BENCH_QUESTIONS} for another size).
 *
 * <ul>
 *   <li>the size of the DynamoDB guide's index (figure: at most 100 KB gzipped);</li>
 *   <li>on a generated guide of 2,000 questions, in headless Chromium: when the index is ready after a
 *       page load, the first keystroke's time to results on screen (figure: 300 ms) and each further
 *       keystroke's (figure: 30 ms), typed with real key events;</li>
 *   <li>Lunr and Fuse.js (from their WebJars) on the same questions, with the same rules (every word,
 *       prefixes, one typo): index build time and time per keystroke, search call only.</li>
 * </ul>
 */
class SearchBenchmark {

    private static final int QUESTIONS = Integer.parseInt(System.getenv().getOrDefault("STUDYGUIDE_BENCH_QUESTIONS", "2000"));
    private static final List<String> QUERIES = List.of("throttling", "partition key", "partiton", "gsi backfill",
            "exponential backoff retry", "capacity units");
    private static final int PAGE_LOADS = 6;

    @TempDir
    static Path temp;

    static Path guide;
    static Path site;
    static ChromeDriver browser;

    @BeforeAll
    static void generateAndBuild() throws IOException {
        guide = temp.resolve("guide");
        SearchGuide.write(guide, QUESTIONS, 42);
        site = temp.resolve("site");
        StringWriter out = new StringWriter();
        int code = Main.run(new String[] {"build", "--content", guide.toString(), "--output", site.toString(), "--timings"},
                new PrintWriter(out, true), new PrintWriter(System.err, true));
        assertEquals(0, code, out::toString);
        print("machine: " + Runtime.getRuntime().availableProcessors() + " cores, load average "
                + String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        print("generated guide: " + out.toString().strip().replace("\n", "; "));
        browser = Browser.start(1200, 900);
        browser.manage().timeouts().scriptTimeout(Duration.ofMinutes(10));
        browser.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(2));
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void print(String line) {
        System.out.println("search benchmark: " + line);
    }

    @Test
    void indexSizes() throws IOException {
        Path dynamo = temp.resolve("dynamodb-site");
        int code = Main.run(new String[] {"build", "--content", "content", "--output", dynamo.toString()},
                new PrintWriter(Writer.nullWriter()), new PrintWriter(System.err, true));
        assertEquals(0, code);
        for (Path s : List.of(dynamo, site)) {
            byte[] index = Files.readAllBytes(s.resolve("assets/search-index.js"));
            print((s == dynamo ? "DynamoDB guide" : QUESTIONS + "-question guide") + " index: " + kb(index.length)
                    + ", " + kb(gzip(index).length) + " gzipped" + (s == dynamo ? " (figure: at most 100 KB gzipped)" : ""));
        }
    }

    @Test
    void ourSearchInTheBrowser() {
        String page = Browser.url(site.resolve("category-1.html"));
        List<Double> ready = new ArrayList<>();
        List<Double> first = new ArrayList<>();
        List<Double> further = new ArrayList<>();
        List<Double> firstChar = new ArrayList<>();
        List<Double> furtherChar = new ArrayList<>();
        List<Double> firstHandled = new ArrayList<>();
        List<Double> furtherHandled = new ArrayList<>();
        for (int run = 0; run < PAGE_LOADS; run++) {
            browser.get(page);
            ready.add(((Number) browser.executeScript(
                    "return performance.getEntriesByName('studyguide-search-ready')[0].startTime")).doubleValue());
            // Added after search.js's own listeners, so this input listener runs once the results are in the
            // page. Chromedriver sends a key's keydown and its character as two separate events, a round trip
            // apart, so times are taken both from the keydown and from the character (beforeinput).
            browser.executeScript("window.fromKey = []; window.fromChar = []; window.inPage = [];"
                    + "var keyAt = 0, charAt = 0, box = document.getElementById('search-input');"
                    + "box.addEventListener('keydown', function (e) { keyAt = e.timeStamp; }, true);"
                    + "box.addEventListener('beforeinput', function (e) { charAt = e.timeStamp; }, true);"
                    + "box.addEventListener('input', function () {"
                    + "  var k = keyAt, c = charAt; window.inPage.push(performance.now() - c);"
                    + "  requestAnimationFrame(function () { setTimeout(function () {"
                    + "    var now = performance.now(); window.fromKey.push(now - k); window.fromChar.push(now - c);"
                    + "  }, 0); });"
                    + "});");
            WebElement input = browser.findElement(By.id("search-input"));
            String query = QUERIES.get(run % QUERIES.size());
            for (int i = 0; i < query.length(); i++) {
                input.sendKeys(String.valueOf(query.charAt(i)));
                int expected = i + 1;
                while (((Number) browser.executeScript("return window.fromKey.length")).intValue() < expected) {
                    Thread.onSpinWait();
                }
            }
            split(browser.executeScript("return window.fromKey"), first, further);
            split(browser.executeScript("return window.fromChar"), firstChar, furtherChar);
            split(browser.executeScript("return window.inPage"), firstHandled, furtherHandled);
        }
        print("our search, " + QUESTIONS + " questions, " + PAGE_LOADS + " page loads, real key events:");
        print("  index parsed and ready after navigation start: " + stats(ready));
        print("  first keystroke after page load, keydown to results painted: " + stats(first) + " (figure: 300 ms)");
        print("  each further keystroke, keydown to results painted: " + stats(further) + " (figure: 30 ms)");
        print("  the same from the key's character (beforeinput), to results painted:");
        print("    first keystroke: " + stats(firstChar));
        print("    each further keystroke: " + stats(furtherChar));
        print("  the same from the key's character, to results in the page (before the browser's next frame):");
        print("    first keystroke: " + stats(firstHandled));
        print("    each further keystroke: " + stats(furtherHandled));

        @SuppressWarnings("unchecked")
        Map<String, Object> calls = (Map<String, Object>) browser.executeScript(TIME_CALLS
                + "return time(function (text) { return window.studyguideSearch.search(text,"
                + " {category: '', level: '', tag: ''}).results.length; });", QUERIES);
        print("  search call only (no DOM), per keystroke: " + callStats(calls));
    }

    @Test
    void librariesOnTheSameQuestions() throws IOException {
        Path page = temp.resolve("libraries");
        Files.createDirectories(page);
        Files.write(page.resolve("lunr.min.js"), webJar("lunr", "lunr.min.js"));
        Files.write(page.resolve("fuse.min.js"), webJar("fuse.js", "dist/fuse.min.js"));
        Files.writeString(page.resolve("docs.js"), "window.DOCS = " + new ObjectMapper().writeValueAsString(documents()) + ";");
        Files.writeString(page.resolve("index.html"), "<!DOCTYPE html><meta charset=utf-8><title>libraries</title>"
                + "<script src=docs.js></script><script src=lunr.min.js></script><script src=fuse.min.js></script>");
        browser.get(Browser.url(page.resolve("index.html")));

        @SuppressWarnings("unchecked")
        Map<String, Object> lunr = (Map<String, Object>) browser.executeScript(TIME_CALLS + LUNR, QUERIES);
        print("Lunr " + version("lunr") + ", " + QUESTIONS + " questions: index built in the browser in "
                + Math.round(((Number) lunr.get("build")).doubleValue()) + " ms; serialised index "
                + kb(((Number) lunr.get("serialised")).longValue()) + " of JSON, which takes "
                + Math.round(((Number) lunr.get("load")).doubleValue()) + " ms to JSON.parse and lunr.Index.load");
        print("  search call only, per keystroke: " + callStats(lunr));

        @SuppressWarnings("unchecked")
        Map<String, Object> fuse = (Map<String, Object>) browser.executeScript(TIME_CALLS + FUSE, QUERIES.subList(0, 2));
        print("Fuse.js " + version("fuse.js") + ", " + QUESTIONS + " questions: index built in "
                + Math.round(((Number) fuse.get("build")).doubleValue()) + " ms");
        print("  search call only, per keystroke (first two queries): " + callStats(fuse));
    }

    /** Defines time(search): runs every prefix of every query (arguments[0]) and returns the times. */
    private static final String TIME_CALLS = """
            var result = {};
            function time(search) {
              var times = [];
              arguments_queries.forEach(function (query) {
                for (var i = 1; i <= query.length; i++) {
                  var start = performance.now();
                  search(query.slice(0, i));
                  times.push(performance.now() - start);
                }
              });
              result.times = times;
              return result;
            }
            var arguments_queries = arguments[0];
            """;

    /** Lunr with the same rules as ours: every word (AND), each as itself, a prefix, or one typo away. */
    private static final String LUNR = """
            var separator = /[^\\p{L}\\p{N}]+/u;
            lunr.tokenizer.separator = separator;
            var start = performance.now();
            var idx = lunr(function () {
              this.ref('id');
              this.field('q', {boost: 10}); this.field('t', {boost: 6}); this.field('k', {boost: 4});
              this.field('a'); this.field('x');
              this.pipeline.remove(lunr.stemmer); this.searchPipeline.remove(lunr.stemmer);
              var builder = this;
              DOCS.forEach(function (d) { builder.add(d); });
            });
            result.build = performance.now() - start;
            var json = JSON.stringify(idx);
            result.serialised = json.length;
            start = performance.now();
            lunr.Index.load(JSON.parse(json));
            result.load = performance.now() - start;
            return time(function (text) {
              var words = text.toLowerCase().split(separator).filter(function (w) { return w && lunr.stopWordFilter(w); });
              var found = null;
              words.forEach(function (w) {
                var hits = idx.query(function (q) {
                  q.term(w, {usePipeline: false, boost: 10});
                  q.term(w, {usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING});
                  if (w.length >= 4) { q.term(w, {usePipeline: false, editDistance: 1, boost: 0.5}); }
                });
                var scores = new Map(hits.map(function (h) { return [h.ref, h.score]; }));
                if (found === null) { found = scores; return; }
                var both = new Map();
                found.forEach(function (s, ref) { if (scores.has(ref)) { both.set(ref, s + scores.get(ref)); } });
                found = both;
              });
              return found === null ? 0 : found.size;
            });
            """;

    /** Fuse.js in extended mode: space-separated words must all match, each fuzzily. */
    private static final String FUSE = """
            var start = performance.now();
            var fuse = new Fuse(DOCS, {keys: [{name: 'q', weight: 10}, {name: 't', weight: 6}, {name: 'k', weight: 4}, 'a', 'x'],
              ignoreLocation: true, threshold: 0.3, useExtendedSearch: true, minMatchCharLength: 2});
            result.build = performance.now() - start;
            return time(function (text) { return fuse.search(text).length; });
            """;

    /** Every question's searchable text, as the libraries get it: the same fields our index covers. */
    private static List<Map<String, String>> documents() {
        Problems problems = new Problems();
        Guide g = new GuideLoader(problems).load(guide);
        MarkdownRenderer markdown = new MarkdownRenderer(new DiagramRenderer(problems), problems);
        List<Map<String, String>> docs = new ArrayList<>();
        for (Question q : g.questions().toList()) {
            Map<String, String> d = new LinkedHashMap<>();
            d.put("id", q.id());
            d.put("q", q.question());
            d.put("t", String.join(" ", q.tags()));
            d.put("k", String.join("\n", q.keyPoints()));
            d.put("a", q.answer() == null ? "" : markdown.plainText(q.answer()));
            d.put("x", String.join("\n", q.snippets().stream().map(s -> s.code()).toList()));
            docs.add(d);
        }
        return docs;
    }

    /** The first of some times (after a page load) into one list, the rest into another. */
    private static void split(Object times, List<Double> first, List<Double> rest) {
        @SuppressWarnings("unchecked")
        List<Number> list = (List<Number>) times;
        first.add(list.get(0).doubleValue());
        list.subList(1, list.size()).forEach(n -> rest.add(n.doubleValue()));
    }

    private static String callStats(Map<String, Object> result) {
        @SuppressWarnings("unchecked")
        List<Number> times = (List<Number>) result.get("times");
        return stats(times.stream().map(Number::doubleValue).toList());
    }

    /** Median, 95th percentile and maximum of some milliseconds. */
    private static String stats(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        double median = sorted.get(sorted.size() / 2);
        double p95 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
        return String.format("median %.1f ms, 95th percentile %.1f ms, max %.1f ms (n=%d)", median, p95,
                sorted.get(sorted.size() - 1), sorted.size());
    }

    private static byte[] webJar(String name, String file) throws IOException {
        String path = "META-INF/resources/webjars/" + name + "/" + version(name) + "/" + file;
        try (InputStream in = SearchBenchmark.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("not on the test class path: " + path);
            }
            return in.readAllBytes();
        }
    }

    private static String version(String name) throws IOException {
        try (InputStream in = SearchBenchmark.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/" + name + "/pom.properties")) {
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return p.getProperty("version");
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static String kb(long bytes) {
        return String.format("%.1f KB", bytes / 1024.0);
    }
}
