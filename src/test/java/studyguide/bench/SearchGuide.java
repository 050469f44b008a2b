package studyguide.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a deterministic synthetic guide of N questions in our content format, for the search benchmark:
 * 8 categories, 3 levels, 3 tags, 3–5 key points and a 330–400-word answer with a list and a code block
 * per question (about the size of the DynamoDB guide's). Words are drawn with a Zipf distribution from a
 * vocabulary of 30,000 (a few hundred real words, then made-up ones), so the index has a realistic
 * number of distinct terms, many of them rare.
 *
 * <p>Minimal on purpose: the full benchmark generator (snippets, diagrams, related links, a Hugo twin)
 * belongs to the performance benchmark.
 */
public final class SearchGuide {

    private static final String[] COMMON = ("the a of to and in is for on with that by as it at be this table "
            + "partition key write read capacity index query item items data throughput request sort secondary "
            + "global local consistency eventually strongly cost units provisioned demand auto scaling hot "
            + "throttling throttled retry backoff exponential batch stream streams lambda trigger ttl expire "
            + "attribute attributes projection projections sparse overloaded single design pattern access "
            + "patterns scan filter expression condition update put get delete transaction transactions "
            + "idempotent token limit limits quota burst adaptive split merge shard sharding suffix random "
            + "composite prefix begins between range timestamp order orders customer customers status event "
            + "events metrics alarm alarms cloudwatch dashboard latency p99 percentile monitor monitoring "
            + "spark pyspark glue emr export import s3 parquet job jobs worker workers executor parallel "
            + "segments segment throughput rcu wcu gsi lsi backfill propagation lag replica replication region "
            + "regions failover backup restore recovery pitr encryption kms iam role policy least privilege "
            + "vpc endpoint client sdk boto3 resource paginator pagination cursor lastevaluatedkey exclusive "
            + "start marker size kb mb gb item collection hash distribution uniform skew cardinality "
            + "candidate interviewer answer explain why how when what tradeoff trade benefit drawback risk "
            + "incident outage postmortem root cause fix mitigation team we our you your production "
            + "migration schema relational normalization denormalization join aggregate counter atomic "
            + "increment optimistic locking version conflict").split(" ");
    private static final String[] SYLLABLES = ("ka ro ti me su na lo vi pe da ze mu ri fo ga le ni to ba "
            + "se du ky po ha mi re tu wa jo").split(" ");
    private static final int VOCABULARY = 30_000;
    private static final String[] LEVELS = {"basic", "intermediate", "advanced"};
    private static final int CATEGORIES = 8;

    private final Random random;
    private final double[] cumulative = new double[VOCABULARY];

    private SearchGuide(long seed) {
        random = new Random(seed);
        double sum = 0;
        for (int r = 0; r < VOCABULARY; r++) {
            sum += 1.0 / (r + 1);
            cumulative[r] = sum;
        }
    }

    /** Writes a guide of {@code questions} questions into {@code folder} (created; must not exist or be empty). */
    public static void write(Path folder, int questions, long seed) throws IOException {
        new SearchGuide(seed).writeGuide(folder, questions);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SearchGuide FOLDER QUESTIONS");
            System.exit(2);
        }
        write(Path.of(args[0]), Integer.parseInt(args[1]), 42);
    }

    private void writeGuide(Path folder, int questions) throws IOException {
        Files.createDirectories(folder.resolve("questions"));
        Files.writeString(folder.resolve("site.yaml"), "title: \"Synthetic guide, " + questions + " questions\"\n"
                + "description: \"A generated guide for benchmarks.\"\n");
        List<StringBuilder> files = new ArrayList<>();
        for (int c = 0; c < CATEGORIES; c++) {
            files.add(new StringBuilder("title: \"Category " + (c + 1) + " " + word(200) + "\"\nquestions:\n"));
        }
        for (int i = 0; i < questions; i++) {
            StringBuilder y = files.get(i % CATEGORIES);
            y.append("  - id: q").append(i + 1).append('\n');
            y.append("    question: \"").append(capitalised(sentence(9 + random.nextInt(6)))).append("?\"\n");
            y.append("    level: ").append(LEVELS[i % LEVELS.length]).append('\n');
            y.append("    tags: [\"tag").append(random.nextInt(60)).append("\", \"tag").append(random.nextInt(60))
                    .append("\", \"").append(word(300)).append("\"]\n");
            y.append("    key_points:\n");
            int points = 3 + random.nextInt(3);
            for (int k = 0; k < points; k++) {
                y.append("      - \"").append(capitalised(sentence(8 + random.nextInt(5)))).append("\"\n");
            }
            y.append("    answer: |\n");
            answer().lines().forEach(line -> y.append(line.isEmpty() ? "" : "      ").append(line).append('\n'));
        }
        for (int c = 0; c < CATEGORIES; c++) {
            Files.writeString(folder.resolve("questions/category-" + (c + 1) + ".yaml"), files.get(c));
        }
    }

    /** About 330–400 words: two paragraphs, a list of four items, a code block, a closing paragraph. */
    private String answer() {
        StringBuilder a = new StringBuilder();
        a.append(paragraph(80 + random.nextInt(30))).append("\n\n").append(paragraph(70 + random.nextInt(30))).append("\n\n");
        for (int i = 0; i < 4; i++) {
            a.append("- **").append(word(400)).append("**: ").append(sentence(10 + random.nextInt(6))).append('\n');
        }
        a.append("\n```python\n");
        for (int i = 0; i < 6; i++) {
            a.append(word(2000)).append('_').append(word(2000)).append(" = client.").append(word(300)).append("(\"")
                    .append(word(VOCABULARY)).append("\")\n");
        }
        a.append("```\n\n").append(paragraph(60 + random.nextInt(30))).append('\n');
        return a.toString();
    }

    private String paragraph(int words) {
        StringBuilder p = new StringBuilder();
        while (words > 0) {
            int n = Math.min(words, 8 + random.nextInt(12));
            p.append(capitalised(sentence(n))).append(". ");
            words -= n;
        }
        return p.toString().strip();
    }

    private String sentence(int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            s.append(i == 0 ? "" : " ").append(word(VOCABULARY));
        }
        return s.toString();
    }

    /** A word of rank below {@code limit}, drawn with probability proportional to 1 / rank. */
    private String word(int limit) {
        double x = random.nextDouble() * cumulative[limit - 1];
        int lo = 0;
        int hi = limit - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return rankWord(lo);
    }

    /** The word of a rank: the real words first, then distinct made-up words of two to four syllables. */
    private static String rankWord(int rank) {
        if (rank < COMMON.length) {
            return COMMON[rank];
        }
        int n = rank - COMMON.length + SYLLABLES.length * SYLLABLES.length;
        StringBuilder w = new StringBuilder();
        while (n > 0) {
            w.append(SYLLABLES[n % SYLLABLES.length]);
            n /= SYLLABLES.length;
        }
        return w.toString();
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
