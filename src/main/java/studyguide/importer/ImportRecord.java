package studyguide.importer;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import studyguide.problem.ContentException;
import studyguide.problem.Position;
import studyguide.problem.Problem;
import studyguide.problem.Problems;

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

    /**
     * The record in the content folder, or {@link #EMPTY} when there is none yet.
     *
     * @throws ContentException when it cannot be read, or names a file the import may not write or remove
     *     ({@link ContentPaths}): the record may come with someone else's guide, so then nothing is imported
     */
    static ImportRecord read(ContentPaths paths) throws IOException {
        Path file = paths.content().resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return EMPTY;
        }
        ImportRecord read;
        try {
            read = YAML.readValue(file.toFile(), ImportRecord.class);
        } catch (JsonProcessingException e) {
            throw unreadable(file, e);
        }
        if (read == null) {
            return EMPTY;
        }
        Map<String, String> files = read.files() == null ? Map.of() : read.files();
        Problems problems = new Problems();
        Map<String, Integer> lines = null;
        for (String name : files.keySet()) {
            String refusal = paths.refusal(name);
            if (refusal != null) {
                lines = lines == null ? fileLines(file) : lines;
                problems.add(new Position(file, lines.getOrDefault(name, 0), 0), refusal + "; an import writes and "
                        + "removes only files inside the content folder, so it imported nothing: remove the line (or the "
                        + "record, if it came with someone else's guide) and import again");
            }
        }
        problems.throwIfAny();
        return new ImportRecord(files, read.questions() == null ? List.of() : read.questions());
    }

    /** A record Jackson cannot read, as a problem at its line: never the parser's own message with its types. */
    private static ContentException unreadable(Path file, JsonProcessingException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
        Throwable syntax = e;
        while (syntax != null && !(syntax instanceof JsonParseException)) {
            syntax = syntax.getCause();
        }
        String what = syntax instanceof JsonParseException p
                ? "it is not YAML (" + p.getOriginalMessage().lines().findFirst().orElse("").strip() + ")"
                : e instanceof JsonMappingException m && !m.getPath().isEmpty()
                ? "its '" + m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining(".")) + "' is not what an import writes"
                : "it is not what an import writes";
        return new ContentException(List.of(new Problem(new Position(file, Math.max(line, 0), Math.max(column, 0)), "the import record cannot be read: " + what
                + "; nothing was imported. Delete the record to import afresh: files already there are then kept as "
                + "yours (--force overwrites them)")));
    }

    /** The line of each entry under {@code files:}, for messages; the record is known to be readable. */
    private static Map<String, Integer> fileLines(Path file) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = YAML.getFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return lines;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                if (p.nextToken() == JsonToken.START_OBJECT && key.equals("files")) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        lines.put(p.currentName(), p.currentTokenLocation().getLineNr());
                        p.nextToken();
                        p.skipChildren();
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        return lines;
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
