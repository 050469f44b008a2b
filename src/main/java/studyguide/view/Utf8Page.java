package studyguide.view;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import studyguide.output.Utf8Writer;

/**
 * A page rendered into UTF-8 bytes as the template writes it, which also takes text already encoded as it is:
 * a block kept from an earlier build ({@link RenderedKept}) is copied, not decoded and encoded again. At 10,000
 * questions a category page is 9.6 MB of such blocks.
 */
final class Utf8Page extends Writer {

    private final Chunks bytes;
    private final Writer text;

    Utf8Page(int size) {
        bytes = new Chunks(size);
        text = new Utf8Writer(bytes, 8 * 1024);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        text.write(chars, offset, length);
    }

    @Override
    public void write(String string, int offset, int length) throws IOException {
        text.write(string, offset, length);
    }

    @Override
    public void write(int c) throws IOException {
        text.write(c);
    }

    /** Writes text that is already UTF-8, after what was written before it. */
    void writeUtf8(byte[] utf8) throws IOException {
        text.flush();
        bytes.write(utf8, 0, utf8.length);
    }

    @Override
    public void flush() throws IOException {
        text.flush();
    }

    @Override
    public void close() throws IOException {
        text.close();
    }

    /** The page so far. */
    byte[] toByteArray() throws IOException {
        text.flush();
        return bytes.toByteArray();
    }

    /**
     * Bytes kept in pieces, copied once, into the page's array at the end. One array grown by doubling, as
     * {@code ByteArrayOutputStream} grows, copied 16 MB on the way to a 9.6 MB category page and left 32 MB of
     * garbage, half the young generation, in each rebuild of {@code serve} at 10,000 questions.
     */
    private static final class Chunks extends OutputStream {
        private static final int PIECE = 256 * 1024;

        private final List<byte[]> full = new ArrayList<>();
        private byte[] current;
        private int used;
        private int size;

        Chunks(int first) {
            current = new byte[Math.max(first, 16)];
        }

        @Override
        public void write(int b) {
            if (used == current.length) {
                next();
            }
            current[used++] = (byte) b;
            size++;
        }

        @Override
        public void write(byte[] b, int offset, int length) {
            while (length > 0) {
                if (used == current.length) {
                    next();
                }
                int n = Math.min(length, current.length - used);
                System.arraycopy(b, offset, current, used, n);
                used += n;
                offset += n;
                length -= n;
                size = Math.addExact(size, n);
            }
        }

        private void next() {
            full.add(current);
            current = new byte[PIECE];
            used = 0;
        }

        byte[] toByteArray() {
            byte[] all = new byte[size];
            int at = 0;
            for (byte[] piece : full) {
                System.arraycopy(piece, 0, all, at, piece.length);
                at += piece.length;
            }
            System.arraycopy(current, 0, all, at, used);
            return all;
        }
    }
}
