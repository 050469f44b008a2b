package studyguide.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.bench.SearchGuide;
import studyguide.cache.Cache;
import studyguide.cache.Memo;
import studyguide.diagram.DiagramRenderer;
import studyguide.load.GuideLoader;
import studyguide.markdown.MarkdownRenderer;
import studyguide.model.Guide;
import studyguide.output.OutputFile;
import studyguide.problem.Problems;
import studyguide.view.SearchText;
import studyguide.view.ViewBuilder;

/**
 * An index that updates the last build's postings for the questions that changed ({@code serve}) writes, edit
 * after edit, exactly what an index made from nothing writes: words added, new and gone, acronyms defined (new
 * synonyms for every question), questions added, in one index file, split, and split with its questions in parts.
 */
class SearchIndexUpdateTest {

    @TempDir
    Path temp;

    @Test
    void editAfterEditTheUpdatedIndexIsTheIndexMadeAfresh() throws IOException {
        for (SearchIndex.Split sizes : List.of(SearchIndex.Split.DEFAULT, new SearchIndex.Split(0, 2048),
                new SearchIndex.Split(0, 2048, 4096))) {
            Path guide = temp.resolve("guide-" + sizes.shardSize() + "-" + sizes.questionsInCoreUpTo());
            SearchGuide.write(guide, 90, 5);
            Memo<Object, Object> entries = new Memo<>();
            Memo<List<Object>, OutputFile> parts = new Memo<>();
            Memo<String, SearchIndex.Made> postings = new Memo<>();
            Random random = new Random(sizes.shardSize() + sizes.questionsInCoreUpTo());
            for (int round = 0; round < 40; round++) {
                if (round > 0) {
                    edit(guide, random, round);
                }
                Problems problems = new Problems();
                Guide loaded = new GuideLoader(problems).load(guide);
                assertEquals(List.of(), problems.sorted(), "round " + round);
                MarkdownRenderer markdown = new MarkdownRenderer(new DiagramRenderer(problems), problems);
                List<OutputFile> updated = SearchIndexTest.build(new SearchIndex(markdown, entries, parts, postings, sizes),
                        markdown, loaded);
                List<OutputFile> fresh = SearchIndexTest.build(new SearchIndex(markdown, Cache.none(), sizes), markdown, loaded);
                entries.keepOnlyUsed();
                parts.keepOnlyUsed();
                postings.keepOnlyUsed();
                assertEquals(fresh.stream().map(OutputFile::path).toList(), updated.stream().map(OutputFile::path).toList(),
                        "round " + round);
                for (int i = 0; i < fresh.size(); i++) {
                    assertArrayEquals(fresh.get(i).bytes(), updated.get(i).bytes(), "round " + round + ": " + fresh.get(i).path());
                }
            }
        }
    }

    /**
     * A build that hands the index the same questions as the last build ({@code serve}, a category file that did
     * not change) gets their entries back, and so does a later build whose loader read the files again (new,
     * equal questions): the entries found by reference keep those kept by value.
     */
    @Test
    void entriesFoundByReferenceAndAfterTheFilesAreReadAgain() throws IOException {
        Path guide = temp.resolve("guide");
        SearchGuide.write(guide, 40, 3);
        Memo<Object, Object> entries = new Memo<>();
        Guide loaded = load(guide);
        List<SearchIndex.Entry> first = entries(entries, loaded);
        List<SearchIndex.Entry> again = null;
        for (int build = 0; build < 3; build++) {
            entries.keepOnlyUsed();
            again = entries(entries, loaded);
        }
        entries.keepOnlyUsed();
        entries.sweep();
        List<SearchIndex.Entry> readAgain = entries(entries, load(guide));
        assertEquals(first.size(), readAgain.size());
        for (int i = 0; i < first.size(); i++) {
            assertSame(first.get(i), again.get(i), "question " + i + ", same question");
            assertSame(first.get(i), readAgain.get(i), "question " + i + ", question read again");
        }
        assertEquals(fresh(loaded), readAgain.stream().map(SearchIndexUpdateTest::fields).toList());
    }

    private static Guide load(Path guide) {
        Problems problems = new Problems();
        Guide loaded = new GuideLoader(problems).load(guide);
        assertEquals(List.of(), problems.sorted());
        return loaded;
    }

    private static List<SearchIndex.Entry> entries(Cache<Object, Object> entries, Guide guide) {
        Problems problems = new Problems();
        MarkdownRenderer markdown = new MarkdownRenderer(new DiagramRenderer(problems), problems);
        List<SearchText> texts = new ViewBuilder(markdown, new DiagramRenderer(problems)).build(guide, null).searchTexts();
        return new SearchIndex(markdown, entries, SearchIndex.Split.DEFAULT).entries(guide, texts.toArray(SearchText[]::new));
    }

    private static List<List<Object>> fresh(Guide guide) {
        return entries(Cache.none(), guide).stream().map(SearchIndexUpdateTest::fields).toList();
    }

    private static List<Object> fields(SearchIndex.Entry e) {
        return List.of(e.keyPoints(), e.prompt(), List.of(e.terms()), Arrays.stream(e.weights()).boxed().toList(),
                e.definitions());
    }

    /** One random edit of the guide's category files: mostly a line of an answer, sometimes a new question. */
    private static void edit(Path guide, Random random, int round) throws IOException {
        Path file = guide.resolve("questions/category-" + (1 + random.nextInt(8)) + ".yaml");
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        List<Integer> answerLines = new ArrayList<>();
        boolean inAnswer = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            inAnswer = line.equals("    answer: |") || inAnswer && (line.isEmpty() || line.startsWith("      "));
            if (inAnswer && line.startsWith("      ") && !line.strip().startsWith("-") && !line.contains("`")) {
                answerLines.add(i);
            }
        }
        int at = answerLines.get(random.nextInt(answerLines.size()));
        String line = lines.get(at);
        switch (random.nextInt(6)) {
            case 0, 1 -> lines.set(at, line + " zqword" + random.nextInt(5));
            case 2 -> lines.set(at, line + " " + line.strip().split(" ")[0]);
            case 3 -> lines.set(at, "      " + "x".repeat(1 + random.nextInt(3)));
            case 4 -> lines.set(at, line + " a wide column store (WCS" + random.nextInt(3) + ")");
            default -> {
                int question = lines.indexOf("questions:") + 1;
                lines.add(question, "  - id: added-" + round);
                lines.add(question + 1, "    question: Which words were added in round " + round + "?");
                lines.add(question + 2, "    answer: Words " + round + " zqnew" + round + ".");
            }
        }
        Files.write(file, lines);
    }
}
