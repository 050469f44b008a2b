package studyguide.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import studyguide.model.ControlCharacters;
import studyguide.problem.Position;
import studyguide.problem.Problems;

/**
 * Parses YAML text into a {@link YamlNode} tree that keeps every value's line and column.
 *
 * <p>Jackson's streaming parser is used instead of its tree model because the tree model drops
 * positions, and every content error must name its line.
 */
final class YamlReader {

    /** Deeper than any content file needs; reported with its place by {@link #readValue}. */
    private static final int MAX_DEPTH = 40;
    /** The parsers' own limits, beyond ours, so that our check (which names the line) is the one that speaks. */
    private static final int PARSER_MAX_DEPTH = 1_000;
    /**
     * The longest value: far beyond any answer (a long one is 20,000 characters), and small enough that the
     * Markdown and search index built from it stay quick.
     */
    static final int MAX_VALUE_CHARS = 1_000_000;

    private final YAMLFactory factory;

    YamlReader() {
        LoaderOptions loader = new LoaderOptions();
        loader.setNestingDepthLimit(PARSER_MAX_DEPTH);
        loader.setMaxAliasesForCollections(20);
        loader.setAllowDuplicateKeys(true); // we report duplicates ourselves, with both places
        loader.setCodePointLimit(8 * 1024 * 1024);
        factory = YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(PARSER_MAX_DEPTH).build())
                .build();
    }

    /** Parses one YAML document; returns null (and records a problem) when the text is not valid YAML. */
    YamlNode read(String text, Path file, Problems problems) {
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(Position.of(file), "the file is empty");
                return null;
            }
            YamlNode root = readValue(parser, file, problems, 1);
            if (parser.nextToken() != null) {
                problems.add(position(parser.currentTokenLocation(), file),
                        "only one YAML document is allowed in a file (remove the second '---')");
            }
            return root;
        } catch (TooDeep e) {
            return null;
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
                problems.add(position(yaml.getProblemMark(), file), "invalid YAML: " + describe(yaml));
            } else {
                problems.add(position(e.getLocation(), file), "invalid YAML: " + describe(e));
            }
            return null;
        } catch (IOException e) {
            problems.add(Position.of(file), "could not read: " + e.getMessage());
            return null;
        }
    }

    private YamlNode readValue(JsonParser parser, Path file, Problems problems, int depth) throws IOException {
        Position at = position(parser.currentTokenLocation(), file);
        JsonToken token = parser.currentToken();
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            // Jackson gives an alias as the text of its name: "summary: *intro" would read as "intro".
            problems.add(at, "YAML aliases (*" + parser.getText() + ") are not supported; write the value out");
            return YamlNode.Scalar.refused(at);
        }
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth > MAX_DEPTH) {
            problems.add(at, "the YAML is nested more than " + MAX_DEPTH + " levels deep here; no content file needs that");
            throw new TooDeep();
        }
        switch (token) {
            case START_OBJECT -> {
                List<YamlNode.Entry> entries = new ArrayList<>();
                Map<String, Position> seen = new HashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    Position keyAt = position(parser.currentTokenLocation(), file);
                    parser.nextToken();
                    YamlNode value = readValue(parser, file, problems, depth + 1);
                    Position first = seen.putIfAbsent(key, keyAt);
                    if (first != null) {
                        problems.add(keyAt, "duplicate key '" + key + "' (first given at line " + first.line() + ")");
                    } else {
                        entries.add(new YamlNode.Entry(key, keyAt, value));
                    }
                }
                return new YamlNode.Mapping(at, List.copyOf(entries));
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(parser, file, problems, depth + 1));
                }
                return new YamlNode.Sequence(at, List.copyOf(items));
            }
            case VALUE_STRING -> {
                return text(parser.getText(), at, problems);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new YamlNode.Scalar(at, parser.getText(), YamlNode.Scalar.Kind.NUMBER);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new YamlNode.Scalar(at, parser.getText(), YamlNode.Scalar.Kind.BOOLEAN);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar(at, null, YamlNode.Scalar.Kind.NULL);
            }
            default -> {
                return new YamlNode.Scalar(at, null, YamlNode.Scalar.Kind.BINARY);
            }
        }
    }

    /**
     * A text value, or a null one after recording why it cannot be used: too long, or holding a control
     * character (YAML's escapes such as {@code \x07} can write any), which would reach the pages as is.
     */
    private static YamlNode text(String text, Position at, Problems problems) {
        if (text.length() > MAX_VALUE_CHARS) {
            problems.add(at, String.format(Locale.ROOT, "this value is %,d characters long; a value may have at most "
                    + "%,d (put a long answer in answers/<id>.md)", text.length(), MAX_VALUE_CHARS));
            return YamlNode.Scalar.refused(at);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ControlCharacters.is(c)) {
                problems.add(at, String.format(Locale.ROOT, "this value holds the control character U+%04X, which "
                        + "no page can show; remove it", (int) c));
                return YamlNode.Scalar.refused(at);
            }
        }
        return new YamlNode.Scalar(at, text, YamlNode.Scalar.Kind.TEXT);
    }

    /** Ends the reading of a file nested too deeply (already reported): nothing in it would be usable. */
    private static final class TooDeep extends RuntimeException {
        TooDeep() {
            super(null, null, false, false);
        }
    }

    private static Position position(JsonLocation location, Path file) {
        if (location == null || location.getLineNr() <= 0) {
            return Position.of(file);
        }
        return new Position(file, location.getLineNr(), Math.max(location.getColumnNr(), 0));
    }

    private static Position position(Mark mark, Path file) {
        return new Position(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** SnakeYAML's problem first ("expected ',' or ']'"), then what it was reading and from which line. */
    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "syntax error" : e.getProblem().strip();
        if (e.getContext() == null || e.getContextMark() == null) {
            return problem;
        }
        return problem + " (" + e.getContext().strip() + " that starts at line " + (e.getContextMark().getLine() + 1) + ")";
    }

    /** The parser's own words, without the excerpt and position it appends (we print our own). */
    private static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        String firstLine = message.strip().lines().findFirst().orElse(message).strip();
        if (firstLine.startsWith("Expected a field name")) {
            // Jackson names SnakeYAML's event class here ("got this instead: <...SequenceStartEvent(...)>").
            return "a key must be plain text, not a list or a mapping (YAML's '? ' keys are not supported)";
        }
        return firstLine.isEmpty() ? message.strip() : firstLine;
    }
}
