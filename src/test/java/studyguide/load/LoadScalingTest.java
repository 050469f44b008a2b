package studyguide.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.Slow;
import studyguide.model.Guide;
import studyguide.problem.Problems;

/**
 * Loading grows with a category file's size, not with its square: real banks keep thousands of questions
 * with inline answers in one file. Two sizes are loaded alternately in one JVM and the best CPU time of
 * each compared; for four times the questions, linear loading gives a ratio near 4 and quadratic near 16,
 * so the test tells them apart with room for a busy machine (twice the questions, 2 against 4, once
 * failed on CI at 3.14).
 */
@Slow.Heavy
class LoadScalingTest {

    @TempDir
    Path temp;

    @Test
    void fourTimesTheQuestionsInOneFileTakeAboutFourTimesTheTime() throws Exception {
        Path small = guide("small", 1_000);
        Path large = guide("large", 4_000);
        for (int round = 0; round < 2; round++) {
            load(small, 1_000);
            load(large, 4_000);
        }
        long bestSmall = Long.MAX_VALUE;
        long bestLarge = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            bestSmall = Math.min(bestSmall, load(small, 1_000));
            bestLarge = Math.min(bestLarge, load(large, 4_000));
        }
        double ratio = (double) bestLarge / bestSmall;
        System.out.printf("load of one category file: 1,000 questions %.0f ms, 4,000 questions %.0f ms (ratio %.2f)%n",
                bestSmall / 1e6, bestLarge / 1e6, ratio);
        assertTrue(ratio < 8.0, "loading 4,000 questions took " + ratio + " times as long as 1,000");
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
