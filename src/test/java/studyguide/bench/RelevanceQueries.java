package studyguide.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import studyguide.load.GuideLoader;
import studyguide.model.Guide;
import studyguide.model.Question;
import studyguide.problem.Problems;
import studyguide.search.SearchTerms;

/**
 * Query sets for {@link RelevanceBenchmark}: read from {@code bench/relevance/*.tsv} (a query, a tab, the
 * ids of the questions it should find; {@code #} starts a comment), or made from a generated guide.
 */
final class RelevanceQueries {

    /** A query and the questions it should find (any of them counts). */
    record Query(String text, List<String> expected) {
    }

    private RelevanceQueries() {
    }

    static List<Query> read(Path file) throws IOException {
        List<Query> queries = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            if (parts.length != 2) {
                throw new IllegalArgumentException(file + ": not a query, a tab and ids: " + line);
            }
            queries.add(new Query(parts[0], List.of(parts[1].strip().split("\\s+"))));
        }
        return queries;
    }

    static void write(List<Query> queries, Path file) throws IOException {
        StringBuilder s = new StringBuilder("# Made by RelevanceQueries.generated; do not edit.\n");
        queries.forEach(q -> s.append(q.text()).append('\t').append(String.join(" ", q.expected())).append('\n'));
        Files.writeString(file, s);
    }

    /**
     * Queries for a generated guide, whose words mean nothing: a reader who remembers a question types its
     * rarest words. Every {@code step}-th question, up to {@code count}: its two rarest words (among all
     * questions' texts), as they are, with a typo (two in a word of eight letters or more, as the issue's
     * "typos scaled to word length"), the first letters of one as if still typing, a plural, glued
     * together as one word, or its three rarest words.
     */
    static List<Query> generated(Path guideFolder, int count, int step) {
        Problems problems = new Problems();
        Guide guide = new GuideLoader(problems).load(guideFolder);
        problems.throwIfAny();
        List<Question> questions = guide.questions().toList();
        Map<String, Integer> frequency = new HashMap<>();
        for (Question q : questions) {
            new LinkedHashSet<>(SearchTerms.of(q.question())).forEach(t -> frequency.merge(t, 1, Integer::sum));
        }
        List<Query> queries = new ArrayList<>();
        for (int i = 0; i < questions.size() && queries.size() < count; i += step) {
            Question q = questions.get(i);
            List<String> rare = new LinkedHashSet<>(SearchTerms.of(q.question())).stream()
                    .filter(t -> t.length() >= 3 && t.chars().allMatch(Character::isLetter))
                    .sorted(Comparator.comparing((String t) -> frequency.get(t)).thenComparing(Comparator.naturalOrder()))
                    .limit(3).toList();
            if (rare.size() < 2) {
                continue;
            }
            String a = rare.get(0);
            String b = rare.get(1);
            String text = switch (queries.size() % 6) {
                case 0 -> a + " " + b;
                case 1 -> typos(a) + " " + b;
                case 2 -> b + " " + a.substring(0, Math.max(3, a.length() - 2));
                case 3 -> a + "s " + b;
                case 4 -> a + b;
                default -> String.join(" ", rare);
            };
            queries.add(new Query(text, List.of(q.id())));
        }
        return queries;
    }

    /**
     * The word with two letters in its middle swapped, the commonest typo; from eight letters, also its
     * second-to-last letter dropped: two typos.
     */
    private static String typos(String word) {
        if (word.length() < 5) {
            return word;
        }
        int m = word.length() / 2;
        String swapped = word.substring(0, m - 1) + word.charAt(m) + word.charAt(m - 1) + word.substring(m + 1);
        return word.length() < 8 ? swapped : swapped.substring(0, word.length() - 2) + swapped.charAt(word.length() - 1);
    }
}
