package studyguide.load;

import java.util.List;
import studyguide.problem.Position;

/** A YAML value with the place it was written, so that later checks can name the line and column. */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

    Position position();

    /** How the value reads in an error message: "text", "a list", "a mapping". */
    String describe();

    /** A single value; {@code text} is null for an empty value ({@code key:} with nothing after it). */
    record Scalar(Position position, String text, Kind kind) implements YamlNode {
        /**
         * What YAML made of the scalar; REFUSED is a value the reader could not accept and has already
         * reported (an alias, a control character), which readers of the tree pass over in silence.
         */
        enum Kind { TEXT, NUMBER, BOOLEAN, NULL, BINARY, REFUSED }

        /** A value the reader has reported as unusable. */
        static Scalar refused(Position at) {
            return new Scalar(at, null, Kind.REFUSED);
        }

        /** Whether {@code node} is a value already reported as unusable. */
        static boolean isRefused(YamlNode node) {
            return node instanceof Scalar s && s.kind == Kind.REFUSED;
        }

        @Override
        public String describe() {
            return switch (kind) {
                case TEXT -> "text";
                case NUMBER -> "a number";
                case BOOLEAN -> "true/false";
                case NULL -> "an empty value";
                case BINARY -> "binary data";
                case REFUSED -> "a value that cannot be used";
            };
        }
    }

    /** A YAML list. */
    record Sequence(Position position, List<YamlNode> items) implements YamlNode {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A YAML mapping, keys in the order written. */
    record Mapping(Position position, List<Entry> entries) implements YamlNode {
        @Override
        public String describe() {
            return "a mapping";
        }

        /** The value of a key, or null. */
        YamlNode get(String key) {
            for (Entry e : entries) {
                if (e.key().equals(key)) {
                    return e.value();
                }
            }
            return null;
        }
    }

    /** One key of a mapping, with the key's own position. */
    record Entry(String key, Position keyPosition, YamlNode value) {
    }
}
