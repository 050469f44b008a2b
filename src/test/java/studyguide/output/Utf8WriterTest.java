package studyguide.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Pages, the single file and the Anki export are written through {@link Utf8Writer}: whatever the text and
 * however it is cut into writes, its bytes are those the JDK's UTF-8 writer makes of it.
 */
class Utf8WriterTest {

    /** ASCII, Latin-1, other BMP characters, a character outside it (a surrogate pair), and lone surrogates. */
    private static final String[] PIECES = {"a", "<p>", " ", "é", "—", "中", "😀", "\uD83D", "\uDE00", "\n", "x".repeat(40)};

    @Test
    void anyTextCutAnyWayIsWrittenAsTheJdkWritesIt() throws IOException {
        Random random = new Random(20261207);
        for (int run = 0; run < 2_000; run++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(60); n > 0; n--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            long seed = random.nextLong();
            int size = 16 + random.nextInt(64); // small buffers, so that writes also pass it and fill it
            byte[] ours = written(bytes -> new Utf8Writer(bytes, size), text.toString(), seed);
            byte[] jdk = written(bytes -> new OutputStreamWriter(bytes, StandardCharsets.UTF_8), text.toString(), seed);
            assertArrayEquals(jdk, ours, () -> "for " + escaped(text.toString()));
        }
    }

    @Test
    void aLongTextIsWrittenWholeWhereverItsPairsFall() throws IOException {
        // Long texts are encoded a few thousand characters at a time: a pair is never cut between two of them.
        for (int before = 8_180; before < 8_200; before++) {
            String text = "a".repeat(before) + "😀" + "é".repeat(9_000) + "😀" + "b".repeat(before) + "中😀";
            byte[] expected = text.getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream asString = new ByteArrayOutputStream();
            try (Writer out = new Utf8Writer(asString, 1_024)) {
                out.write(text);
            }
            assertArrayEquals(expected, asString.toByteArray(), "as a string, " + before + " characters before the pair");
            ByteArrayOutputStream asChars = new ByteArrayOutputStream();
            try (Writer out = new Utf8Writer(asChars, 1_024)) {
                out.write(text.toCharArray());
            }
            assertArrayEquals(expected, asChars.toByteArray(), "as chars, " + before + " characters before the pair");
        }
    }

    @Test
    void aPairSplitBetweenWritesIsJoinedAndALoneHalfIsAQuestionMark() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new Utf8Writer(bytes, 16)) {
            out.write("smile \uD83D");
            out.write(new char[] {'\uDE00', ' '});
            out.write('\uD83D');
            out.write("!");
            out.write('\uDE00');
            out.write("end \uD83D");
        }
        assertEquals("smile 😀 ?!?end ?", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aClosedWriterRefusesText() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer out = new Utf8Writer(bytes, 16);
        out.write("done");
        out.close();
        out.close();
        assertThrows(IOException.class, () -> out.write("more"));
        assertThrows(IOException.class, () -> out.write('m'));
        assertEquals("done", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aWriteOutsideItsTextFails() {
        Writer out = new Utf8Writer(new ByteArrayOutputStream(), 16);
        assertThrows(IndexOutOfBoundsException.class, () -> out.write("abc", 2, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> out.write(new char[3], -1, 1));
    }

    /**
     * {@code text} written through the writer {@code make} makes, in pieces cut at random by {@code seed}, each
     * piece as a string, part of a string, an array of chars or a single char, flushed now and then.
     */
    private static byte[] written(Function<OutputStream, Writer> make, String text, long seed) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer out = make.apply(bytes);
        Random random = new Random(seed);
        int at = 0;
        while (at < text.length()) {
            int length = Math.min(text.length() - at, 1 + random.nextInt(12));
            switch (random.nextInt(5)) {
                case 0 -> out.write(text.substring(at, at + length));
                case 1 -> out.write("##" + text + "##", 2 + at, length);
                case 2 -> out.write(text.substring(at, at + length).toCharArray());
                case 3 -> out.write(("#" + text).toCharArray(), 1 + at, length);
                default -> {
                    length = 1;
                    out.write(text.charAt(at));
                }
            }
            if (random.nextInt(8) == 0) {
                out.flush();
            }
            at += length;
        }
        out.close();
        return bytes.toByteArray();
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x80 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return out.toString();
    }
}
