package studyguide.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Text written as UTF-8 into a stream, through a byte buffer of its own; the bytes are those an {@code
 * OutputStreamWriter} for UTF-8 writes (a surrogate without its other half becomes '?', a pair split between
 * two writes is joined). For one thread at a time.
 *
 * <p>Why not {@code BufferedWriter} over {@code OutputStreamWriter}: it copies each string into a buffer of
 * chars, widening a Latin-1 string's bytes to two each, then encodes the chars back to bytes one at a time:
 * two passes that are not compiled to vector code when only C1 compiles (the build's launcher), and a lock
 * taken for each write. Here a string is encoded by {@link String#getBytes}, which copies a Latin-1 string's
 * bytes after one pass that finds them ASCII, and template text (arrays of chars) by a loop that takes ASCII
 * as it is, up to the first character that is not. Pages, the single file and the Anki export are written
 * through it (docs/performance.md: 4 % of a 10,000-question build's processor time).
 */
public final class Utf8Writer extends Writer {

    /** The most characters encoded into one array. */
    private static final int PIECE = 8 * 1024;

    private final OutputStream out;
    private byte[] buffer;
    private int used;
    /** The high surrogate that ended the last write, whose low half the next write may start with; 0 when none. */
    private char high;

    /** A writer into {@code out} with a buffer of {@code size} bytes; closing it closes {@code out}. */
    public Utf8Writer(OutputStream out, int size) {
        this.out = Objects.requireNonNull(out);
        this.buffer = new byte[Math.max(size, 16)];
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, text.length());
        open();
        int start = offset;
        int end = offset + length;
        if (start < end && high != 0) {
            start += joined(text.charAt(start));
        }
        if (start == end) {
            return;
        }
        char last = text.charAt(end - 1);
        if (Character.isHighSurrogate(last)) {
            end--;
        }
        // A piece at a time: a category page's structured data is one string of megabytes, whose bytes in one
        // array would be garbage the size of a good part of the young generation.
        for (int from = start; from < end; ) {
            int to = pieceEnd(from, end, text.charAt(Math.min(from + PIECE, end) - 1));
            put(from == 0 && to == text.length() ? text.getBytes(StandardCharsets.UTF_8)
                    : text.substring(from, to).getBytes(StandardCharsets.UTF_8));
            from = to;
        }
        if (end < offset + length) {
            high = last;
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, chars.length);
        open();
        int end = offset + length;
        for (int i = offset; i < end; ) {
            if (high == 0 && chars[i] < 0x80) {
                if (used == buffer.length) {
                    drain();
                }
                buffer[used++] = (byte) chars[i++];
            } else {
                // A character that is not ASCII, or the other half of a pair the last write began: this piece
                // goes as a string, which joins and holds back surrogates.
                int n = Math.min(end - i, PIECE);
                write(new String(chars, i, n), 0, n);
                i += n;
            }
        }
    }

    @Override
    public void write(int c) throws IOException {
        if (c < 0x80 && high == 0 && buffer != null && used < buffer.length) {
            buffer[used++] = (byte) c;
        } else {
            write(new char[] {(char) c}, 0, 1);
        }
    }

    /**
     * Where the piece of text from {@code from} ends: {@link #PIECE} characters on, or at {@code end}, one
     * character sooner when {@code last}, the piece's last, is the first half of a pair the next piece ends.
     */
    private static int pieceEnd(int from, int end, char last) {
        int to = Math.min(from + PIECE, end);
        return to < end && Character.isHighSurrogate(last) ? to - 1 : to;
    }

    /**
     * Writes the waiting high surrogate with {@code next} when it is its low half (returns 1, the char taken),
     * or alone, as '?', when not (returns 0).
     */
    private int joined(char next) throws IOException {
        char waiting = high;
        high = 0;
        if (Character.isLowSurrogate(next)) {
            put(new String(new char[] {waiting, next}).getBytes(StandardCharsets.UTF_8));
            return 1;
        }
        put(new byte[] {'?'});
        return 0;
    }

    private void put(byte[] bytes) throws IOException {
        if (bytes.length > buffer.length - used) {
            drain();
            if (bytes.length > buffer.length) {
                out.write(bytes, 0, bytes.length);
                return;
            }
        }
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
    }

    private void drain() throws IOException {
        if (used > 0) {
            out.write(buffer, 0, used);
            used = 0;
        }
    }

    private void open() throws IOException {
        if (buffer == null) {
            throw new IOException("Stream closed");
        }
    }

    /** Writes what is buffered; a high surrogate waits for its other half, as in {@code OutputStreamWriter}. */
    @Override
    public void flush() throws IOException {
        open();
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (buffer == null) {
            return;
        }
        try {
            if (high != 0) {
                high = 0;
                put(new byte[] {'?'});
            }
            drain();
        } finally {
            buffer = null;
            out.close();
        }
    }
}
