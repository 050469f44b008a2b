package studyguide.view;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The languages Prism highlights, their aliases and what each needs loaded before it, read from Prism's
 * own {@code components.json} in the prismjs WebJar, so that a new Prism brings its languages with it.
 */
public final class PrismLanguages {

    private static final String POM = "META-INF/maven/org.webjars.npm/prismjs/pom.properties";

    /**
     * Names people write for a language that Prism has under another name (T-SQL is highlighted as SQL,
     * Terraform as HCL). Prism's own aliases ({@code js}, {@code ts}, {@code sh}, {@code yml}, {@code cs},
     * {@code dockerfile}) come from its components.json.
     */
    private static final Map<String, String> MORE_ALIASES = Map.ofEntries(
            Map.entry("c++", "cpp"), Map.entry("cxx", "cpp"), Map.entry("hpp", "cpp"), Map.entry("h", "c"),
            Map.entry("c#", "csharp"), Map.entry("golang", "go"), Map.entry("tf", "hcl"),
            Map.entry("terraform", "hcl"), Map.entry("tsql", "sql"), Map.entry("t-sql", "sql"),
            Map.entry("mysql", "sql"), Map.entry("postgresql", "sql"), Map.entry("postgres", "sql"),
            Map.entry("psql", "sql"), Map.entry("rs", "rust"), Map.entry("zsh", "bash"),
            Map.entry("console", "shell-session"), Map.entry("jsonc", "json"), Map.entry("kt", "kotlin"),
            Map.entry("yml", "yaml"), Map.entry("mjs", "javascript"), Map.entry("cjs", "javascript"));

    /**
     * Names that mean "no highlighting": known, so never warned about, and nothing to load ({@code plantuml}
     * fences are drawn as diagrams, not shown as code).
     */
    private static final Set<String> PLAIN = Set.of("plain", "text", "txt", "plaintext", "none", "output", "log",
            "plantuml");

    private final String version;
    /** Each component's id by every name it answers to (its id, its aliases, ours), in lower case. */
    private final Map<String, String> ids;
    /** For each component, the components that load before it when present: required, optional, modified. */
    private final Map<String, List<String>> before;
    private final Map<String, List<String>> required;
    /** The names Prism's components register themselves: their ids and aliases, as written. */
    private final Set<String> registered;

    private PrismLanguages(String version, Map<String, String> ids, Map<String, List<String>> before,
            Map<String, List<String>> required, Set<String> registered) {
        this.version = version;
        this.ids = ids;
        this.registered = registered;
        this.before = before;
        this.required = required;
    }

    /** The languages of the prismjs WebJar on the class path. */
    public static PrismLanguages fromWebJar() throws IOException {
        ClassLoader loader = PrismLanguages.class.getClassLoader();
        String version = version(loader);
        Map<String, String> ids = new TreeMap<>();
        Map<String, List<String>> before = new TreeMap<>();
        Map<String, List<String>> required = new TreeMap<>();
        Set<String> registered = new TreeSet<>();
        try (InputStream in = loader.getResourceAsStream(root(version) + "components.json")) {
            if (in == null) {
                throw new IOException("the prismjs WebJar has no components.json");
            }
            languages(in).forEach((id, language) -> {
                ids.put(id, id);
                registered.add(id);
                List<String> aliases = language.getOrDefault("alias", List.of());
                registered.addAll(aliases);
                aliases.forEach(a -> ids.putIfAbsent(a.toLowerCase(Locale.ROOT), id));
                List<String> needs = language.getOrDefault("require", List.of());
                List<String> order = new ArrayList<>(needs);
                order.addAll(language.getOrDefault("optional", List.of()));
                order.addAll(language.getOrDefault("modify", List.of()));
                required.put(id, needs);
                before.put(id, order);
            });
        }
        MORE_ALIASES.forEach((alias, id) -> {
            if (ids.containsKey(id)) {
                ids.putIfAbsent(alias, id);
            }
        });
        return new PrismLanguages(version, Map.copyOf(ids), Map.copyOf(before), Map.copyOf(required),
                Set.copyOf(registered));
    }

    /** The WebJar's version of Prism. */
    public String version() {
        return version;
    }

    /** The folder of Prism's files in the WebJar. */
    static String root(String version) {
        return "META-INF/resources/webjars/prismjs/" + version + "/";
    }

    /** Whether a code block may name this language: Prism highlights it, or it means plain text. */
    public boolean knows(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return PLAIN.contains(lower) || ids.containsKey(lower);
    }

    /** The Prism component that highlights a name, if any. */
    public Optional<String> component(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return PLAIN.contains(lower) ? Optional.empty() : Optional.ofNullable(ids.get(lower));
    }

    /** Whether Prism's own components register this name, so that the page's {@code language-<name>} finds it. */
    public boolean registers(String name) {
        return registered.contains(name);
    }

    /** The known name nearest to a misspelt one, for a "did you mean" hint. */
    public Collection<String> names() {
        Set<String> names = new TreeSet<>(ids.keySet());
        names.addAll(PLAIN);
        return names;
    }

    /**
     * The components to load for these names, with everything each requires, in an order Prism can load
     * them: each after what it requires, extends or modifies. The same names always give the same order.
     */
    public List<String> components(Collection<String> names) {
        Set<String> wanted = new TreeSet<>();
        names.forEach(n -> component(n).ifPresent(id -> require(id, wanted)));
        Set<String> ordered = new LinkedHashSet<>();
        wanted.forEach(id -> load(id, wanted, ordered));
        return List.copyOf(ordered);
    }

    private void require(String id, Set<String> wanted) {
        if (wanted.add(id)) {
            required.getOrDefault(id, List.of()).forEach(r -> require(r, wanted));
        }
    }

    private void load(String id, Set<String> wanted, Set<String> ordered) {
        if (ordered.contains(id)) {
            return;
        }
        for (String first : before.getOrDefault(id, List.of())) {
            if (wanted.contains(first) && !ordered.contains(first) && !first.equals(id)) {
                load(first, wanted, ordered);
            }
        }
        ordered.add(id);
    }

    /**
     * The {@code languages} of Prism's {@code components.json}, in its order, each with its fields whose value is
     * a name or a list of names ({@code alias}, {@code require}, {@code optional}, {@code modify}), as lists.
     * Read with Jackson's parser rather than as a tree: an ObjectMapper's set-up, on the build's main thread,
     * costs more than this file.
     */
    private static Map<String, Map<String, List<String>>> languages(InputStream in) throws IOException {
        Map<String, Map<String, List<String>>> languages = new LinkedHashMap<>();
        try (JsonParser json = new JsonFactory().createParser(in)) {
            expect(json, json.nextToken(), JsonToken.START_OBJECT);
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                boolean isLanguages = json.currentName().equals("languages");
                JsonToken value = json.nextToken();
                if (!isLanguages) {
                    json.skipChildren();
                    continue;
                }
                expect(json, value, JsonToken.START_OBJECT);
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String id = json.currentName();
                    expect(json, json.nextToken(), JsonToken.START_OBJECT);
                    if (id.equals("meta")) {
                        json.skipChildren();
                        continue;
                    }
                    Map<String, List<String>> fields = new LinkedHashMap<>();
                    while (json.nextToken() == JsonToken.FIELD_NAME) {
                        String field = json.currentName();
                        List<String> names = names(json, json.nextToken());
                        if (names != null) {
                            fields.put(field, names);
                        }
                    }
                    languages.put(id, fields);
                }
            }
        }
        return languages;
    }

    /** A field's value that starts at {@code token} as names: a name, or a list of them; null (skipped) for anything else. */
    private static List<String> names(JsonParser json, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_STRING) {
            return List.of(json.getText());
        }
        if (token != JsonToken.START_ARRAY) {
            json.skipChildren();
            return null;
        }
        List<String> names = new ArrayList<>();
        while (json.nextToken() != JsonToken.END_ARRAY) {
            names.add(json.getText());
            json.skipChildren();
        }
        return names;
    }

    private static void expect(JsonParser json, JsonToken token, JsonToken expected) throws IOException {
        if (token != expected) {
            throw new IOException("the prismjs WebJar's components.json is not as expected at " + json.currentLocation());
        }
    }

    private static String version(ClassLoader loader) throws IOException {
        try (InputStream in = loader.getResourceAsStream(POM)) {
            if (in == null) {
                throw new IOException("the prismjs WebJar is not on the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        }
    }
}
