package studyguide.importer;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Gives each imported question its id: the id the last import gave the same question, else one made
 * from its title. The same question is found in the last import's record by, in turn, its file, title and
 * fingerprint; its file and title; its file and number; its file and fingerprint; so a reworded title, a
 * question inserted before it and a duplicate title ("What's the output?") each keep the ids.
 */
final class Ids {

    /** Ids made from titles are cut to this many characters: an anchor, not a sentence. */
    static final int SLUG_LENGTH = 60;

    private Ids() {
    }

    /** {@code text} as an id: lower case a-z, 0-9 and '-', accents dropped; empty when nothing is left. */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replace("'", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > SLUG_LENGTH) {
            int cut = slug.lastIndexOf('-', SLUG_LENGTH);
            slug = slug.substring(0, cut > SLUG_LENGTH / 2 ? cut : SLUG_LENGTH);
        }
        return slug;
    }

    /** A short hash of what a question asks, independent of its title and number. */
    static String fingerprint(Bank.Question q) {
        StringBuilder s = new StringBuilder(Objects.toString(q.prompt(), ""));
        q.choices().forEach(c -> s.append('\n').append(c.text()));
        return ImportRecord.sha256(s.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    /**
     * The ids of {@code questions}, in their order.
     *
     * @param entries each question as the record will keep it (its id not yet known)
     * @param fallback an id for a question whose title makes none (a title in another script)
     * @param taken ids no question may have (the theme's own)
     */
    static List<String> assign(List<ImportRecord.Entry> entries, List<ImportRecord.Entry> previous,
            Function<Integer, String> fallback, Predicate<String> taken) {
        String[] ids = new String[entries.size()];
        Set<ImportRecord.Entry> claimed = new HashSet<>();
        List<Function<ImportRecord.Entry, List<Object>>> keys = List.of(
                e -> List.of(e.file(), e.title(), e.fingerprint()),
                e -> List.of(e.file(), e.title()),
                e -> e.number() == null ? null : List.of(e.file(), e.number()),
                e -> List.of(e.file(), e.fingerprint()));
        for (Function<ImportRecord.Entry, List<Object>> key : keys) {
            Map<List<Object>, List<ImportRecord.Entry>> old = new HashMap<>();
            previous.stream().filter(p -> !claimed.contains(p) && key.apply(p) != null)
                    .forEach(p -> old.computeIfAbsent(key.apply(p), k -> new ArrayList<>()).add(p));
            Map<List<Object>, Integer> same = new HashMap<>();
            entries.stream().map(key).filter(Objects::nonNull).forEach(k -> same.merge(k, 1, Integer::sum));
            for (int i = 0; i < entries.size(); i++) {
                List<Object> k = key.apply(entries.get(i));
                List<ImportRecord.Entry> match = k == null ? null : old.get(k);
                // Only an unambiguous match: two new questions with one key would take the ids in a guessed order.
                if (ids[i] == null && match != null && match.size() == 1 && same.get(k) == 1) {
                    ids[i] = match.get(0).id();
                    claimed.add(match.get(0));
                }
            }
        }
        Set<String> used = new HashSet<>();
        for (String id : ids) {
            if (id != null) {
                used.add(id);
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            if (ids[i] == null) {
                String base = slug(entries.get(i).title());
                base = base.isEmpty() ? fallback.apply(i) : base;
                String id = base;
                for (int n = 2; used.contains(id) || taken.test(id); n++) {
                    id = base + "-" + n;
                }
                ids[i] = id;
                used.add(id);
            }
        }
        return new ArrayList<>(List.of(ids));
    }
}
