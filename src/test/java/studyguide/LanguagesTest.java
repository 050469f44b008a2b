package studyguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A guide in Japanese (the japanese fixture: lang ja, a licence, sources, one label of its own): its
 * language on every page, the theme's words in it, whom to credit on the pages, the sheets and in the exports.
 */
class LanguagesTest {

    static final Path GUIDE = Path.of("src/test/resources/guides/japanese");


    @TempDir
    static Path temp;

    static Path site;
    static Cli.Run run;

    @BeforeAll
    static void build() {
        BuiltSites.Site built = BuiltSites.of(GUIDE);
        site = built.root();
        run = built.run();
    }

    @Test
    void everyPageIsInTheGuidesLanguage() throws IOException {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.contains(site.resolve("print/quiz-storage.html")) && pages.contains(site.resolve("export/guide.html")));
        for (Path page : pages) {
            Element html = Jsoup.parse(page.toFile(), "UTF-8").selectFirst("html");
            assertEquals("ja", html.attr("lang"), page.toString());
            assertFalse(html.hasAttr("dir"), "a language written left to right needs no dir: " + page);
        }
        try (PDDocument pdf = Loader.loadPDF(site.resolve("print/cheatsheet-a4.pdf").toFile())) {
            assertEquals("ja", pdf.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void theThemesWordsAreJapaneseWithTheGuidesOwnWordOverThem() throws IOException {
        Document storage = page("storage.html");
        assertEquals("答えを表示", storage.selectFirst("#partition-key .show-answer").text());
        assertEquals("完璧に覚えた", storage.selectFirst("#partition-key .mark-known").text(), "site.yaml's own word");
        assertEquals("後で復習", storage.selectFirst("#partition-key .mark-review").text());
        assertEquals("模範解答", storage.selectFirst("#partition-key .answer h4").text());
        assertEquals("2 問", storage.selectFirst(".toc-title").text());
        assertEquals("初級", storage.selectFirst("#partition-key .level").text());
        assertEquals("問題を検索（/ キー）", storage.selectFirst("#search-input").attr("placeholder"));
        JsonNode words = scriptWords("storage/partition-key.html");
        assertEquals("答えを隠す", words.get("hide_answer").asText());
        assertEquals("完璧に覚えた", words.get("mark_known").asText(), "site.yaml's own word, in the words script");
        assertEquals("ストレージ — チートシート", page("print/cheatsheet-storage.html").title());
        assertEquals("ストレージ — チートシート", page("print/cheatsheet-storage.html").selectFirst("h1").text());
        assertEquals("ページが見つかりません — 分散データベース面接ガイド", page("404.html").title());
    }

    /**
     * The words for the scripts are one file of the site, which every page loads before labels.js (it sets
     * the global labels.js reads), rather than a block in each page.
     */
    @Test
    void everyPageLoadsTheOneWordsScriptInsteadOfCarryingTheWords() throws IOException {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html") && !p.startsWith(site.resolve("print"))
                    && !p.startsWith(site.resolve("export"))).sorted().toList();
        }
        assertTrue(pages.size() > 10, pages.toString());
        Set<Path> files = new TreeSet<>();
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            assertEquals(null, doc.selectFirst("script#studyguide-labels"), page.toString());
            assertFalse(doc.html().contains("mark_known"), page + " carries the words");
            List<Path> scripts = doc.select("script[src]").eachAttr("src").stream()
                    .map(src -> page.resolveSibling(src).normalize()).toList();
            Path words = wordsScript(page);
            assertEquals(scripts.indexOf(words) + 1, scripts.indexOf(site.resolve("assets/labels.js")), page + ": " + scripts);
            files.add(words);
        }
        try (Stream<Path> assets = Files.list(site.resolve("assets"))) {
            assertEquals(List.copyOf(files), assets.filter(p -> p.getFileName().toString().startsWith("words-")).toList(),
                    "one words script, which every page loads");
        }
    }

    /** The site's words script that {@code page} loads. */
    private static Path wordsScript(Path page) throws IOException {
        String src = Jsoup.parse(page.toFile(), "UTF-8").selectFirst("script[src*=words-]").attr("src");
        assertTrue(src.matches("(\\.\\./)*assets/words-[0-9a-f]{12}\\.js"), src);
        return page.resolveSibling(src).normalize();
    }

    /** The words that the site's words script, as {@code page} names it, gives labels.js. */
    private static JsonNode scriptWords(String page) throws IOException {
        String text = Files.readString(wordsScript(site.resolve(page)));
        String start = "window.studyguideWords = ";
        int at = text.indexOf(start);
        assertTrue(at >= 0 && text.endsWith(";\n"), text);
        return new ObjectMapper().readTree(text.substring(at + start.length(), text.length() - 2));
    }

    @Test
    void theFooterOfEveryPageAndSheetCreditsTheSourceAndLicence() throws IOException {
        String credit = "出典：分散システム問題集（山田 太郎、佐藤 花子） · CC BY 4.0";
        for (String path : List.of("index.html", "storage.html", "flashcards.html", "export/guide.html")) {
            Document doc = page(path);
            assertEquals(credit, doc.selectFirst("footer .credit").text(), path);
            assertEquals("http://example.org/ja/question-bank", doc.selectFirst("footer .credit a").attr("href"), path);
        }
        for (String path : List.of("print/cheatsheet.html", "print/quiz-consistency.html")) {
            assertEquals(credit, page(path).selectFirst(".sheet-credit").text(), path);
        }
        assertEquals("分散データベース面接ガイド · 6 問 · studyguide で作成", page("index.html").selectFirst("footer p").text());
    }

    @Test
    void aQuestionWithItsOwnSourceShowsItAfterItsReferences() throws IOException {
        Document storage = page("storage.html");
        assertEquals("出典：第 3 章 演習問題 2（鈴木 一郎）", storage.selectFirst("#partition-key .question-source").text());
        assertEquals("references", storage.selectFirst("#partition-key .question-source").previousElementSibling().className());
        assertEquals(null, storage.selectFirst("#hot-partition .question-source"));
        assertEquals("出典：整合性モデル入門", page("consistency.html").selectFirst("#eventual-consistency .question-source").text());
    }

    @Test
    void theExportsCarryTheLanguageLicenceAndSources() throws IOException {
        JsonNode json = new ObjectMapper().readTree(site.resolve("export/guide.json").toFile());
        assertEquals("ja", json.get("lang").asText());
        assertEquals("CC BY 4.0", json.get("license").asText());
        assertEquals("分散システム問題集", json.at("/source/title").asText());
        assertEquals("[\"山田 太郎\",\"佐藤 花子\"]", json.at("/source/authors").toString());
        assertEquals("https://example.org/ja/chapter-3", json.at("/categories/0/questions/0/source/url").asText());
        assertTrue(json.at("/categories/0/questions/1/source").isNull());
        String anki = Files.readString(site.resolve("export/anki.csv"));
        assertTrue(anki.contains("<p class=\"\"source\"\"><small>出典：<a href=\"\"https://example.org/ja/chapter-3\"\">"
                + "第 3 章 演習問題 2</a>（鈴木 一郎）</small></p><p class=\"\"credit\"\"><small>出典：<a href=\"\"http://example.org"
                + "/ja/question-bank\"\">分散システム問題集</a>（山田 太郎、佐藤 花子） · CC BY 4.0</small></p>"), anki);
    }

    @Test
    void thePdfsWarnThatTheirFontsCannotShowJapanese() {
        assertTrue(run.err().contains("warning: print/: the PDFs cannot show "), run.err());
        assertTrue(run.err().contains(" different characters of the sheets, such as '、' (U+3001): their fonts (DejaVu) "
                + "have no glyph for them, nor any Chinese, Japanese or Korean, so each prints as '#'; the sheets' pages print "
                + "them in the browser with the reader's fonts (docs/languages.md)\n"), run.err());
    }

    /**
     * A guide in Hebrew (the hebrew fixture, lang he): its pages and sheets are laid out right to left, and the
     * build says the PDFs cannot print its text in order, where they printed it reversed with no warning.
     */
    @Test
    void aGuideInARightToLeftLanguageHasRightToLeftPagesAndAWarningForItsPdfs() throws IOException {
        BuiltSites.Site hebrew = BuiltSites.of(Path.of("src/test/resources/guides/hebrew"));
        for (String path : List.of("index.html", "storage.html", "storage/partition-key.html", "flashcards.html",
                "export/guide.html", "print/cheatsheet.html", "print/quiz-consistency.html", "print/interviewer-storage.html")) {
            Element html = Jsoup.parse(hebrew.root().resolve(path).toFile(), "UTF-8").selectFirst("html");
            assertEquals("he", html.attr("lang"), path);
            assertEquals("rtl", html.attr("dir"), path);
        }
        List<String> warnings = hebrew.run().err().lines().filter(l -> l.startsWith("warning: ")).toList();
        assertEquals(List.of("warning: print/: the PDFs cannot print right-to-left text in order, such as 'א' (U+05D0): "
                + "its letters print from left to right, reversed, and Arabic letters unjoined; the sheets' pages print "
                + "it correctly from the browser (docs/languages.md)"), warnings, hebrew.run().err());
    }

    @Test
    void theSheetsMultipleChoiceWordsAreJapanese() throws IOException {
        Document quiz = page("print/quiz-consistency.html");
        assertEquals(List.of("当てはまるものをすべて選んでください。"), quiz.select(".quiz-hint").eachText());
        assertEquals("解答", quiz.selectFirst(".quiz-key-title").text());
        assertEquals(List.of("B", "A、C"), quiz.select(".quiz-key-letters").eachText(), "letters apart as Japanese writes them");
        String number = quiz.selectFirst("#read-after-write .quiz-number").text().replace(".", "");
        assertEquals("→ 全文は問題用紙の第 " + number + " 問に掲載",
                page("print/cheatsheet-consistency.html").selectFirst("#read-after-write .sheet-figure-ref").text(),
                "a prompt too long for a column");
    }

    /**
     * Every word a page shows comes from the bundle: no page of the Japanese guide (its text, also in the
     * templates that flashcards and the interview copy from, and the words of its attributes) has an English
     * word of the theme ({@link ThemeWords}). The guide's own code is left out: it may say anything.
     */
    @Test
    void noPageShowsAnEnglishWordOfTheTheme() throws IOException {
        assertTrue(ThemeWords.englishOnly("ja").containsAll(List.of("check", "right", "choose", "answer", "key", "level", "printed")),
                ThemeWords.englishOnly("ja").toString());
        assertEquals(2, page("consistency.html").select(".mc").size(), "the guide has multiple-choice questions");
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        Map<String, Set<String>> shownOn = new TreeMap<>();
        for (Path path : pages) {
            Document doc = Jsoup.parse(path.toFile(), "UTF-8");
            doc.select("pre, code").remove();
            StringBuilder shown = new StringBuilder(doc.text());
            for (Element e : doc.select("[aria-label], [placeholder], [title], [alt], meta[content]")) {
                for (String attribute : List.of("aria-label", "placeholder", "title", "alt", "content")) {
                    shown.append(' ').append(e.attr(attribute));
                }
            }
            Set<String> found = ThemeWords.shownIn(shown.toString(), "ja");
            if (!found.isEmpty()) {
                shownOn.put(site.relativize(path).toString(), found);
            }
        }
        assertEquals(Map.of(), shownOn, "pages that show English words of the theme");
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }
}
