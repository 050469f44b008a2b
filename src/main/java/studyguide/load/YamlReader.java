package studyguide.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import studyguide.problem.Position;
import studyguide.problem.Problems;

/**
 * Parses YAML text into a {@link YamlNode} tree that keeps every value's line and column.
 *
 * <p>Jackson's streaming parser is used instead of its tree model because the tree model drops
 * positions, and every content error must name its line.
 */
final class YamlReader {

    private static final int MAX_DEPTH = 40;

    private final YAMLFactory factory;

    YamlReader() {
        LoaderOptions loader = new LoaderOptions();
        loader.setNestingDepthLimit(MAX_DEPTH);
        loader.setMaxAliasesForCollections(20);
        loader.setAllowDuplicateKeys(true); // we report duplicates ourselves, with both places
        loader.setCodePointLimit(8 * 1024 * 1024);
        factory = YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
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
            YamlNode root = readValue(parser, file, problems);
            if (parser.nextToken() != null) {
                problems.add(position(parser.currentTokenLocation(), file),
                        "only one YAML document is allowed in a file (remove the second '---')");
            }
            return root;
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

    private YamlNode readValue(JsonParser parser, Path file, Problems problems) throws IOException {
        Position at = position(parser.currentTokenLocation(), file);
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                List<YamlNode.Entry> entries = new ArrayList<>();
                Map<String, Position> seen = new HashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    Position keyAt = position(parser.currentTokenLocation(), file);
                    parser.nextToken();
                    YamlNode value = readValue(parser, file, problems);
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
                    items.add(readValue(parser, file, problems));
                }
                return new YamlNode.Sequence(at, List.copyOf(items));
            }
            case VALUE_STRING -> {
                return new YamlNode.Scalar(at, parser.getText(), YamlNode.Scalar.Kind.TEXT);
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
        return firstLine.isEmpty() ? message.strip() : firstLine;
    }
}
