package studyguide.view;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import studyguide.model.Guide;
import studyguide.model.Located;
import studyguide.model.Snippet;
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
        Set<String> used = new TreeSet<>();
        for (Located<String> fence : fences) {
            String name = fence.value();
            if (prism.knows(name)) {
                used.add(name);
            } else {
                String hint = Suggestions.didYouMean(name, prism.names());
                problems.warn(fence.position(), "unknown code language '" + name + "', so the block is not highlighted"
                        + (hint.isEmpty() ? "; name one of Prism's languages (https://prismjs.com/#supported-languages), "
                                + "or 'text'" : hint));
            }
        }
        guide.questions().flatMap(q -> q.snippets().stream()).map(Snippet::language).filter(prism::knows).forEach(used::add);
        return used;
    }
}
