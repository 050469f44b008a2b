package studyguide.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.Slow;
import studyguide.model.Guide;
import studyguide.problem.Problems;

/**
 * Loading grows with a category file's size, not with its square: real banks keep thousands of questions
 * with inline answers in one file. Two sizes are loaded alternately in one JVM and the best CPU time of
 * each compared. For eight times the questions, linear loading gives a ratio near 8 and quadratic loading
 * near 64 (the old newline count from the top for every value gave 59 to 62), so a limit of 24 leaves three
 * times the linear ratio for a shared machine. A measurement over the limit is taken again, up to three
 * times unless it is past twice the limit: a quadratic loader fails every one, a neighbour's burst of work
 * seldom spoils three (four times the questions against a limit of 8 once failed on CI at 9.4).
 */
@Slow.Heavy
class LoadScalingTest {

    private static final int SMALL = 1_000;
    private static final int LARGE = 8_000;
    private static final double LIMIT = 24.0;

    @TempDir
    Path temp;

    @Test
    void eightTimesTheQuestionsInOneFileTakeAboutEightTimesTheTime() throws Exception {
        Path small = guide("small", SMALL);
        Path large = guide("large", LARGE);
        for (int round = 0; round < 2; round++) {
            load(small, SMALL);
            load(large, LARGE);
        }
        List<Double> ratios = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            double ratio = ratio(small, large);
            ratios.add(ratio);
            if (ratio < LIMIT) {
                return;
            }
            if (ratio > 2 * LIMIT) {
                break;
            }
        }
        fail("loading " + LARGE + " questions took " + ratios + " times as long as " + SMALL
                + " in three measurements, each over " + LIMIT);
    }

    private static double ratio(Path small, Path large) {
        long bestSmall = Long.MAX_VALUE;
        long bestLarge = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            bestSmall = Math.min(bestSmall, load(small, SMALL));
            bestLarge = Math.min(bestLarge, load(large, LARGE));
        }
        double ratio = (double) bestLarge / bestSmall;
        System.out.printf("load of one category file: %,d questions %.0f ms, %,d questions %.0f ms (ratio %.2f)%n",
                SMALL, bestSmall / 1e6, LARGE, bestLarge / 1e6, ratio);
        return ratio;
    }

    private static long load(Path content, int questions) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        Problems problems = new Problems();
        Guide guide = new GuideLoader(problems).load(content);
        long time = threads.getCurrentThreadCpuTime() - start;
        assertTrue(problems.isEmpty(), () -> problems.sorted().toString());
        assertEquals(questions, guide.categories().get(0).questions().size());
        return time;
    }

    /** A guide with one category file of {@code n} questions, each with inline Markdown in block scalars. */
    private Path guide(String name, int n) throws Exception {
        Path content = Files.createDirectories(temp.resolve(name).resolve("questions")).getParent();
        Files.writeString(content.resolve("site.yaml"), "title: T\ndescription: D\n");
        StringBuilder yaml = new StringBuilder("title: Big\nsummary: |\n  A **large** category.\nquestions:\n");
        for (int i = 0; i < n; i++) {
            yaml.append("  - id: q-").append(i).append('\n')
                    .append("    question: \"How does item ").append(i).append(" spread its writes?\"\n")
                    .append("    level: basic\n")
                    .append("    key_points:\n      - \"one `key` per tenant\"\n      - \"sharded sort key\"\n")
                    .append("    interviewer_intent: >\n      Whether the candidate knows partitions.\n")
                    .append("    answer: |\n");
            for (int p = 0; p < 3; p++) {
                yaml.append("      Partition keys spread writes over partitions; a hot key throttles at ")
                        .append(1000 + p).append(" WCU.\n\n");
            }
            yaml.append("      ```python\n      table.put_item(Item={'pk': 'q-").append(i).append("'})\n      ```\n");
        }
        Files.writeString(content.resolve("questions").resolve("big.yaml"), yaml);
        return content;
    }
}
