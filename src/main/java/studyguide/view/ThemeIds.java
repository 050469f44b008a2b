package studyguide.view;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studyguide.cache.Cache;

/**
 * The element ids a theme's pages give their own elements ({@code <main id="main">}, the search box's
 * parts), read from its templates and scripts, so that no question, whose id is its anchor on the page,
 * takes one of them: two elements with one id break the link, the skip link and the script that looks
 * the element up.
 *
 * @param ids ids written literally in a template ({@code id="search-input"})
 * @param prefixes the fixed start of ids a script makes ({@code li.id = 'search-result-' + n})
 */
public record ThemeIds(Set<String> ids, Set<String> prefixes) implements Predicate<String> {

    private static final Pattern TEMPLATE_ID = Pattern.compile("\\sid=\"([a-z0-9-]+)\"");
    private static final Pattern SCRIPT_ID = Pattern.compile("\\.id\\s*=\\s*['\"]([a-z0-9-]+)['\"]\\s*\\+");

    public ThemeIds {
        ids = Set.copyOf(ids);
        prefixes = Set.copyOf(prefixes);
    }

    /** The ids of a theme, from its files ({@link Theme#files}): its templates and its scripts. */
    public static ThemeIds of(Map<String, byte[]> themeFiles) {
        return of(themeFiles, Cache.none());
    }

    /**
     * {@link #of(Map)}, each file's ids kept by its name and bytes from an earlier build with the same cache
     * ({@code serve}): reading every template and script for ids cost a rebuild more than comparing their bytes.
     */
    public static ThemeIds of(Map<String, byte[]> themeFiles, Cache<String, FileIds> kept) {
        Set<String> ids = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        for (Map.Entry<String, byte[]> file : themeFiles.entrySet()) {
            String name = file.getKey();
            FileIds found = kept.get(name);
            if (found == null || !Arrays.equals(found.bytes(), file.getValue())) {
                found = FileIds.of(name, file.getValue());
                kept.put(name, found);
            }
            ids.addAll(found.ids());
            prefixes.addAll(found.prefixes());
        }
        return new ThemeIds(ids, prefixes);
    }

    /** The ids and prefixes one file of a theme gives, with the bytes they were read from. */
    public record FileIds(byte[] bytes, Set<String> ids, Set<String> prefixes) {

        static FileIds of(String name, byte[] bytes) {
            Set<String> ids = new TreeSet<>();
            Set<String> prefixes = new TreeSet<>();
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (name.endsWith(".ftlh") || name.endsWith(".ftl")) {
                collect(TEMPLATE_ID, text, ids);
            } else if (name.endsWith(".js")) {
                collect(SCRIPT_ID, text, prefixes);
            }
            return new FileIds(bytes, Set.copyOf(ids), Set.copyOf(prefixes));
        }
    }

    /** Whether an element with this id would clash with one of the theme's. */
    public boolean taken(String id) {
        if (ids.contains(id)) {
            return true;
        }
        for (String prefix : prefixes) {
            if (id.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #taken}: the checks across files take the theme's ids as a test of an id, compared by value. */
    @Override
    public boolean test(String id) {
        return taken(id);
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }
}
