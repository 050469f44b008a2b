package studyguide.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an image's size from its header, without decoding its pixels. PNG, JPEG and GIF are read by
 * javax.imageio; WebP by TwelveMonkeys' ImageIO plugin ({@code imageio-webp}, a maintained library found by
 * ImageIO on the class path); SVG from its root element's {@code width} and {@code height} in pixels, or
 * else its {@code viewBox}, with the JDK's StAX parser, which stops at that element.
 */
final class ImageSizes {

    private static final Pattern PIXELS = Pattern.compile("\\s*([0-9]*\\.?[0-9]+)\\s*(px)?\\s*");
    /** Larger than any screen: a size beyond it is a mistake in the file, better left out than set. */
    private static final double MAX = 100_000;
    private static final Pattern SEPARATOR = Pattern.compile("[\\s,]+");

    private ImageSizes() {
    }

    /** Whether a file with this extension is an image a browser shows in {@code <img>}. */
    static boolean isImage(String extension) {
        return switch (extension.toLowerCase(Locale.ROOT)) {
            case "png", "jpg", "jpeg", "gif", "webp", "svg", "avif", "bmp", "ico" -> true;
            default -> false;
        };
    }

    /** The size of the image in {@code bytes}, or null when it cannot be read from them. */
    static ImageSize of(byte[] bytes, String extension) {
        return "svg".equalsIgnoreCase(extension) ? svg(bytes) : raster(bytes);
    }

    private static ImageSize raster(byte[] bytes) {
        // A memory-backed stream: ImageIO's own choice for a stream may cache it in a temporary file.
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                return width > 0 && height > 0 ? new ImageSize(width, height) : null;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // A file that is not the image its name says is shown without a size; the caller warns.
            return null;
        }
    }

    private static ImageSize svg(byte[] bytes) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // An SVG file is the author's, but a DTD or entity must not make the build read other files.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                        return "svg".equals(xml.getLocalName()) ? svgSize(xml) : null;
                    }
                }
                return null;
            } finally {
                xml.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            return null;
        }
    }

    private static ImageSize svgSize(XMLStreamReader root) {
        Double width = pixels(root.getAttributeValue(null, "width"));
        Double height = pixels(root.getAttributeValue(null, "height"));
        double[] box = viewBox(root.getAttributeValue(null, "viewBox"));
        if (width == null && box != null) {
            width = height == null ? box[0] : height * box[0] / box[1];
        }
        if (height == null && box != null) {
            height = width * box[1] / box[0];
        }
        if (width == null || height == null || width < 0.5 || height < 0.5 || width > MAX || height > MAX) {
            return null;
        }
        return new ImageSize((int) Math.round(width), (int) Math.round(height));
    }

    /** A length in pixels ("120", "120px"); null for none, a percentage or another unit. */
    private static Double pixels(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = PIXELS.matcher(value);
        return m.matches() ? Double.valueOf(m.group(1)) : null;
    }

    /** The width and height of a {@code viewBox="x y width height"}, or null when it has none that are positive. */
    private static double[] viewBox(String value) {
        if (value == null) {
            return null;
        }
        String[] parts = SEPARATOR.split(value.strip());
        if (parts.length != 4) {
            return null;
        }
        try {
            double width = Double.parseDouble(parts[2]);
            double height = Double.parseDouble(parts[3]);
            return width > 0 && height > 0 && Double.isFinite(width) && Double.isFinite(height)
                    ? new double[] {width, height} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
