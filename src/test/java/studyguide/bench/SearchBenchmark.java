package studyguide.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import studyguide.diagram.DiagramRenderer;
import studyguide.load.GuideLoader;
import studyguide.markdown.MarkdownRenderer;
import studyguide.model.Guide;
import studyguide.model.Question;
import studyguide.problem.Problems;

/**
 * Measures search against the figures of issue 4 and prints them; it asserts nothing about speed.
 * Not run by {@code mvn test} (the name does not end in Test); run it with
 * {@code mvn -q test -Dtest=SearchBenchmark} (set {@code STUDYGUIDE_BENCH_QUESTIONS} for another size).
 * To measure a site built elsewhere (bench/benchmark.py's wide shape), set {@code STUDYGUIDE_BENCH_SITE} to its
 * folder and {@code STUDYGUIDE_BENCH_PAGE} to the page to search from, and run
 * {@code -Dtest='SearchBenchmark#ourSearchInTheBrowser'}: the Lunr and Fuse.js comparison needs the generated guide.
 *
 * <ul>
 *   <li>the size of the DynamoDB guide's index (figure: at most 100 KB gzipped);</li>
 *   <li>on a generated guide of 2,000 questions, in headless Chromium: the first keystroke's time to results
 *       on screen after a page load, index files loaded on demand included (figure: 300 ms), and each further
 *       keystroke's (figure: 30 ms), typed with real key events;</li>
 *   <li>what the index costs a page that does not search: paint, DOMContentLoaded, load and blocking time
 *       of the home page and a category page, against the same pages with empty index files;</li>
 *   <li>Lunr and Fuse.js (from their WebJars) on the same questions, with the same rules (every word,
 *       prefixes, one typo): index build time and time per keystroke, search call only.</li>
 * </ul>
 */
class SearchBenchmark {

    private static final int QUESTIONS = Integer.parseInt(System.getenv().getOrDefault("STUDYGUIDE_BENCH_QUESTIONS", "2000"));
    private static final List<String> QUERIES = List.of("throttling", "partition key", "partiton", "gsi backfill",
            "exponential backoff retry", "capacity units");
    private static final int PAGE_LOADS = 6;
    /** A site built beforehand, to measure instead of the generated guide; null for the generated one. */
    private static final String BUILT_SITE = System.getenv("STUDYGUIDE_BENCH_SITE");
    /** The page the queries are typed on and whose load is measured. */
    private static final String PAGE = System.getenv().getOrDefault("STUDYGUIDE_BENCH_PAGE", "category-1.html");

    @TempDir
    static Path temp;

    static Path guide;
    static Path site;
    static ChromeDriver browser;

    @BeforeAll
    static void generateAndBuild() throws IOException {
        print("machine: " + Runtime.getRuntime().availableProcessors() + " cores, load average "
                + String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        if (BUILT_SITE != null) {
            site = Path.of(BUILT_SITE);
            print("site built beforehand: " + site + ", queries typed on " + PAGE);
        } else {
            guide = temp.resolve("guide");
            SearchGuide.write(guide, QUESTIONS, 42);
            site = temp.resolve("site");
            StringWriter out = new StringWriter();
            int code = Main.run(new String[] {"build", "--content", guide.toString(), "--output", site.toString(), "--timings"},
                    new PrintWriter(out, true), new PrintWriter(System.err, true));
            assertEquals(0, code, out::toString);
            print("generated guide: " + out.toString().strip().replace("\n", "; "));
        }
        browser = Browser.start(1200, 900);
        browser.manage().timeouts().scriptTimeout(Duration.ofMinutes(10));
        browser.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(2));
        // Before any script of every page: watch long tasks, and note the index files that scripts add to
        // the page (resource timing lists no file:// loads).
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.longTasks = [];
                try {
                  new PerformanceObserver(function (list) {
                    list.getEntries().forEach(function (e) { window.longTasks.push([e.startTime, e.duration]); });
                  }).observe({type: 'longtask'});
                } catch (e) {}
                var added = [];
                var append = Node.prototype.appendChild;
                Node.prototype.appendChild = function (child) {
                  if (child && child.tagName === 'SCRIPT' && /search-index/.test(child.src)) added.push(child.src);
                  return append.call(this, child);
                };
                window.indexFiles = function () {
                  var names = Array.prototype.map.call(document.querySelectorAll('script[src*="search-index"]'),
                      function (s) { return s.src; }).concat(added);
                  return Array.from(new Set(names.map(function (src) { return src.slice(src.lastIndexOf('/') + 1); })));
                };"""));
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
            long raw = 0;
            long gzipped = 0;
            long largest = 0;
            int count = 0;
            try (var files = Files.list(s.resolve("assets"))) {
                for (Path f : files.filter(f -> f.getFileName().toString().startsWith("search-index")).toList()) {
                    byte[] index = Files.readAllBytes(f);
                    raw += index.length;
                    gzipped += gzip(index).length;
                    largest = Math.max(largest, index.length);
                    count++;
                }
            }
            print((s == dynamo ? "DynamoDB guide" : BUILT_SITE != null ? site + "" : QUESTIONS + "-question guide") + " index: " + kb(raw) + ", "
                    + kb(gzipped) + " gzipped, in " + count + " file(s), the largest " + kb(largest)
                    + (s == dynamo ? " (figure: at most 100 KB gzipped)" : ""));
        }
    }

    @Test
    void ourSearchInTheBrowser() {
        typeQueries(0);
        // A category page of a large guide keeps the main thread busy for a while after its load event
        // (highlight.js highlights its code blocks, and each task that changes the page costs a rendering
        // update of the whole page): the same queries once the page has settled.
        typeQueries(3000);

        // Every shard the queries need is loaded first, so that the calls below time the search alone.
        browser.executeAsyncScript("var done = arguments[arguments.length - 1], api = window.studyguideSearch, todo = [];"
                + "if (!api.query) { done(); return; }"
                + "arguments[0].forEach(function (q) { for (var i = 1; i <= q.length; i++) todo.push(q.slice(0, i)); });"
                + "(function next() { if (todo.length === 0) { done(); return; }"
                + "  api.query(todo.shift(), {category: '', level: '', tag: ''}, next); })();", QUERIES);
        @SuppressWarnings("unchecked")
        Map<String, Object> calls = (Map<String, Object>) browser.executeScript(TIME_CALLS
                + "return time(function (text) { return window.studyguideSearch.search(text,"
                + " {category: '', level: '', tag: ''}).results.length; });", QUERIES);
        print("  search call only (no DOM), per keystroke: " + callStats(calls));
    }

    /**
     * Loads a category page {@link #PAGE_LOADS} times, each time waits {@code settle} ms after its load
     * event, types one query key by key, and prints the times from each key to its results on screen.
     */
    private void typeQueries(long settle) {
        String page = Browser.url(site.resolve(PAGE));
        List<Double> first = new ArrayList<>();
        List<Double> further = new ArrayList<>();
        List<Double> firstChar = new ArrayList<>();
        List<Double> furtherChar = new ArrayList<>();
        List<Double> firstHandled = new ArrayList<>();
        List<Double> furtherHandled = new ArrayList<>();
        List<Double> firstLoaded = new ArrayList<>();
        Map<String, Double> slowest = new LinkedHashMap<>();
        for (int run = 0; run < PAGE_LOADS; run++) {
            browser.get(page);
            sleep(settle);
            // The results are "shown" when search.js writes the status line with them (a "Loading" line while
            // the index loads does not count): a mutation observer sees it at the end of the task that did it,
            // whether that is the key's own input event or the load of an index file. Chromedriver sends a
            // key's keydown and its character as two separate events, a round trip apart, so times are taken
            // both from the keydown and from the character (beforeinput).
            browser.executeScript("window.fromKey = []; window.fromChar = []; window.inPage = [];"
                    + "var keyAt = 0, charAt = 0, box = document.getElementById('search-input');"
                    + "box.addEventListener('keydown', function (e) { keyAt = e.timeStamp; }, true);"
                    + "box.addEventListener('beforeinput', function (e) { charAt = e.timeStamp; }, true);"
                    + "var status = document.getElementById('search-status');"
                    + "new MutationObserver(function () {"
                    + "  if (/^Loading/.test(status.textContent) || charAt === 0) return;"
                    + "  var k = keyAt, c = charAt; charAt = 0; window.inPage.push(performance.now() - c);"
                    + "  if (window.inPage.length === 1) window.firstFiles = window.indexFiles();"
                    + "  requestAnimationFrame(function () { setTimeout(function () {"
                    + "    var now = performance.now(); window.fromKey.push(now - k); window.fromChar.push(now - c);"
                    + "  }, 0); });"
                    + "}).observe(status, {childList: true, characterData: true, subtree: true});");
            WebElement input = browser.findElement(By.id("search-input"));
            String query = QUERIES.get(run % QUERIES.size());
            for (int i = 0; i < query.length(); i++) {
                input.sendKeys(String.valueOf(query.charAt(i)));
                int expected = i + 1;
                while (((Number) browser.executeScript("return window.fromKey.length")).intValue() < expected) {
                    Thread.onSpinWait();
                }
                if (i == 0) {
                    firstLoaded.add(indexKbLoaded(browser.executeScript("return window.firstFiles")));
                }
            }
            @SuppressWarnings("unchecked")
            List<Number> fromKey = (List<Number>) browser.executeScript("return window.fromKey");
            for (int i = 1; i < fromKey.size(); i++) {
                slowest.put(run + ": '" + query.substring(0, i + 1) + "'", fromKey.get(i).doubleValue());
            }
            split(fromKey, first, further);
            split(browser.executeScript("return window.fromChar"), firstChar, furtherChar);
            split(browser.executeScript("return window.inPage"), firstHandled, furtherHandled);
        }
        print("our search, " + (BUILT_SITE != null ? site.toString() : QUESTIONS + " questions") + ", " + PAGE_LOADS
                + " page loads of " + PAGE + ", real key events, "
                + (settle == 0 ? "typed as soon as the page has loaded:" : "typed " + settle + " ms after the page has loaded:"));
        print("  first keystroke after page load, keydown to results painted: " + stats(first) + " (figure: 300 ms)");
        print("  each further keystroke, keydown to results painted: " + stats(further) + " (figure: 30 ms)");
        print("  the same from the key's character (beforeinput), to results painted:");
        print("    first keystroke: " + stats(firstChar));
        print("    each further keystroke: " + stats(furtherChar));
        print("  the same from the key's character, to results in the page (before the browser's next frame):");
        print("    first keystroke: " + stats(firstHandled));
        print("    each further keystroke: " + stats(furtherHandled));
        print("  index files the page had loaded by its first results, KB (not gzipped): "
                + stats(firstLoaded).replace(" ms", ""));
        // Which keystrokes make the 95th percentile: page load, then what had been typed.
        print("  slowest further keystrokes, keydown to results painted: " + slowest.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(6)
                .map(e -> String.format("%s %.1f ms", e.getKey(), e.getValue())).toList());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The size of some index files of the site, in KB. */
    private static double indexKbLoaded(Object names) {
        @SuppressWarnings("unchecked")
        List<String> files = (List<String>) names;
        long bytes = 0;
        for (String name : files) {
            try {
                bytes += Files.size(site.resolve("assets").resolve(name));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return bytes / 1024.0;
    }

    /**
     * What the index costs a page that never searches: the home page and a category page loaded
     * {@link #PAGE_LOADS} times each, with the site's index and again with an empty index file, as
     * the Performance API reports them (long tasks are watched from before the page's first script).
     */
    @Test
    void whatEveryPageLoadPays() throws IOException {
        Path empty = temp.resolve("site-without-index");
        for (String name : List.of("index.html", PAGE)) {
            Files.createDirectories(empty);
            Files.copy(site.resolve(name), empty.resolve(name));
        }
        try (var files = Files.walk(site.resolve("assets"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = empty.resolve(site.relativize(f).toString());
                Files.createDirectories(to.getParent());
                if (f.getFileName().toString().startsWith("search-index")) {
                    Files.writeString(to, "");
                } else {
                    Files.copy(f, to);
                }
            }
        }

        print("what a page load pays, " + (BUILT_SITE != null ? site.toString() : QUESTIONS + " questions") + ", median of " + PAGE_LOADS
                + " loads (ms after navigation start; TBT: long tasks' time over 50 ms before the load event):");
        for (String name : List.of("index.html", PAGE)) {
            for (Path root : List.of(site, empty)) {
                List<List<Double>> columns = new ArrayList<>();
                for (int run = 0; run < PAGE_LOADS; run++) {
                    browser.get(Browser.url(root.resolve(name)));
                    @SuppressWarnings("unchecked")
                    List<Object> row = (List<Object>) browser.executeScript(PAGE_METRICS);
                    for (int i = 0; i < row.size(); i++) {
                        if (columns.size() <= i) {
                            columns.add(new ArrayList<>());
                        }
                        Object value = row.get(i);
                        // The last column names the index files loaded (indexFiles(), set up before the page's scripts).
                        columns.get(i).add(value instanceof Number n ? n.doubleValue() : root == site ? indexKbLoaded(value) : 0);
                    }
                }
                print(String.format("  %s, %s: first contentful paint %.0f, DOMContentLoaded %.0f, load %.0f, TBT %.0f,"
                        + " index files loaded %.0f KB", name, root == site ? "with the index" : "index files empty",
                        median(columns.get(0)), median(columns.get(1)), median(columns.get(2)), median(columns.get(3)),
                        median(columns.get(4))));
            }
        }

        // Evaluating every index file, and parsing what it registers, in a page that is already loaded.
        List<String> files = new ArrayList<>();
        try (var list = Files.list(site.resolve("assets"))) {
            list.map(f -> f.getFileName().toString()).filter(f -> f.startsWith("search-index")).sorted().forEach(files::add);
        }
        List<Double> parse = new ArrayList<>();
        for (int run = 0; run < PAGE_LOADS; run++) {
            browser.get(Browser.url(site.resolve("index.html")));
            parse.add(((Number) browser.executeScript("""
                    var total = 0;
                    arguments[0].forEach(function (file) {
                      var x = new XMLHttpRequest(); x.open('GET', 'assets/' + file, false); x.send();
                      var start = performance.now();
                      window.studyguideIndexParts = {};
                      (0, eval)(x.responseText);
                      var parts = window.studyguideIndexParts;
                      Object.keys(parts).forEach(function (k) { if (typeof parts[k] === 'string') JSON.parse(parts[k]); });
                      total += performance.now() - start;
                    });
                    return total;""", files)).doubleValue());
        }
        print("  the whole index (" + files.size() + " files) evaluated and parsed in a loaded page: " + stats(parse));
    }

    /** First contentful paint, DOMContentLoaded, load, total blocking time before load, KB of index files loaded. */
    private static final String PAGE_METRICS = """
            var nav = performance.getEntriesByType('navigation')[0];
            var fcp = performance.getEntriesByName('first-contentful-paint')[0];
            var tbt = 0;
            (window.longTasks || []).forEach(function (t) { if (t[0] < nav.loadEventStart) tbt += Math.max(0, t[1] - 50); });
            var index = window.indexFiles();
            return [fcp ? fcp.startTime : -1, nav.domContentLoadedEventStart, nav.loadEventStart, tbt, index];""";

    private static double median(List<Double> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    @Test
    void librariesOnTheSameQuestions() throws IOException {
        assumeTrue(guide != null, "the libraries are compared on the generated guide only");
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
            d.put("a", q.answer() == null ? "" : markdown.renderWithText(q.answer(), "", 5).plainText());
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
