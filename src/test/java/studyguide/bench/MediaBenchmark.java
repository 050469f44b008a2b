package studyguide.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.Main;

/**
 * Measures what a guide's images cost its output and prints the figures; it asserts nothing about size.
 * A multiple-choice bank of 300 questions with 300 images of 20 to 300 KB, each image shown from four
 * places (two answers, a key point and a category summary): the site should hold each image once, and the
 * single file once more (base64), not once per place. Not run by {@code mvn test} (the name does not end in
 * Test); run it with {@code mvn -q test -Dtest=MediaBenchmark}.
 */
class MediaBenchmark {

    private static final int IMAGES = 300;
    private static final int CATEGORIES = 10;

    @TempDir
    Path temp;

    @Test
    void outputAgainstImageBytes() throws IOException {
        Path content = temp.resolve("content");
        long imageBytes = writeGuide(content, new Random(42));
        Path site = temp.resolve("site");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int code = Main.run(new String[] {"build", "--content", content.toString(), "--output", site.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(0, code, () -> out + "\n" + err);

        long total = size(site);
        long media = size(site.resolve("media"));
        long single = Files.size(site.resolve("export/guide.html"));
        long json = Files.size(site.resolve("export/guide.json"));
        long print = size(site.resolve("print"));
        System.out.printf(Locale.ROOT, "%d images, %.1f MB, each shown from 4 places; build %d ms%n",
                IMAGES, mb(imageBytes), millis);
        System.out.printf(Locale.ROOT, "site: %.1f MB = %.2f x the images (media/ %.1f MB, export/guide.html %.1f MB, "
                + "guide.json %.1f MB, print/ %.1f MB, the rest %.1f MB)%n", mb(total), (double) total / imageBytes,
                mb(media), mb(single), mb(json), mb(print), mb(total - media - single - json - print));
    }

    /** Writes the guide and returns the bytes of its images. */
    private static long writeGuide(Path content, Random random) throws IOException {
        Files.createDirectories(content.resolve("questions"));
        Path images = Files.createDirectories(content.resolve("images"));
        Files.writeString(content.resolve("site.yaml"), "title: Figures at scale\ndescription: Many images.\n");
        long bytes = 0;
        for (int i = 0; i < IMAGES; i++) {
            bytes += image(images.resolve("figure-" + i + ".png"), random);
        }
        int perCategory = IMAGES / CATEGORIES;
        for (int c = 0; c < CATEGORIES; c++) {
            StringBuilder yaml = new StringBuilder("title: Category " + c + "\nsummary: |\n");
            for (int k = 0; k < perCategory; k++) {
                yaml.append("  ![Figure ").append(c * perCategory + k).append("](../images/figure-")
                        .append(c * perCategory + k).append(".png)\n");
            }
            yaml.append("questions:\n");
            for (int k = 0; k < perCategory; k++) {
                int q = c * perCategory + k;
                int next = (q + 1) % IMAGES;
                yaml.append("  - id: q").append(q).append("\n    question: Which figure is number ").append(q)
                        .append("?\n    level: basic\n    key_points:\n      - \"It is this one ![figure](../images/figure-")
                        .append(q).append(".png)\"\n    prompt: |\n      Look closely: ![Figure ").append(q)
                        .append("](../images/figure-").append(q).append(".png)\n    choices:\n      - text: Number ")
                        .append(q).append("\n        correct: true\n      - text: Number ").append(next)
                        .append("\n    answer: |\n      The figure before the next one: ![Figure ").append(next)
                        .append("](../images/figure-").append(next).append(".png)\n");
            }
            Files.writeString(content.resolve("questions/category-" + c + ".yaml"), yaml.toString());
        }
        return bytes;
    }

    /** A PNG of noise (which does not compress) of 20 to 300 KB; returns its size. */
    private static long image(Path file, Random random) throws IOException {
        int target = 20_000 + random.nextInt(280_000);
        int side = (int) Math.sqrt(target / 3.0);
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ImageIO.write(image, "png", file.toFile());
        return Files.size(file);
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024);
    }
}
