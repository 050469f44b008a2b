package studyguide.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import studyguide.BuiltSites;
import studyguide.Cli;
import studyguide.Slow;
import studyguide.bench.SearchGuide;

/**
 * A search index split into a core, shards and question parts, on a generated guide of 300 questions built
 * twice: with the index in one file, and split into shards of 8 KB and question parts of 1 KB (a guide this
 * size gets a few of 128 KB and 16 KB). Searching the split index, on the site and in its single-file
 * export, gives exactly the results of the one file, and a page loads no part of it until someone searches.
 */
@Slow.Browser
class SplitSearchInBrowserTest {

    private static final int SHARD_SIZE = 8 * 1024;

    @RegisterExtension
    static final BrowserSite browser = BrowserSite.withoutSite().window(1200, 900);

    @TempDir
    static Path temp;

    static Path oneFile;
    static Path split;
    /** Split, but with every question in the core, as a guide of up to 4 MiB of questions has them. */
    static Path questionsInCore;

    @BeforeAll
    static void buildTwice() throws IOException {
        Path guide = temp.resolve("guide");
        SearchGuide.write(guide, 300, 5);
        oneFile = BuiltSites.of(guide, "--search-index-split", Integer.MAX_VALUE + "," + SHARD_SIZE).root();
        split = BuiltSites.of(guide, "--search-index-split", "0," + SHARD_SIZE).root();
        questionsInCore = BuiltSites.of(guide, "--search-index-split", "0," + SHARD_SIZE + "," + Integer.MAX_VALUE).root();
        assertTrue(indexFiles(questionsInCore).stream().noneMatch(f -> f.startsWith("search-index-q")), "no question parts");
        assertEquals(List.of("search-index.js"), indexFiles(oneFile), "the one-file build has the index in one file");
        assertTrue(indexFiles(split).size() > 30, "the split build has many parts: " + indexFiles(split));
    }

    private static List<String> indexFiles(Path site) throws IOException {
        try (Stream<Path> files = Files.list(site.resolve("assets"))) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.startsWith("search-index")).sorted().toList();
        }
    }

    /** The parts of the index this page has loaded so far: script elements added by search.js. */
    @SuppressWarnings("unchecked")
    private List<String> partsLoaded() {
        return (List<String>) browser.js("return Array.prototype.map.call(document.querySelectorAll('script[src*=\"search-index-\"]'),"
                + " function (s) { return s.src.slice(s.src.lastIndexOf('/') + 1); }).sort()");
    }

    /**
     * Runs queries through studyguideSearch.query one after the other, each with and without filters, and
     * returns each answer as text: the question numbers in order and the matched terms (for highlighting).
     */
    @SuppressWarnings("unchecked")
    private List<String> answers(List<String> queries) {
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofMinutes(2));
        return (List<String>) browser.driver().executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var api = window.studyguideSearch, queries = arguments[0], out = [];
                var filters = [{category: '', level: '', tag: ''}, {category: 'category-2', level: '', tag: ''},
                    {category: '', level: 'advanced', tag: 'tag7'}];
                var todo = [];
                queries.forEach(function (q) { filters.forEach(function (f) { todo.push([q, f]); }); });
                // A loop, not a chain of callbacks: most answers come at once, and a chain would overflow the stack.
                (function run() {
                  while (todo.length > 0) {
                    var item = todo.shift(), waiting = true, answered = false;
                    api.query(item[0], item[1], function (r) {
                      out.push(JSON.stringify(item) + ' -> ' + (r === null ? 'unavailable'
                          : JSON.stringify(r.results) + ' ' + JSON.stringify(Array.from(r.matched).sort())));
                      answered = true;
                      if (!waiting) run();
                    });
                    waiting = false;
                    if (!answered) return;
                  }
                  done(out);
                })();""", queries);
    }

    /**
     * Queries made from the guide's own terms (from the one-file index): every 40th term whole, its first
     * one, two and three letters, three kinds of typo (one of them in the first letter, so the term is in
     * another shard than the word), and with the beginning of another term as a second word; and some
     * that match nothing or are only stop words.
     */
    @SuppressWarnings("unchecked")
    private List<String> queries() {
        browser.open(oneFile.resolve("index.html"));
        List<String> terms = (List<String>) browser.js("return window.studyguideSearch.loaded().terms");
        List<String> queries = new ArrayList<>(List.of("", "the", "zzzz", "qqqqq zzzz", "partition", "partiton",
                "oartition", "throttling backoff", "BatchWriteItem", "capacity units"));
        for (int i = 0; i < terms.size(); i += 40) {
            String t = terms.get(i);
            queries.addAll(List.of(t, t.substring(0, 1), t.substring(0, Math.min(2, t.length())),
                    t.substring(0, Math.min(3, t.length())), t + " " + terms.get((i * 7 + 3) % terms.size()).substring(0, 2)));
            if (t.length() >= 5) {
                queries.add(t.substring(0, 2) + t.charAt(3) + t.charAt(2) + t.substring(4));
                queries.add(t.charAt(0) + t.substring(2));
                queries.add((t.charAt(0) == 'x' ? 'y' : 'x') + t.substring(1));
            }
        }
        return queries;
    }

    @Test
    void aPageLoadsNoPartUntilSomeoneSearchesThenOnlyWhatTheQueryNeeds() throws IOException {
        browser.open(split.resolve("category-1.html"));
        browser.js("localStorage.clear()"); // no notes of another test: they need every question
        browser.open(split.resolve("category-1.html"));
        assertEquals(List.of(), partsLoaded(), "a page that does not search loads nothing but search-index.js");
        assertEquals(true, browser.js("return window.studyguideSearch.loaded() === null"));

        WebElement input = browser.find("#search-input");
        input.click();
        browser.waitUntil(d -> browser.findAll("#search-category option").size() > 1);
        List<String> core = partsLoaded();
        assertEquals(1, core.size(), "focus loads the core alone: " + core);
        assertTrue(core.get(0).startsWith("search-index-core-"), core.toString());
        assertTrue(browser.findAll("#search-tag option").size() > 1, "the filters come with the core");
        assertEquals(true, browser.js("return window.studyguideSearch.loaded() === null"), "the questions are not loaded");

        // In the query's own callback, before anything loads in the background: the core and the shards of
        // one term.
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) browser.driver().executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                window.studyguideSearch.query('partition', {category: '', level: '', tag: ''}, function () {
                  done(Array.prototype.map.call(document.querySelectorAll('script[src*="search-index-"]'),
                      function (s) { return s.src.slice(s.src.lastIndexOf('/') + 1); }));
                });""");
        assertEquals(2, loaded.size(), "the core and the one shard that holds 'partition': " + loaded);

        // The results the box shows need their questions: the parts that hold the first page, not all of them.
        browser.js("""
                var status = document.getElementById('search-status');
                new MutationObserver(function () {
                  if (!window.partsAtResults && /result/.test(status.textContent)) {
                    window.partsAtResults = Array.prototype.map.call(document.querySelectorAll('script[src*="search-index-q"]'),
                        function (s) { return s.src; });
                  }
                }).observe(status, {childList: true, characterData: true, subtree: true});
                // The whole word at once (pasted): one query, no earlier letters' results on their way.
                var box = document.getElementById('search-input');
                box.value = 'partition';
                box.dispatchEvent(new Event('input'));""");
        browser.waitUntil(d -> !results().isEmpty());
        String shown = browser.find("#search-status").getText();
        assertEquals(20, browser.findAll("#search-results .search-result").size(), "a page of results");
        @SuppressWarnings("unchecked")
        List<String> questionParts = (List<String>) browser.js("return window.partsAtResults");
        assertTrue(!questionParts.isEmpty() && questionParts.size() <= 20,
                "the first results came with the question parts of their questions: " + questionParts);

        // Once someone has searched, every other part follows, so that the next word's first letter finds
        // its shards; none goes in the head, where a script makes the browser restyle the whole page.
        int parts = indexFiles(split).size() - 1; // all but search-index.js
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).withMessage(() -> partsLoaded().size() + " of " + parts
                + " parts loaded").until(d -> partsLoaded().size() == parts);
        assertEquals(0L, browser.js("return document.head.querySelectorAll('script[src*=\"search-index-\"]').length"));

        assertEquals(status(oneFile, "partition"), shown);
    }

    @Test
    void resultsAreTheSameAsWithTheIndexInOneFile() {
        List<String> queries = queries();
        assertTrue(queries.size() > 300, "queries: " + queries.size());
        List<String> expected = answers(queries);
        browser.open(split.resolve("category-3.html"));
        List<String> actual = answers(queries);
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i));
        }
        assertTrue(expected.stream().anyMatch(a -> a.endsWith("-> [] []")), "some queries match nothing");
        assertTrue(expected.stream().filter(a -> !a.contains("-> []") && !a.contains("-> null")).count() > 300,
                "most queries match something");
    }

    /**
     * The status line and the results shown (question, meta and key point) after typing a query into a
     * category page's box.
     */
    private List<String> typed(Path site, String query) {
        browser.open(site.resolve("category-2.html"));
        WebElement input = browser.find("#search-input");
        input.click();
        input.sendKeys(query);
        // The last key's query may still wait for shards while an earlier letter's answer is on show.
        browser.waitUntil(d -> {
            String status = d.findElement(By.id("search-status")).getText();
            return d.findElement(By.id("search-panel")).getAttribute("aria-busy") == null
                    && !status.isEmpty() && !status.startsWith("Loading") && !status.startsWith("Type words");
        });
        List<String> shown = new ArrayList<>();
        shown.add(browser.find("#search-status").getText());
        shown.addAll(browser.texts("#search-results .search-result"));
        return shown;
    }

    private String status(Path site, String query) {
        return typed(site, query).get(0);
    }

    private List<String> results() {
        return browser.texts("#search-results .search-result-question");
    }

    @Test
    void typingInTheBoxShowsTheSameResultsAndEnterOpensTheFirst() {
        for (String query : List.of("p", "partiton", "oartition key", "capacity u", "zzzz")) {
            assertEquals(typed(oneFile, query), typed(split, query), query);
        }
        String first = results(oneFile, "throttling retry").get(0);
        // Enter right after the last key, perhaps before the shards have come, opens the first new result.
        browser.open(split.resolve("category-2.html"));
        WebElement input = browser.find("#search-input");
        input.click();
        input.sendKeys("throttling retry" + Keys.ENTER);
        browser.waitUntil(d -> d.getCurrentUrl().contains("#"));
        String id = browser.driver().getCurrentUrl().substring(browser.driver().getCurrentUrl().indexOf('#') + 1);
        assertEquals(first, browser.driver().findElement(By.id(id + "--title")).getText(), "the first result is open");
    }

    /** The questions of the results shown after typing a query. */
    private List<String> results(Path site, String query) {
        typed(site, query);
        return results();
    }

    @Test
    void aCoreWithEveryQuestionGivesTheSameResultsAndLoadsItsShardsAfterTheFirstSearch() throws IOException {
        List<String> queries = queries().subList(0, 150);
        List<String> expected = answers(queries);
        browser.open(questionsInCore.resolve("category-3.html"));
        assertEquals(expected, answers(queries));
        for (String query : List.of("p", "oartition key", "throttling retry")) {
            assertEquals(typed(oneFile, query), typed(questionsInCore, query), query);
        }
        int parts = indexFiles(questionsInCore).size() - 1;
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).withMessage(() -> partsLoaded().size() + " of " + parts
                + " parts loaded").until(d -> partsLoaded().size() == parts);
    }

    @Test
    void showMoreAndTheArrowKeyAddTheSameResultsAsTheOneFile() {
        List<List<String>> shown = new ArrayList<>();
        for (Path site : List.of(oneFile, split)) {
            List<String> page = typed(site, "p");
            browser.find("#search-more").click();
            browser.waitUntil(d -> results().size() == 40);
            WebElement input = browser.find("#search-input");
            input.click();
            for (int i = 0; i <= 40; i++) {
                input.sendKeys(Keys.ARROW_DOWN); // onto each of the 40, then past the last
            }
            browser.waitUntil(d -> results().size() == 60);
            assertEquals("search-result-40", input.getAttribute("aria-activedescendant"), "the key moved onto the first added result");
            page.addAll(browser.texts("#search-results .search-result"));
            shown.add(page);
        }
        assertEquals(shown.get(0), shown.get(1));
    }

    @Test
    void theReadersNotesAreSearchedInASplitIndexToo() {
        List<List<String>> shown = new ArrayList<>();
        for (Path site : List.of(oneFile, split)) {
            browser.open(site.resolve("category-2.html"));
            String id = (String) browser.js("return document.querySelector('.question[id]').id");
            browser.js("window.studyguideNotes.set(arguments[0], 'my own mnemonic: zebra crossing')", id);
            shown.add(typed(site, "zebra"));
            assertTrue(shown.get(shown.size() - 1).get(1).contains("Your note: my own mnemonic: zebra crossing"), shown.toString());
            browser.js("localStorage.clear()");
        }
        assertEquals(shown.get(0), shown.get(1));
    }

    @Test
    void aSharedSearchLoadsTheIndexAndShowsItsResults() {
        List<List<String>> shown = new ArrayList<>();
        for (Path site : List.of(oneFile, split)) {
            browser.openUrl(Browser.url(site.resolve("category-4.html")) + "?q=partiton&level=advanced");
            browser.waitUntil(d -> !results().isEmpty());
            assertEquals("partiton", browser.find("#search-input").getAttribute("value"));
            assertEquals("advanced", browser.find("#search-level").getAttribute("value"),
                    "the filter's choices came with the index, and the URL's one was chosen");
            List<String> page = new ArrayList<>(List.of(browser.find("#search-status").getText()));
            page.addAll(results());
            shown.add(page);
        }
        assertEquals(shown.get(0), shown.get(1));
    }

    @Test
    void theSingleFileExportHasEveryPartAndSearchesTheSame() throws IOException {
        Path alone = browser.copyAlone(split.resolve("export/guide.html"));
        List<String> queries = queries().subList(0, 120);
        List<String> expected = answers(queries);

        browser.open(alone);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> browser.js("return document.readyState").equals("complete"));
        assertEquals(0L, browser.js("return document.querySelectorAll('script[src]').length"), "nothing is loaded from outside the file");
        assertEquals(expected, answers(queries));
        assertEquals(0L, browser.js("return document.querySelectorAll('script[src]').length"), "searching loads nothing either");

        WebElement input = browser.find("#search-input");
        input.click();
        input.sendKeys("partiton");
        assertFalse(results().isEmpty(), "every part is in the file, so the results come with the key");
        assertTrue(browser.find("#search-results [role=option]").getAttribute("data-href").startsWith("#"),
                "results lead to sections of the file");
    }

    @Test
    void aMissingPartMakesSearchSaySoAndTheRestStillWorks() throws IOException {
        Path broken = Cli.copy(split, temp.resolve("broken"));
        browser.open(broken.resolve("index.html"));
        @SuppressWarnings("unchecked")
        Map<String, Object> shard = (Map<String, Object>) browser.driver().executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                window.studyguideSearch.load(function (data) {
                  var t = data.terms.indexOf('partition'), k = data.shards.length - 1;
                  while (data.shards[k][0] > t) k--;
                  done({file: data.shards[k][1], other: data.terms[data.shards[(k + 5) % data.shards.length][0]]});
                });""");
        Files.delete(broken.resolve("assets").resolve((String) shard.get("file")));

        assertEquals("Search is unavailable: its index could not be loaded.", status(broken, "partition"));
        assertTrue(results().isEmpty());
        String other = (String) shard.get("other");
        assertEquals(status(oneFile, other), status(broken, other), "a query that needs other shards: " + other);

        Files.delete(broken.resolve("assets").resolve(indexFiles(broken).stream().filter(f -> f.startsWith("search-index-core-"))
                .findFirst().orElseThrow()));
        assertEquals("Search is unavailable: its index could not be loaded.", status(broken, "partition"), "no core");
    }

    @Test
    void studyToolsLoadTheCoreWhereTheyNeedIt() {
        browser.open(split.resolve("index.html"));
        browser.waitUntil(d -> !d.findElement(By.id("study-summary")).getText().isEmpty());
        assertTrue(browser.find("#study-summary").getText().startsWith("You know 0 of 300 questions"));
        assertTrue(partsLoaded().stream().allMatch(f -> f.startsWith("search-index-core-") || f.startsWith("search-index-q")),
                "the home page's progress needs the core and the questions, not the shards: " + partsLoaded());

        browser.open(split.resolve("interview.html"));
        browser.waitUntil(d -> !d.findElement(By.id("interview-available")).getText().isEmpty());
        assertEquals("300 questions match.", browser.find("#interview-available").getText());

        browser.openUrl(Browser.url(split.resolve("flashcards.html")) + "?category=category-1");
        browser.waitUntil(d -> !d.findElement(By.id("deck-status")).getText().isEmpty());
        assertEquals("38 cards to study: 0 due, 38 new.", browser.find("#deck-status").getText());
        assertFalse(browser.find("#card-question").getText().isEmpty());
    }
}
