package studyguide.social;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.build.Build;
import studyguide.cache.UserCache;

/** Each page's social card in a built site: its tags, its file, the cache, and none without a base address. */
class SocialCardsTest {

    private static final Path SMALL = Path.of("src/test/resources/guides/small");
    private static final String BASE = "https://user.github.io/repo/";

    @TempDir
    static Path temp;

    static Path hosted;
    static Path cache;

    @BeforeAll
    static void build() throws Exception {
        cache = temp.resolve("cache");
        hosted = build(SMALL, "hosted", BASE).output();
    }

    private record Built(Path output, List<String> warnings) {
    }

    private static Built build(Path content, String name, String baseUrl) throws Exception {
        Path output = temp.resolve(name);
        Build.Result result = new Build(new Build.Options(content, Path.of("templates"), output, baseUrl,
                Map.of(UserCache.FOLDER_VARIABLE, cache.toString()))).run(true);
        return new Built(output, result.warnings());
    }

    @Test
    void theHomeCategoryQuestionAndFreePagesEachHaveALargeCard() throws IOException {
        for (String page : List.of("index.html", "storage.html", "storage/what-is-a-partition.html", "how-to-prepare.html")) {
            Document doc = parse(hosted.resolve(page));
            assertEquals(BASE + "assets/social/" + page.replace(".html", ".png"), meta(doc, "og:image"), page);
            assertEquals("1200", meta(doc, "og:image:width"), page);
            assertEquals("630", meta(doc, "og:image:height"), page);
            assertEquals("summary_large_image", meta(doc, "twitter:card"), page);
        }
        assertEquals("What is a partition? — Storage <basics> — Small Test Guide",
                meta(parse(hosted.resolve("storage/what-is-a-partition.html")), "og:image:alt"));
        assertEquals("Small Test Guide — 4 questions", meta(parse(hosted.resolve("index.html")), "og:image:alt"));
    }

    @Test
    void theToolsPagesKeepTheSmallCard() throws IOException {
        for (String page : List.of("flashcards.html", "interview.html", "my-answers.html", "404.html")) {
            Document doc = parse(hosted.resolve(page));
            assertNull(meta(doc, "og:image"), page);
            assertEquals("summary", meta(doc, "twitter:card"), page);
        }
    }

    @Test
    void everyCardAPageNamesIsAWrittenPngOfTheSizeItStates() throws IOException {
        List<String> named = new ArrayList<>();
        try (Stream<Path> files = Files.walk(hosted)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String url = meta(parse(page), "og:image");
                if (url != null) {
                    assertTrue(url.startsWith(BASE), url);
                    Path png = hosted.resolve(url.substring(BASE.length()));
                    BufferedImage image = ImageIO.read(png.toFile());
                    assertEquals(1200, image.getWidth(), url);
                    assertEquals(630, image.getHeight(), url);
                    named.add(url.substring(BASE.length()));
                }
            }
        }
        List<String> written;
        try (Stream<Path> files = Files.walk(hosted.resolve("assets/social"))) {
            written = files.filter(Files::isRegularFile).map(p -> hosted.relativize(p).toString().replace('\\', '/')).toList();
        }
        assertEquals(written.stream().sorted().toList(), named.stream().sorted().toList(),
                "every card written is named by one page");
        assertEquals(8, named.size(), "home, 2 categories, 4 questions, 1 free-form page");
    }

    @Test
    void withoutABaseAddressNoCardIsWrittenOrNamed() throws Exception {
        Path plain = build(SMALL, "plain", null).output();
        assertFalse(Files.exists(plain.resolve("assets/social")));
        try (Stream<Path> files = Files.walk(plain)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(page);
                assertFalse(html.contains("og:image"), page.toString());
                assertFalse(html.contains("summary_large_image"), page.toString());
            }
        }
    }

    @Test
    void aSecondBuildTakesTheCardsFromTheCacheWithTheSameBytes() throws Exception {
        Path card = hosted.resolve("assets/social/storage.png");
        List<Path> entries;
        try (Stream<Path> files = Files.walk(cache.resolve("social"))) {
            entries = files.filter(p -> p.toString().endsWith(".png")).toList();
        }
        assertEquals(8, entries.size(), "one entry per card drawn");
        Path entry = entries.stream().filter(p -> sameBytes(p, card)).findFirst().orElseThrow();

        byte[] drawn = Files.readAllBytes(card);
        Path again = build(SMALL, "again", BASE).output();
        assertArrayEquals(drawn, Files.readAllBytes(again.resolve("assets/social/storage.png")),
                "a card from the cache is the card drawn");

        // The proof that the second build read the cache: what the cache holds is what it writes.
        byte[] other = Files.readAllBytes(hosted.resolve("assets/social/index.png"));
        Files.write(entry, other);
        Path tampered = build(SMALL, "tampered", BASE).output();
        assertArrayEquals(other, Files.readAllBytes(tampered.resolve("assets/social/storage.png")));
        Files.write(entry, drawn);
    }

    @Test
    void titlesTheFontCannotDrawGetNoCardAndOneWarning() throws Exception {
        Built cjk = build(Path.of("src/test/resources/guides/cjk"), "cjk", BASE);
        assertTrue(cjk.warnings().contains("src/test/resources/guides/cjk/site.yaml: title: the social cards' font, "
                + "DejaVu Sans, has no '面' (U+9762): 18 pages get no og:image"), cjk.warnings().toString());
        assertFalse(Files.exists(cjk.output().resolve("assets/social")));
        assertNull(meta(parse(cjk.output().resolve("index.html")), "og:image"));
    }

    private static boolean sameBytes(Path a, Path b) {
        try {
            return Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
        } catch (IOException e) {
            return false;
        }
    }

    private static Document parse(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), "UTF-8");
    }

    private static String meta(Document doc, String key) {
        Element e = doc.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
        return e == null ? null : e.attr("content");
    }
}
