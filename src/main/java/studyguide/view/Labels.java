package studyguide.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import studyguide.cache.UserCache;
import studyguide.model.Placeholders;
import studyguide.model.Site;

/**
 * The theme's fixed words in a guide's language: the built-in bundle's words
 * ({@code studyguide/labels/labels_<language>.properties}, UTF-8) for the guide's language, else for its
 * base language ({@code pt-BR} falls back to {@code pt}), else English, with the guide's own words from
 * {@code site.yaml} over them.
 *
 * <p>A word may hold placeholders ({@code {count}}, {@code {title}}); a counted phrase has one key per plural
 * form, {@code <key>_one} and {@code <key>_other} (see {@link PluralRule}). The scripts read the same words
 * from a script of the site's own, written once per site ({@link #file}, {@link #script}), and fill them in the
 * same way ({@code assets/labels.js}), rather than from each page, where they would be 10 KB of a question
 * page's 24.

 * Templates read a word as {@code site.labels.show_answer}, and fill one with
 * {@code site.labels.count("question_count", n)} or {@code site.labels.format("built_with", "generator", x)}.
 *
 * @param lang the guide's language, a BCP 47 tag
 * @param words every label key with its words, sorted by key
 * @param file the site's path of the script that holds the words, named by a hash of them
 *     ({@code assets/words-<hash>.js}), so that a browser never keeps the words of an earlier build
 */
public record Labels(String lang, Map<String, String> words, String file) {

    /** The bundle's folder and base name on the class path. */
    static final String BUNDLE = "studyguide/labels/labels";

    /** The languages the bundle has words for, English (the base file) first. */
    public static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "pt", "zh", "ja");

    public Labels {
        words = Collections.unmodifiableMap(new TreeMap<>(words));
    }

    /**
     * From the language and the script's name, which is a hash of the words: equal labels have equal hashes,
     * and a page's key in {@code serve} ({@link TemplateRenderer}) hashes the site's words once a page.
     */
    @Override
    public int hashCode() {
        return lang.hashCode() * 31 + file.hashCode();
    }

    /** The words for a guide in {@code lang}; the script's name follows from them. */
    public Labels(String lang, Map<String, String> words) {
        this(lang, words, file(words));
    }

    /** The words for a guide in {@code lang}, with the author's {@code overrides} (keys the bundle has) over them. */
    public static Labels of(String lang, Map<String, String> overrides) {
        Map<String, String> words = new LinkedHashMap<>(bundle("en"));
        Locale locale = Locale.forLanguageTag(lang);
        String language = locale.getLanguage();
        if (!language.equals("en") && LANGUAGES.contains(language)) {
            words.putAll(bundle(language));
        }
        overrides.forEach((key, value) -> {
            if (words.containsKey(key)) {
                words.put(key, value);
            }
        });
        return new Labels(lang, words);
    }

    /** The words for a guide: its language, with the words its {@code site.yaml} gives. */
    public static Labels of(Site site) {
        Map<String, String> overrides = new LinkedHashMap<>();
        site.labels().forEach((key, words) -> overrides.put(key, words.value()));
        return of(site.lang(), overrides);
    }

    /** Every label key of the theme, sorted: the keys a guide may give words for in {@code site.yaml}. */
    public static Set<String> keys() {
        return new TreeMap<>(bundle("en")).keySet();
    }

    /** The bundle's own words in one of {@link #LANGUAGES}, without fallback. */
    static Map<String, String> bundle(String language) {
        String name = BUNDLE + (language.equals("en") ? "" : "_" + language) + ".properties";
        try (InputStream in = Labels.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the theme's words " + name + " are missing from the class path");
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> words = new TreeMap<>();
            properties.forEach((k, v) -> words.put((String) k, (String) v));
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name, e);
        }
    }

    /**
     * A label's words, for templates ({@code site.labels.key}); null for a key the theme does not have,
     * which FreeMarker reports as a missing value at the template's line.
     */
    public String get(String key) {
        return words.get(key);
    }

    /** The counted phrase {@code key} for {@code count}: the language's plural form, with {count} filled in. */
    public String count(String key, long count) {
        String form = words.get(key + "_" + PluralRule.category(lang, count));
        return fill(form != null ? form : words.getOrDefault(key + "_other", key), Map.of("count", count));
    }

    /** A label with its placeholders filled: {@code format("built_with", "generator", "studyguide")}. */
    public String format(String key, Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            values.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return fill(words.getOrDefault(key, key), values);
    }

    /**
     * Every label as one JSON object for the scripts, safe to put inside a {@code <script>} element: what a
     * theme's {@code layout.ftlh} from before {@link #file} puts into each page, which {@code labels.js} still reads.
     */
    public String json() {
        return json(words);
    }

    /**
     * The text of the script at {@link #file}: it sets {@code window.studyguideWords}, which {@code labels.js}
     * reads. A script file rather than JSON to fetch, because a page opened from disk may load a script but
     * not fetch a file.
     */
    public String script() {
        return script(words);
    }

    private static String script(Map<String, String> words) {
        return "/* The theme's words in the guide's language, for assets/labels.js (view/Labels.java). */\n"
                + "window.studyguideWords = " + json(words) + ";\n";
    }

    private static String file(Map<String, String> words) {
        // The first 6 bytes of the script's SHA-256, in hexadecimal.
        String hash = UserCache.sha256(script(words).getBytes(StandardCharsets.UTF_8));
        return "assets/words-" + hash.substring(0, 12) + ".js";
    }

    // Written by Jackson's generator, not an ObjectMapper, whose set-up on the build's main thread costs more
    // than this object.
    private static String json(Map<String, String> words) {
        return StructuredData.scriptSafe(out -> {
            out.writeStartObject();
            for (Map.Entry<String, String> word : new TreeMap<>(words).entrySet()) {
                out.writeStringField(word.getKey(), word.getValue());
            }
            out.writeEndObject();
        });
    }

    private String fill(String text, Map<String, ?> values) {
        Matcher m = Placeholders.PATTERN.matcher(text);
        return m.replaceAll(r -> {
            Object value = values.get(r.group(1));
            return Matcher.quoteReplacement(value == null ? r.group() : show(value));
        });
    }

    /** Numbers as the language writes them (1,234 in English, 1.234 in German). */
    private String show(Object value) {
        if (value instanceof Number n && !(value instanceof Double) && !(value instanceof Float)) {
            return NumberFormat.getIntegerInstance(Locale.forLanguageTag(lang)).format(n.longValue());
        }
        return String.valueOf(value);
    }
}
