package studyguide.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import studyguide.problem.Position;
import studyguide.problem.Problems;

/** Reads content files as strict UTF-8, naming the line and column of the first byte that is not. */
final class TextFiles {

    private TextFiles() {
    }

    /**
     * The largest Markdown, snippet or SVG file: a book's worth of text. A larger one is a mistake, not a
     * guide, and rendering time and memory grow with it.
     */
    static final long MAX_TEXT_BYTES = 2L * 1024 * 1024;
    /** The largest YAML file: thousands of questions with their answers inline. */
    static final long MAX_YAML_BYTES = 8L * 1024 * 1024;

    /** The file's bytes, or null after recording that it could not be read or is larger than {@code maxBytes}. */
    static byte[] bytes(Path file, Path shownAs, long maxBytes, Problems problems) {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                problems.add(Position.of(shownAs), String.format(Locale.ROOT, "the file is %.1f MB; a file of this kind "
                        + "may be at most %d MB (split it)", size / (1024.0 * 1024), maxBytes / (1024 * 1024)));
                return null;
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(Position.of(shownAs), "could not read the file: " + e.getMessage());
            return null;
        }
    }

    /**
     * Whether the file has exactly these bytes; false when it cannot be read. Read into {@code scratch} when it
     * is large enough, the caller's buffer, which it gives again for the next file.
     */
    static boolean hasBytes(Path file, byte[] expected, ByteBuffer scratch) {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            if (channel.size() != expected.length) {
                return false;
            }
            ByteBuffer buffer = scratch.capacity() > expected.length ? scratch.clear() : ByteBuffer.allocate(expected.length + 1);
            while (channel.read(buffer) > 0) {
                if (buffer.position() > expected.length) {
                    return false; // it grew while read
                }
            }
            return buffer.position() == expected.length
                    && Arrays.equals(buffer.array(), 0, expected.length, expected, 0, expected.length);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The text of a file's bytes, with a leading byte-order mark removed and line ends made {@code \n}, or
     * null after recording a problem.
     */
    static String decode(byte[] bytes, Path shownAs, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            // The String constructor's fast path replaces bad bytes with U+FFFD; text without U+FFFD had none.
            String quick = new String(bytes, StandardCharsets.UTF_8);
            String text = quick.indexOf('\uFFFD') < 0 ? quick : decoder.decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.indexOf('\0') >= 0) {
                problems.add(at(shownAs, text, text.indexOf('\0')), "the file contains a NUL character; is it a binary file?");
                return null;
            }
            return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes);
            String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
            problems.add(at(shownAs, before, before.length()),
                    String.format("the file is not UTF-8 (byte 0x%02X); save it as UTF-8", bytes[bad] & 0xff));
            return null;
        }
    }

    private static Position at(Path file, String text, int index) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Position(file, line, column);
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }
}
