package studyguide.view;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
public record ThemeIds(Set<String> ids, Set<String> prefixes) {

    private static final Pattern TEMPLATE_ID = Pattern.compile("\\sid=\"([a-z0-9-]+)\"");
    private static final Pattern SCRIPT_ID = Pattern.compile("\\.id\\s*=\\s*['\"]([a-z0-9-]+)['\"]\\s*\\+");

    public ThemeIds {
        ids = Set.copyOf(ids);
        prefixes = Set.copyOf(prefixes);
    }

    /** The ids of a theme, from its files ({@link Theme#files}): its templates and its scripts. */
    public static ThemeIds of(Map<String, byte[]> themeFiles) {
        Set<String> ids = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        for (Map.Entry<String, byte[]> file : themeFiles.entrySet()) {
            String name = file.getKey();
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            if (name.endsWith(".ftlh") || name.endsWith(".ftl")) {
                collect(TEMPLATE_ID, text, ids);
            } else if (name.endsWith(".js")) {
                collect(SCRIPT_ID, text, prefixes);
            }
        }
        return new ThemeIds(ids, prefixes);
    }

    /**
     * {@link #of(Map)}, kept by the files' bytes from an earlier build with the same cache ({@code serve}):
     * reading every template and script for ids cost a rebuild more than comparing their bytes.
     */
    public static ThemeIds of(Map<String, byte[]> themeFiles, Cache<Map<String, ByteBuffer>, ThemeIds> kept) {
        if (!kept.keeps()) {
            return of(themeFiles);
        }
        Map<String, ByteBuffer> key = new HashMap<>();
        themeFiles.forEach((name, bytes) -> key.put(name, ByteBuffer.wrap(bytes).asReadOnlyBuffer()));
        ThemeIds ids = kept.get(key);
        if (ids == null) {
            ids = of(themeFiles);
            kept.put(key, ids);
        }
        return ids;
    }

    /** Whether an element with this id would clash with one of the theme's. */
    public boolean taken(String id) {
        return ids.contains(id) || prefixes.stream().anyMatch(id::startsWith);
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }
}
