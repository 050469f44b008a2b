package studyguide.importer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the last import wrote, kept in the content folder as {@value #NAME}: each file's SHA-256, so that
 * a file changed since is known to be the author's and left alone, and each question's id with what
 * identified it in the source, so that a re-import gives it the same id.
 *
 * @param files the SHA-256 of each file written, by its path in the content folder
 * @param questions every question imported, in source order
 */
record ImportRecord(Map<String, String> files, List<Entry> questions) {

    /** The record's file name; the loader skips names starting with '.'. */
    static final String NAME = ".studyguide-import.yaml";

    /**
     * One question: where it came from and the id it got.
     *
     * @param fingerprint a hash of its prompt and options, which outlives a reworded title
     */
    record Entry(String file, String title, Integer number, String fingerprint, String id) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    ImportRecord {
        files = new TreeMap<>(files);
        questions = List.copyOf(questions);
    }

    static final ImportRecord EMPTY = new ImportRecord(Map.of(), List.of());

    /** The record in {@code content}, or {@link #EMPTY} when there is none yet. */
    static ImportRecord read(Path content) throws IOException {
        Path file = content.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return EMPTY;
        }
        ImportRecord read = YAML.readValue(file.toFile(), ImportRecord.class);
        return new ImportRecord(read.files() == null ? Map.of() : read.files(),
                read.questions() == null ? List.of() : read.questions());
    }

    byte[] bytes() throws IOException {
        return ("# What 'studyguide import' last wrote: each file's SHA-256, so that the next import leaves a file\n"
                + "# edited since as it is, and the id each question got. Keep it with the content.\n"
                + YAML.writeValueAsString(this)).getBytes(StandardCharsets.UTF_8);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
