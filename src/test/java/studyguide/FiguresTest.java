package studyguide;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures guide: images in answer files, a page and YAML Markdown, one image shown from five places,
 * one in a subfolder, and a linked PDF. Each file is stored once in site/media/, sized, and reachable from
 * every page that shows it, the sheets in print/ and the exports.
 */
class FiguresTest {

    static final Path GUIDE = Path.of("src/test/resources/guides/figures");

    @TempDir
    static Path temp;

    static Path site;

    @BeforeAll
    static void build() {
        site = temp.resolve("site");
        Cli.Run run = Cli.build(GUIDE, site);
        assertEquals(0, run.exitCode(), run::toString);
    }

    /** The site's media files by the name of the guide's file they copy. */
    private static Map<String, Path> media() throws IOException {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(site.resolve("media"))) {
            for (Path p : list.toList()) {
                String name = p.getFileName().toString();
                assertTrue(name.matches("[a-z]+-[0-9a-f]{12}\\.[a-z]+"), name);
                files.put(name.replaceFirst("-[0-9a-f]{12}", ""), p);
            }
        }
        return files;
    }

    @Test
    void everyFileIsStoredOnceWithTheGuidesBytes() throws IOException {
        Map<String, Path> media = media();
        assertEquals(Set.of("cache.webp", "hit.png", "notes.pdf", "photo.jpg", "queue.png", "spinner.gif", "topology.svg"),
                media.keySet());
        for (Map.Entry<String, Path> e : media.entrySet()) {
            String source = e.getKey().equals("topology.svg") ? "figures/net/topology.svg" : "figures/" + e.getKey();
            assertArrayEquals(Files.readAllBytes(GUIDE.resolve(source)), Files.readAllBytes(e.getValue()), e.getKey());
        }
        Set<String> queue = new HashSet<>();
        for (String page : List.of("systems.html", "reading.html")) {
            Jsoup.parse(site.resolve(page).toFile()).select("img[alt~=(?i)queue]").forEach(i -> queue.add(i.attr("src")));
        }
        assertEquals(Set.of("media/" + media.get("queue.png").getFileName()), queue,
                "summary, key point, two answers and the page show one copy");
    }

    @Test
    void imagesHaveTheirSizeAndLoadLazily() throws IOException {
        Document page = Jsoup.parse(site.resolve("systems.html").toFile());
        List<Element> images = page.select("main img");
        assertTrue(images.size() >= 7, page::toString);
        for (Element img : images) {
            Path file = site.resolve(img.attr("src"));
            assertTrue(Files.isRegularFile(file), img.toString());
            String size = img.attr("width") + "x" + img.attr("height");
            if (file.toString().endsWith(".svg")) {
                assertEquals("300x150", size, "from the viewBox");
            } else {
                BufferedImage decoded = ImageIO.read(file.toFile());
                assertEquals(decoded.getWidth() + "x" + decoded.getHeight(), size, img.toString());
            }
            assertEquals("lazy", img.attr("loading"));
            assertEquals("async", img.attr("decoding"));
        }
        assertEquals("64x48", page.selectFirst("img[alt=Cache hit and miss]").attr("width") + "x"
                + page.selectFirst("img[alt=Cache hit and miss]").attr("height"), "WebP");
        assertEquals("Cache-aside", page.selectFirst("img[alt=Cache hit and miss]").attr("title"));
    }

    @Test
    void linksToFilesResolveFromTheRootAndFromPrint() throws IOException {
        Document root = Jsoup.parse(site.resolve("systems.html").toFile());
        List<String> pdf = root.select("a[href*=notes]").eachAttr("href");
        assertEquals(2, pdf.size(), "the key point's and the answer's");
        pdf.forEach(href -> {
            assertTrue(href.matches("media/notes-[0-9a-f]{12}\\.pdf#page=1"), href + ": query dropped, fragment kept");
            assertTrue(Files.isRegularFile(resolve(site, "systems.html", href)), href);
        });
        assertEquals(1, root.select("main a[href=systems.html#cache-aside]").size(), "links to pages are left alone");
        for (String sheet : List.of("print/cheatsheet.html", "print/cheatsheet-systems.html")) {
            Document page = Jsoup.parse(site.resolve(sheet).toFile());
            String href = page.selectFirst("a[href*=notes]").attr("href");
            assertTrue(Files.isRegularFile(resolve(site, sheet, href)), sheet + ": " + href);
            assertEquals(List.of(), page.select("img").eachAttr("src"), "sheets print no images");
            assertEquals("Spreads requests over servers [queue]", page.selectFirst(".sheet-points li").text());
        }
    }

    @Test
    void theSingleFileHoldsEachImageOnce() throws IOException {
        String html = Files.readString(site.resolve("export/guide.html"));
        for (Map.Entry<String, Path> e : media().entrySet()) {
            String base64 = Base64.getEncoder().encodeToString(Files.readAllBytes(e.getValue()));
            int copies = html.split(Pattern.quote(base64), -1).length - 1;
            boolean shownOnPages = !e.getKey().equals("notes.pdf") && !e.getKey().equals("hit.png");
            // hit.png is in a choice, which the pages may or may not show; once at most either way.
            assertTrue(shownOnPages ? copies == 1 : copies <= (e.getKey().endsWith(".pdf") ? 0 : 1), e.getKey() + ": " + copies);
        }
        Document page = Jsoup.parse(html);
        int shown = 0;
        for (String name : List.of("systems.html", "reading.html")) {
            shown += Jsoup.parse(site.resolve(name).toFile()).select("main img").size();
        }
        assertEquals(shown, page.select("svg.media-image use").size(), "every place that shows an image");
        assertTrue(page.select("svg.media-definitions image").size() >= 5);
        page.select("svg.media-image use").forEach(use ->
                assertTrue(page.getElementById(use.attr("href").substring(1)) != null, use.toString()));
        assertEquals(List.of(), page.select("img[src*=media/]").eachAttr("src"));
        String pdf = page.selectFirst("a[href*=notes]").attr("href");
        assertTrue(Files.isRegularFile(resolve(site, "export/guide.html", pdf)), pdf);
    }

    @Test
    void exportsPointAtTheSitesCopies() throws IOException {
        JsonNode json = new ObjectMapper().readTree(site.resolve("export/guide.json").toFile());
        String answer = json.get("categories").get(0).get("questions").get(1).get("answer").get("html").asText();
        String webp = media().get("cache.webp").getFileName().toString();
        assertTrue(answer.contains("src=\"media/" + webp + "\""), answer);
        String anki = Files.readString(site.resolve("export/anki.csv"), StandardCharsets.UTF_8);
        assertTrue(anki.contains("src=\"\"" + webp + "\"\""), "by file name, for Anki's media folder: " + anki);

        Path hosted = temp.resolve("hosted");
        assertEquals(0, Cli.build(GUIDE, hosted, "--base-url", "https://user.github.io/repo/").exitCode());
        assertTrue(Files.readString(hosted.resolve("export/anki.csv"))
                .contains("src=\"\"https://user.github.io/repo/media/" + webp + "\"\""));
    }

    private static Path resolve(Path site, String page, String href) {
        URI uri = URI.create("https://site.invalid/" + page).resolve(href);
        return site.resolve(uri.getPath().substring(1));
    }
}
