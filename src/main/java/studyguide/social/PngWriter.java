package studyguide.social;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes an 8-bit palette image as PNG: the signature, {@code IHDR}, {@code PLTE}, one {@code IDAT} and
 * {@code IEND}, each row unfiltered (what the PNG specification advises for palette images).
 *
 * <p>Written here because ImageIO's PNG writer took 9.5 ms a card of which deflating the pixels is 2.8 ms
 * (the rest is its per-row and per-sample plumbing): with one card a page, that was most of a build's extra
 * time. {@code CardPainterTest} reads every card back with ImageIO.
 */
final class PngWriter {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    // zlib's default level: level 9 took ten times as long for 9 % fewer bytes, level 1 made 35 % more.
    private static final int LEVEL = 6;

    private PngWriter() {
    }

    /** The image (of {@link BufferedImage#TYPE_BYTE_INDEXED}, 8 bits a pixel) as PNG bytes. */
    static byte[] write(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        IndexColorModel colours = (IndexColorModel) image.getColorModel();
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();

        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        out.writeBytes(SIGNATURE);
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8) // bits a pixel
                .put((byte) 3) // colour type: palette
                .put((byte) 0).put((byte) 0).put((byte) 0) // deflate, no filter method but the standard, not interlaced
                .array());
        int size = colours.getMapSize();
        byte[] palette = new byte[size * 3];
        for (int i = 0; i < size; i++) {
            palette[3 * i] = (byte) colours.getRed(i);
            palette[3 * i + 1] = (byte) colours.getGreen(i);
            palette[3 * i + 2] = (byte) colours.getBlue(i);
        }
        chunk(out, "PLTE", palette);

        byte[] rows = new byte[height * (width + 1)];
        for (int y = 0; y < height; y++) {
            // rows[y * (width + 1)] stays 0: filter type None
            System.arraycopy(pixels, y * width, rows, y * (width + 1) + 1, width);
        }
        Deflater deflater = new Deflater(LEVEL);
        try {
            deflater.setInput(rows);
            deflater.finish();
            ByteArrayOutputStream compressed = new ByteArrayOutputStream(32 * 1024);
            byte[] buffer = new byte[16 * 1024];
            while (!deflater.finished()) {
                compressed.write(buffer, 0, deflater.deflate(buffer));
            }
            chunk(out, "IDAT", compressed.toByteArray());
        } finally {
            deflater.end();
        }
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
