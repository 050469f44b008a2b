package studyguide.view;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A page rendered into UTF-8 bytes as the template writes it, which also takes text already encoded as it is:
 * a block kept from an earlier build ({@link RenderedKept}) is copied, not decoded and encoded again. At 10,000
 * questions a category page is 9.6 MB of such blocks.
 */
final class Utf8Page extends Writer {

    private final ByteArrayOutputStream bytes;
    private final Writer text;

    Utf8Page(int size) {
        bytes = new ByteArrayOutputStream(size);
        text = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 64 * 1024);
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
}
