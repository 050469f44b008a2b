package studyguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A guide whose images weigh more than the single file's budget (10 MB): the file shows them from the
 * site's {@code media/} and says so, so that no image is stored twice in the site. The images of a guide
 * within the budget are written into the file ({@code FiguresTest}).
 */
class SingleFileImagesTest {

    /** Twelve images of noise of about 1 MB: over the budget together. */
    private static final int IMAGES = 12;

    @TempDir
    static Path temp;

    static Path site;
    static Document single;

    @BeforeAll
    static void build() throws IOException {
        Path content = temp.resolve("content");
        Files.createDirectories(content.resolve("questions"));
        Path images = Files.createDirectories(content.resolve("images"));
        Files.writeString(content.resolve("site.yaml"), "title: Heavy figures\ndescription: Large images.\n");
        Random random = new Random(7);
        StringBuilder yaml = new StringBuilder("title: Figures\nquestions:\n");
        for (int i = 0; i < IMAGES; i++) {
            BufferedImage image = new BufferedImage(580, 580, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 580; y++) {
                for (int x = 0; x < 580; x++) {
                    image.setRGB(x, y, random.nextInt(0x1000000));
                }
            }
            ImageIO.write(image, "png", images.resolve("figure-" + i + ".png").toFile());
            yaml.append("  - id: q").append(i).append("\n    question: Which figure is this?\n    prompt: |\n")
                    .append("      ![Figure ").append(i).append("](../images/figure-").append(i).append(".png)\n")
                    .append("    choices:\n      - text: This one\n        correct: true\n      - text: Another\n");
        }
        Files.writeString(content.resolve("questions/figures.yaml"), yaml.toString());
        site = temp.resolve("site");
        Cli.Run run = Cli.build(content, site);
        assertEquals(0, run.exitCode(), run::toString);
        single = Jsoup.parse(site.resolve("export/guide.html").toFile(), "UTF-8");
    }

    @Test
    void theSingleFileShowsTheImagesFromTheSitesMediaFolder() throws IOException {
        List<String> sources = single.select("main img").eachAttr("src");
        assertEquals(IMAGES, sources.size(), sources::toString);
        for (String src : sources) {
            assertTrue(src.matches("\\.\\./media/figure-[0-9]+-[0-9a-f]{12}\\.png"), src);
            assertTrue(Files.isRegularFile(site.resolve("export").resolve(src).normalize()), src);
        }
        assertTrue(single.select("svg.media-definitions").isEmpty());
    }

    @Test
    void noImageIsStoredTwice() throws IOException {
        String html = Files.readString(site.resolve("export/guide.html"));
        try (var media = Files.list(site.resolve("media"))) {
            for (Path image : media.toList()) {
                String base64 = Base64.getEncoder().encodeToString(Files.readAllBytes(image));
                assertFalse(html.contains(base64.substring(0, 200)), image.toString());
            }
        }
        assertTrue(Files.size(site.resolve("export/guide.html")) < 1_000_000, "the file is the text");
    }

    @Test
    void theSingleFileSaysWhereItsImagesAre() {
        assertEquals("The guide's images (12 MB) are too large for this file: it shows them from the site's media "
                + "folder, so open it where it is, inside the site.", single.selectFirst(".single-file-note").text());
    }
}
