package studyguide.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Image sizes from the files' headers, as the pages' width and height attributes. */
class ImageSizesTest {

    private static final Path FIGURES = Path.of("src/test/resources/guides/figures/figures");

    private static ImageSize file(String name) throws IOException {
        return ImageSizes.of(Files.readAllBytes(FIGURES.resolve(name)), name.substring(name.lastIndexOf('.') + 1));
    }

    private static ImageSize svg(String text) {
        return ImageSizes.of(text.getBytes(StandardCharsets.UTF_8), "svg");
    }

    @Test
    void rasterImagesOfEveryKindABrowserShows() throws IOException {
        assertEquals(new ImageSize(120, 80), file("queue.png"));
        assertEquals(new ImageSize(200, 100), file("photo.jpg"));
        assertEquals(new ImageSize(32, 32), file("spinner.gif"));
        assertEquals(new ImageSize(64, 48), file("cache.webp"));
    }

    @Test
    void svgSizesInPixelsOrFromTheViewBox() {
        assertEquals(new ImageSize(300, 150), svg("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 150\"/>"));
        assertEquals(new ImageSize(120, 40), svg("<?xml version=\"1.0\"?>\n<!-- a comment -->\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120px\" height=\"40\" viewBox=\"0,0,30,10\"/>"));
        assertEquals(new ImageSize(60, 20), svg("<svg width=\"60\" viewBox=\"0 0 30 10\"/>"), "height from the ratio");
        assertEquals(new ImageSize(30, 10), svg("<svg width=\"100%\" viewBox=\"0 0 30 10\"/>"), "a percentage is no size");
        assertNull(svg("<svg width=\"10em\" height=\"2em\"/>"));
        assertNull(svg("<svg viewBox=\"0 0 Infinity 10\"/>"));
        assertNull(svg("<html/>"));
    }

    @Test
    void aFileThatIsNotAnImageHasNoSize() {
        assertNull(ImageSizes.of("not a PNG".getBytes(StandardCharsets.UTF_8), "png"));
        assertNull(svg("<svg"));
    }

    @Test
    void anSvgCannotMakeTheBuildReadAnotherFile(@TempDir Path temp) throws IOException {
        Path dtd = Files.writeString(temp.resolve("sizes.dtd"), "<!ENTITY w \"42\">");
        // Were the DTD read, the width would be 42; the parser reads no DTD, and so no file or address.
        assertNull(svg("<?xml version=\"1.0\"?><!DOCTYPE svg SYSTEM \"" + dtd.toUri() + "\">"
                + "<svg width=\"&w;\" height=\"10\"/>"));
    }
}
