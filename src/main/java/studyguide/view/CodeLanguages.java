package studyguide.view;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import studyguide.model.Guide;
import studyguide.model.Located;
import studyguide.problem.Problems;
import studyguide.problem.Suggestions;

/** Checks the languages a guide's code names against Prism's, and says which Prism's bundle must hold. */
public final class CodeLanguages {

    private CodeLanguages() {
    }

    /**
     * The languages the guide's code fences and snippets name that Prism highlights; a fence naming a
     * language Prism does not know is a warning at the fence, with the nearest known name.
     */
    public static Set<String> check(Guide guide, List<Located<String>> fences, PrismLanguages prism, Problems problems) {
        // Asked once a name: a guide of 10,000 questions has as many fences and a handful of names.
        Map<String, Boolean> known = new HashMap<>();
        for (Located<String> fence : fences) {
            String name = fence.value();
            if (!known.computeIfAbsent(name, prism::knows)) {
                String hint = Suggestions.didYouMean(name, prism.names());
                problems.warn(fence.position(), "unknown code language '" + name + "', so the block is not highlighted"
                        + (hint.isEmpty() ? "; name one of Prism's languages (https://prismjs.com/#supported-languages), "
                                + "or 'text'" : hint));
            }
        }
        guide.questions().forEach(q -> q.snippets().forEach(s -> known.computeIfAbsent(s.language(), prism::knows)));
        Set<String> used = new TreeSet<>();
        known.forEach((name, knows) -> {
            if (knows) {
                used.add(name);
            }
        });
        return used;
    }
}
