package studyguide.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words that stand for each other in one guide: the acronyms its text defines ("global secondary index
 * (GSI)") and the {@code synonyms:} of its {@code site.yaml}. A question that has one of a group's
 * phrases is also indexed under the others, at half the weight, so a query finds it by either.
 *
 * <p>Done when the index is built rather than in the browser: the groups are known only from the whole
 * guide, and expanding questions once costs nothing per keystroke.
 */
final class Synonyms {

    /** Each group's phrases, each phrase its terms in order. */
    private final List<List<List<String>>> groups;
    /** The same phrases with their terms {@link #singular}, as questions' terms are compared with them. */
    private final List<List<List<String>>> singulars;
    /**
     * For each singular term, the groups (their numbers, in order) that have a phrase with it: only those can
     * add terms to a question, and most questions have none of them. Checking every group for every question
     * grew with the guide's acronyms times its questions.
     */
    private final Map<String, int[]> groupsOf;

    private Synonyms(List<List<List<String>>> groups) {
        this.groups = groups;
        this.singulars = groups.stream()
                .map(g -> g.stream().map(p -> p.stream().map(Synonyms::singular).toList()).toList())
                .toList();
        Map<String, BitSet> of = new HashMap<>();
        for (int g = 0; g < singulars.size(); g++) {
            for (List<String> phrase : singulars.get(g)) {
                for (String term : phrase) {
                    of.computeIfAbsent(term, t -> new BitSet()).set(g);
                }
            }
        }
        Map<String, int[]> numbers = new HashMap<>();
        of.forEach((term, set) -> numbers.put(term, set.stream().toArray()));
        this.groupsOf = numbers;
    }

    /**
     * The groups of a guide: one per acronym with every phrase defined for it, and one per entry of the
     * site's synonyms (a word and the words or phrases that mean the same).
     */
    static Synonyms of(List<Acronyms.Definition> definitions, Map<String, List<String>> site) {
        Map<String, Set<List<String>>> byAcronym = new LinkedHashMap<>();
        for (Acronyms.Definition d : definitions) {
            byAcronym.computeIfAbsent(d.acronym(), a -> new LinkedHashSet<>(List.of(List.of(a)))).add(d.phrase());
        }
        List<List<List<String>>> groups = new ArrayList<>();
        byAcronym.values().forEach(g -> groups.add(List.copyOf(g)));
        site.forEach((word, others) -> {
            Set<List<String>> group = new LinkedHashSet<>();
            for (String phrase : concat(word, others)) {
                // Lower case first: a camelCase word's parts are not words of the phrase.
                List<String> terms = SearchTerms.of(phrase.toLowerCase(Locale.ROOT));
                if (!terms.isEmpty()) {
                    group.add(terms);
                }
            }
            if (group.size() > 1) {
                groups.add(List.copyOf(group));
            }
        });
        return new Synonyms(groups);
    }

    /** Each group's phrases, each as its terms joined by a space, for the browser to find them in queries. */
    List<List<String>> phrases() {
        return groups.stream().map(g -> g.stream().map(p -> String.join(" ", p)).toList()).toList();
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    /**
     * A question's terms and weights with the other phrases of every group it has a phrase of: each missing
     * term at half the smallest weight of the phrase it has (at least 1).
     */
    Map<String, Integer> expand(Map<String, Integer> weights) {
        Map<String, Integer> added = added(weights, groups(weights.keySet()));
        if (added.isEmpty()) {
            return weights;
        }
        Map<String, Integer> all = new LinkedHashMap<>(weights);
        added.forEach(all::putIfAbsent);
        return all;
    }

    /**
     * The terms {@link #expand} adds to a question's, {@code weights[i]} the weight of {@code terms[i]}: none
     * for most questions, found without a map of their terms.
     */
    Map<String, Integer> added(String[] terms, int[] weights) {
        BitSet groups = groups(Arrays.asList(terms));
        if (groups.isEmpty()) {
            return Map.of();
        }
        Map<String, Integer> byTerm = new HashMap<>();
        for (int i = 0; i < terms.length; i++) {
            byTerm.put(terms[i], weights[i]);
        }
        return added(byTerm, groups);
    }

    /** The groups with a phrase that has one of these terms. */
    private BitSet groups(Collection<String> terms) {
        BitSet found = new BitSet();
        for (String t : terms) {
            int[] numbers = groupsOf.get(singular(t));
            if (numbers != null) {
                for (int g : numbers) {
                    found.set(g);
                }
            }
        }
        return found;
    }

    /** The terms added by these groups, in group order; a term already there, under any plural, is not. */
    private Map<String, Integer> added(Map<String, Integer> weights, BitSet candidates) {
        if (candidates.isEmpty()) {
            return Map.of();
        }
        Set<String> has = new HashSet<>();
        for (String t : weights.keySet()) {
            has.add(singular(t));
        }
        Map<String, Integer> added = new LinkedHashMap<>();
        for (int g = candidates.nextSetBit(0); g >= 0; g = candidates.nextSetBit(g + 1)) {
            List<List<String>> group = groups.get(g);
            List<List<String>> forms = singulars.get(g);
            int present = 0;
            for (int p = 0; p < group.size(); p++) {
                if (has.containsAll(forms.get(p))) {
                    int smallest = group.get(p).stream().mapToInt(t -> weightOf(weights, t)).min().orElse(0);
                    present = Math.max(present, smallest);
                }
            }
            if (present == 0) {
                continue;
            }
            int weight = Math.max(1, present / 2);
            for (int p = 0; p < group.size(); p++) {
                for (int i = 0; i < group.get(p).size(); i++) {
                    if (!has.contains(forms.get(p).get(i))) {
                        added.merge(group.get(p).get(i), weight, Math::max);
                    }
                }
            }
        }
        return added;
    }

    /** A term's weight, under its own spelling or a plural one: "index" counts where the text says "indexes". */
    private static int weightOf(Map<String, Integer> weights, String term) {
        String one = singular(term);
        int best = 0;
        for (String form : List.of(one, one + "s", one + "es")) {
            best = Math.max(best, weights.getOrDefault(form, 0));
        }
        return Math.max(best, 1);
    }

    /** The word without a plural ending, for comparing phrases only. */
    private static String singular(String term) {
        if (term.length() > 4 && term.endsWith("es") && (term.endsWith("xes") || term.endsWith("ses") || term.endsWith("shes")
                || term.endsWith("ches"))) {
            return term.substring(0, term.length() - 2);
        }
        if (term.length() > 3 && term.endsWith("s") && !term.endsWith("ss")) {
            return term.substring(0, term.length() - 1);
        }
        return term;
    }
}
