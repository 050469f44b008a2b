package studyguide.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import studyguide.problem.Position;
import studyguide.problem.Problems;
import studyguide.problem.Suggestions;

/**
 * Typed access to the keys of one YAML mapping, recording a problem for each unknown key, missing
 * required key or value of the wrong type, and carrying on so that one run reports everything.
 */
final class Fields {

    private final YamlNode.Mapping map;
    private final String what;
    private final Problems problems;

    private Fields(YamlNode.Mapping map, String what, Problems problems) {
        this.map = map;
        this.what = what;
        this.problems = problems;
    }

    /**
     * Reads {@code node} as a mapping with the given keys; returns null (after recording a problem) when
     * it is not a mapping at all.
     *
     * @param what how the mapping is named in messages, e.g. "a question"
     */
    static Fields of(YamlNode node, String what, Set<String> known, Problems problems) {
        if (YamlNode.Scalar.isRefused(node)) {
            return null;
        }
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problems.add(node.position(), what + " must be a mapping of keys to values, not " + node.describe());
            return null;
        }
        for (YamlNode.Entry entry : mapping.entries()) {
            if (!known.contains(entry.key())) {
                String hint = Suggestions.nearest(entry.key(), known)
                        .map(s -> " — did you mean '" + s + "'?")
                        .orElse(" (known keys: " + String.join(", ", new TreeSet<>(known)) + ")");
                problems.add(entry.keyPosition(), "unknown key '" + entry.key() + "' in " + what + hint);
            }
        }
        return new Fields(mapping, what, problems);
    }

    /** Where the mapping starts. */
    Position position() {
        return map.position();
    }

    /** Where a key's value is written, or the mapping's own position when the key is absent. */
    Position at(String key) {
        YamlNode value = map.get(key);
        return value == null ? map.position() : value.position();
    }

    /** The value written for {@code key}, or null when absent. */
    YamlNode node(String key) {
        return map.get(key);
    }

    boolean has(String key) {
        return map.get(key) != null;
    }

    /** A required single line or block of text; null (with a problem) when missing, empty or not text. */
    String requiredText(String key) {
        YamlNode value = map.get(key);
        if (value == null) {
            problems.add(map.position(), what + " needs '" + key + "'");
            return null;
        }
        return text(key, value);
    }

    /** An optional text value; null when absent. */
    String optionalText(String key) {
        YamlNode value = map.get(key);
        return value == null ? null : text(key, value);
    }

    private String text(String key, YamlNode value) {
        if (YamlNode.Scalar.isRefused(value)) {
            return null;
        }
        if (value instanceof YamlNode.Scalar scalar && scalar.kind() != YamlNode.Scalar.Kind.BINARY) {
            if (scalar.text() == null || scalar.text().isBlank()) {
                problems.add(value.position(), "'" + key + "' is empty");
                return null;
            }
            return scalar.text();
        }
        problems.add(value.position(), "'" + key + "' must be text, not " + value.describe() + quoteHint(value));
        return null;
    }

    /** An optional true/false value; false when absent. */
    boolean flag(String key) {
        YamlNode value = map.get(key);
        if (value == null || YamlNode.Scalar.isRefused(value)) {
            return false;
        }
        if (value instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.Scalar.Kind.BOOLEAN) {
            return Boolean.parseBoolean(scalar.text());
        }
        problems.add(value.position(), "'" + key + "' must be true or false, not " + value.describe());
        return false;
    }

    /**
     * The optional mapping under {@code key}, checked against {@code known}; null when absent or not a
     * mapping (with a problem).
     */
    Fields mapping(String key, String whatInside, Set<String> known) {
        YamlNode value = map.get(key);
        if (value == null || value instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL) {
            return null;
        }
        if (value instanceof YamlNode.Mapping) {
            return of(value, whatInside, known, problems);
        }
        if (!YamlNode.Scalar.isRefused(value)) {
            problems.add(value.position(), "'" + key + "' must be a mapping of " + String.join(", ", new TreeSet<>(known))
                    + ", not " + value.describe());
        }
        return null;
    }

    /** The items of an optional list; empty when absent, or when not a list (with a problem). */
    List<YamlNode> list(String key) {
        YamlNode value = map.get(key);
        if (value == null || value instanceof YamlNode.Scalar s
                && (s.kind() == YamlNode.Scalar.Kind.NULL || s.kind() == YamlNode.Scalar.Kind.REFUSED)) {
            return List.of();
        }
        if (value instanceof YamlNode.Sequence sequence) {
            return sequence.items();
        }
        problems.add(value.position(), "'" + key + "' must be a list, not " + value.describe()
                + " (write each item on its own line starting with '- ', or use [a, b])");
        return List.of();
    }

    /** An optional list of text items, each checked; items that are not text are left out with a problem. */
    List<String> textList(String key) {
        List<String> result = new ArrayList<>();
        for (YamlNode item : list(key)) {
            if (YamlNode.Scalar.isRefused(item)) {
                continue;
            }
            if (item instanceof YamlNode.Scalar scalar && scalar.kind() != YamlNode.Scalar.Kind.BINARY
                    && scalar.text() != null && !scalar.text().isBlank()) {
                result.add(scalar.text());
            } else if (item instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.Scalar.Kind.NULL) {
                problems.add(item.position(), "an item of '" + key + "' is empty");
            } else {
                problems.add(item.position(), "each item of '" + key + "' must be text, not " + item.describe()
                        + quoteHint(item));
            }
        }
        return result;
    }

    /** A hint for the commonest cause of a mapping where text was meant: an unquoted colon. */
    private static String quoteHint(YamlNode value) {
        return value instanceof YamlNode.Mapping ? " (text containing ': ' must be put in quotes)" : "";
    }
}
