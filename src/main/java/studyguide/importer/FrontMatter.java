package studyguide.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file's YAML front matter ({@code ---} lines around {@code title: ...} at its very start): its title is
 * the file's title, and the rest is named as left out. Markdown would read it as a rule and a heading.
 *
 * @param title the front matter's {@code title}, or null
 * @param text the file's text with the front matter blanked (spaces for its characters, so every offset and
 *     line number stays as in the file)
 * @param leftOut a warning about what else it held, or null
 */
record FrontMatter(String title, String text, String leftOut) {

    private static final Pattern BLOCK = Pattern.compile("\\A---[ \\t]*\\n(.*?\\n)?(?:---|\\.\\.\\.)[ \\t]*(?:\\n|\\z)",
            Pattern.DOTALL);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static FrontMatter of(String text) {
        Matcher m = BLOCK.matcher(text);
        if (!m.find()) {
            return new FrontMatter(null, text, null);
        }
        String blanked = m.group().replaceAll("[^\\n]", " ") + text.substring(m.end());
        Object value;
        try {
            value = m.group(1) == null ? null : YAML.readValue(m.group(1), Object.class);
        } catch (JsonProcessingException e) {
            return new FrontMatter(null, blanked, "the front matter is not YAML; it is left out");
        }
        if (!(value instanceof Map<?, ?> map)) {
            return new FrontMatter(null, blanked, value == null ? null : "the front matter is not a mapping; it is left out");
        }
        String title = map.get("title") instanceof String s && !s.isBlank() ? s.strip() : null;
        List<String> rest = new ArrayList<>();
        map.keySet().stream().map(String::valueOf).filter(k -> !k.equals("title") || title == null).forEach(rest::add);
        return new FrontMatter(title, blanked, rest.isEmpty() ? null
                : "left out of the front matter: " + String.join(", ", rest)
                        + (title == null ? "" : " (its title is the file's title)"));
    }
}
