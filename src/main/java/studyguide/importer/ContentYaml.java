package studyguide.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The YAML files of the content format, written with Jackson: Markdown of several lines as literal block
 * scalars ({@code |}), so an imported guide reads like a hand-written one and diffs line by line.
 */
final class ContentYaml {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR));

    /** A question as written: its id and the source's question; the answer goes to its own file. */
    record Question(String id, Bank.Question source) {
    }

    /** What site.yaml says. */
    record Site(String title, String description, String lang, String license, String sourceTitle, String sourceUrl,
            List<String> categories) {
    }

    private ContentYaml() {
    }

    static byte[] category(String header, String title, List<Question> questions) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("title", title);
        file.put("questions", questions.stream().map(ContentYaml::question).toList());
        return text(header, file);
    }

    private static Map<String, Object> question(Question q) {
        Bank.Question s = q.source();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", q.id());
        out.put("question", s.title());
        if (s.prompt() != null) {
            out.put("prompt", tidy(s.prompt()));
        }
        if (!s.choices().isEmpty()) {
            out.put("choices", s.choices().stream().map(c -> {
                Map<String, Object> choice = new LinkedHashMap<>();
                choice.put("text", tidy(c.text()));
                if (c.correct()) {
                    choice.put("correct", true);
                }
                return choice;
            }).toList());
        }
        if (!s.references().isEmpty()) {
            out.put("references", s.references().stream().map(r -> {
                Map<String, Object> reference = new LinkedHashMap<>();
                reference.put("title", r.title());
                reference.put("url", r.url());
                return reference;
            }).toList());
        }
        return out;
    }

    static byte[] site(String header, Site site) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("title", site.title());
        file.put("description", site.description());
        if (site.lang() != null) {
            file.put("lang", site.lang());
        }
        if (site.license() != null) {
            file.put("license", site.license());
        }
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("title", site.sourceTitle());
        if (site.sourceUrl() != null) {
            source.put("url", site.sourceUrl());
        }
        file.put("source", source);
        file.put("categories", site.categories());
        return text(header, file);
    }

    private static byte[] text(String header, Object value) {
        try {
            return (header + YAML.writeValueAsString(value)).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings always serialise", e);
        }
    }

    /**
     * Markdown without spaces at the ends of lines: a YAML block scalar cannot hold them (the writer would
     * fall back to one long quoted line), and outside code they mean at most a line break.
     */
    private static String tidy(String markdown) {
        return markdown.replaceAll("[ \\t]+(?=\\n|$)", "");
    }
}
