package studyguide.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import studyguide.cache.Cache;
import studyguide.cache.Same;
import studyguide.markdown.MarkdownRenderer;
import studyguide.markdown.PlainText;
import studyguide.markdown.Title;
import studyguide.model.Category;
import studyguide.model.Guide;
import studyguide.model.Page;
import studyguide.model.Question;
import studyguide.model.Snippet;
import studyguide.output.ContentHash;
import studyguide.output.OutputFile;
import studyguide.parallel.Parallel;
import studyguide.view.Labels;
import studyguide.view.QuestionUrls;
import studyguide.view.SearchText;
import studyguide.view.ViewBuilder;
import studyguide.view.Views.PageView;

/**
 * Builds {@code assets/search-index.js}: every question's text, key points, tags, category, level and
 * prompt, and an inverted index of the words of its question, key points, tags, prompt and options, model
 * answer and code, as scripts, so search works from {@code file://} with no server.
 *
 * <p>The format (read by {@code assets/search.js}, described in docs/search.md): {@code terms} sorted,
 * and for each term a flat list of (question number, weight) pairs, the numbers as gaps from the previous
 * one. A weight adds up the fields the term appears in, each as {@code fieldWeight * (1 + ln count)}.
 *
 * <p>A small index is that one file, which every page loads. A large one is split, so that a page that
 * does not search pays nothing for it: {@code search-index.js} only names the core (questions and terms),
 * and the core names the shards, each the postings of a range of sorted terms; when the questions are too
 * many for the core ({@link Split}), it names question parts instead, each a range of questions, which
 * search loads for the results it shows. All are loaded only when someone searches, and each registers its
 * JSON as a string on {@code window.studyguideIndexParts} under its file name, which ends with a hash of
 * its content, so a page never mixes parts of two builds.
 */
public final class SearchIndex {

    /** Where the index is written in the site. */
    public static final String PATH = "assets/search-index.js";
    /** The start of the path of every part of a split index (its core and shards); {@link #PATH} is not one. */
    private static final String PART = "assets/search-index-";
    /** Bumped when the format changes, so the script can refuse an index it cannot read. */
    static final int FORMAT = 3;
    private static final JsonFactory JSON = new JsonFactory();

    /**
     * When the index is split, into shards of what size, and up to what size a split index's core keeps the
     * questions, in characters of JSON. Up to 512 KiB of JSON the whole index costs a page about as much as
     * its other scripts; above, shards of about 128 KiB keep what a query has to wait for small. Up to 4 MiB
     * of questions' JSON (about 14,000 questions) the core has them all: parsing them costs the first search
     * less than loading the parts of its results would; above, their parsing is what the first search waits
     * for, and they go into parts of about an eighth of a shard. The measurements are in docs/search.md.
     */
    public record Split(int oneFileUpTo, int shardSize, int questionsInCoreUpTo) {
        /** The build's sizes; the hidden {@code --search-index-split} option gives others, to split a small guide. */
        public static final Split DEFAULT = new Split(512 * 1024, 128 * 1024, 4 * 1024 * 1024);

        public Split {
            if (oneFileUpTo < 0 || shardSize < 1 || questionsInCoreUpTo < 0) {
                throw new IllegalArgumentException("the index's sizes must be positive: " + oneFileUpTo + ", " + shardSize
                        + ", " + questionsInCoreUpTo);
            }
        }

        /** A split index whose questions are always in parts, as a guide too small to need them gets them for tests. */
        public Split(int oneFileUpTo, int shardSize) {
            this(oneFileUpTo, shardSize, 0);
        }
    }

    /**
     * How much a word counts by where it is: the question most, then key points, the prompt and the
     * options (part of the question, but longer and often code), the answer, code and tags. Tags count least
     * because a guide gives one tag to many questions; the question's own words say what it is about.
     */
    enum Field {
        QUESTION(10), KEY_POINTS(5), PROMPT(3), ANSWER(2), CODE(1.5), TAGS(1);

        final double weight;

        Field(double weight) {
            this.weight = weight;
        }
    }

    /**
     * What the index holds of one question: its key points as text, the lines of its prompt and options as
     * text (shown as a result's context like a key point), and its terms with the weight of each
     * ({@code weights[i]} is the weight of {@code terms[i]}). Arrays rather than a map, and each term the one
     * string every question shares: at 10,000 questions a map per question held 600,000 entries, about
     * 90 MB while the pages rendered.
     */
    public record Entry(List<String> keyPoints, List<String> prompt, String[] terms, int[] weights,
            List<Acronyms.Definition> definitions) {
    }

    private final MarkdownRenderer markdown;
    /** Each question's entry ({@link KeptEntry}), by reference to the question and by its value ({@link QuestionKey}). */
    private final Cache<Object, Object> entries;
    private final Cache<List<Object>, OutputFile> parts;
    private final Cache<String, Made> last;
    private final Split sizes;
    /** Each term once, shared by every question that has it. */
    private final Map<String, String> dictionary = new ConcurrentHashMap<>();

    public SearchIndex(MarkdownRenderer markdown) {
        this(markdown, Cache.none(), Split.DEFAULT);
    }

    /**
     * An index split at the given sizes that reuses the entries of questions that earlier builds with the same
     * memo indexed ({@code serve}).
     */
    public SearchIndex(MarkdownRenderer markdown, Cache<Object, Object> entries, Split sizes) {
        this(markdown, entries, Cache.none(), Cache.none(), sizes);
    }

    /**
     * An index that also reuses what earlier builds with the same caches wrote ({@code serve}): the last
     * build's postings ({@code last}, under {@link #PATH}), which a build whose questions are the same but a few
     * updates for those few, each term's JSON used again while its (question, weight) pairs are the same; and
     * the parts of a split index, by their JSON, a shard by its terms' JSON strings. An edited answer changes
     * the postings of its terms and the core, and the other terms and shards need no writing, hash or escaping
     * again.
     */
    public SearchIndex(MarkdownRenderer markdown, Cache<Object, Object> entries, Cache<List<Object>, OutputFile> parts,
            Cache<String, Made> last, Split sizes) {
        this.markdown = markdown;
        this.entries = entries;
        this.parts = parts;
        this.last = last;
        this.sizes = sizes;
    }

    /** A term's postings as written: the pairs ({@code [question, weight, …]}, by question) and their JSON. */
    public record Written(int[] pairs, String json) {
    }

    /**
     * What a build of the index made that the next may use again: its postings, and each question's JSON
     * array with the numbers of its category and level in it ({@link #questionArrays}).
     */
    public record Made(Postings postings, List<String> arrays, int[] categories, int[] levels) {
    }

    /**
     * The postings of a build, and what they were made from: the documents (the questions' entries, then the
     * pages' sections' weights), the acronyms defined in them, the site's synonyms, the synonyms made from
     * both; each term's postings, and the terms in order.
     */
    record Postings(List<Entry> docs, List<Map<String, Integer>> sections, List<Acronyms.Definition> definitions,
            Map<String, List<String>> siteSynonyms, Synonyms synonyms, Map<String, Written> terms, List<String> order) {
    }

    /** Whether a site path is a part of a split index: the pages do not load it, search.js does when it needs it. */
    public static boolean isPart(String path) {
        return path.startsWith(PART) && path.endsWith(".js");
    }

    /**
     * What the index holds of each question of a guide, in its order ({@code Guide.questions()}): from the
     * cache, or else made from the question's plain text. Each text is read once, and its slot of
     * {@code texts} cleared as its entry is made: the texts are memory the pages, rendered meanwhile, need,
     * and the tasks of the pool's threads can stay reachable after this returns (a parallel stream's held
     * them to the end of the index in a large build; docs/performance.md).
     *
     * @param texts each question's plain text, in the guide's order, as its views were rendered; emptied
     */
    public List<Entry> entries(Guide guide, SearchText[] texts) {
        List<Question> questions = guide.questions().toList();
        if (texts.length != questions.size()) {
            throw new IllegalArgumentException(texts.length + " search texts for " + questions.size() + " questions");
        }
        return Parallel.map(IntStream.range(0, questions.size()).boxed().toList(), i -> {
            SearchText text = texts[i];
            texts[i] = null;
            return entry(questions.get(i), text);
        });
    }

    /**
     * The index files of a library's guides as one ({@code all}, each category's id starting with its guide's
     * folder, {@code dynamodb/gsi}) from the entries the guides' own builds made ({@code indexed}): {@link #PATH}
     * first, then the parts it names when the index is split. {@code guides} holds the guides' titles by id, for
     * the guide filter. The free-form pages are rendered here, with the library's folder as their root.
     */
    public List<OutputFile> build(Guide all, Map<String, String> guides, List<Entry> indexed) {
        return build(all, guides, indexed, page -> markdown.render(page.body(), "", 2));
    }

    /**
     * The index files for a guide from its questions' {@link #entries}: {@link #PATH} first, then the parts it
     * names when the index is split; the same guide always gives the same files, and they name no guide. The
     * free-form pages are cut into sections from {@code pages}, their views, whose HTML is not rendered again.
     */
    public List<OutputFile> build(Guide guide, List<PageView> pages, List<Entry> indexed) {
        Map<String, String> html = new HashMap<>();
        pages.forEach(p -> html.put(p.id(), p.html()));
        return build(guide, null, indexed, page -> html.get(page.id()));
    }

    /** The index with {@code guides} null for a guide on its own, each free-form page's HTML from {@code html}. */
    private List<OutputFile> build(Guide guide, Map<String, String> guides, List<Entry> indexed, Function<Page, String> html) {
        List<List<String>> keyPoints = indexed.stream().map(Entry::keyPoints).toList();
        List<PageSections.Section> sections = sections(guide, html);
        List<Map<String, Integer>> sectionWeights = sections.stream().map(SearchIndex::weights).toList();
        List<Acronyms.Definition> definitions = new ArrayList<>();
        indexed.forEach(e -> definitions.addAll(e.definitions()));
        sections.forEach(s -> definitions.addAll(Acronyms.in(s.text())));
        List<List<String>> prompts = indexed.stream().map(Entry::prompt).toList();

        Made made = last.get(PATH);
        Postings before = made == null ? null : made.postings();
        Postings postings = before != null && before.docs().size() == indexed.size() && before.sections().equals(sectionWeights)
                && before.definitions().equals(definitions) && before.siteSynonyms().equals(guide.site().synonyms())
                ? updated(before, indexed)
                : postings(indexed, sectionWeights, definitions, guide.site().synonyms(), before, last.keeps());
        Synonyms synonyms = postings.synonyms();
        List<String> terms = postings.order();
        String[] lists = new String[terms.size()];
        long postingsSize = 0;
        for (int t = 0; t < lists.length; t++) {
            lists[t] = postings.terms().get(terms.get(t)).json();
            postingsSize += lists[t].length() + 1;
        }

        List<String> questionArrays = questionArrays(guide, keyPoints, prompts, indexed, postings, made);
        long questionsLength = 2 + Math.max(0, questionArrays.size() - 1);
        for (String array : questionArrays) {
            questionsLength += array.length();
        }
        // Everything but the postings, as one JSON object, whose closing brace is left off for the postings or
        // the shard table to follow. The questions go in after the levels: in one file, and in a split core up
        // to a size, as they are; above, in question parts, and the core is written again with their table.
        // Whether they fit is told from the lengths: at 10,000 questions they are megabytes of JSON.
        long withQuestionsLength = core(guide, guides, Map.of("questions", "[]"), sections, terms, synonyms).length() - 2
                + questionsLength;
        if (withQuestionsLength - 1 + postingsSize <= sizes.oneFileUpTo()) {
            String withQuestions = core(guide, guides, Map.of("questions", "[" + String.join(",", questionArrays) + "]"),
                    sections, terms, synonyms);
            String json = withQuestions.substring(0, withQuestions.length() - 1)
                    + ",\"postings\":[" + String.join(",", lists) + "]}";
            return List.of(new OutputFile(PATH, IndexScript.of("window.studyguideIndex = JSON.parse('",
                    json.getBytes(StandardCharsets.UTF_8), "');")));
        }

        List<OutputFile> files = new ArrayList<>();
        String core;
        if (questionsLength > sizes.questionsInCoreUpTo()) {
            Map<String, String> questionFields = new LinkedHashMap<>();
            questionFields.put("categorySizes", categorySizes(guide));
            questionFields.put("tags", tags(guide));
            questionFields.put("questionParts", questionParts(questionArrays, files));
            core = core(guide, guides, questionFields, sections, terms, synonyms);
        } else {
            core = core(guide, guides, Map.of("questions", "[" + String.join(",", questionArrays) + "]"), sections, terms,
                    synonyms);
        }
        core = core.substring(0, core.length() - 1);
        StringBuilder table = new StringBuilder();
        List<Integer> starts = shardStarts(Arrays.stream(lists).mapToInt(String::length).toArray(), sizes.shardSize());
        for (int k = 0; k < starts.size(); k++) {
            int first = starts.get(k);
            int end = k + 1 < starts.size() ? starts.get(k + 1) : lists.length;
            List<String> shardLists = Arrays.asList(lists).subList(first, end);
            // By reference: a term's JSON is the same string as long as its postings are the same (json()).
            List<Object> key = List.of(PART + k + "-", first, shardLists.stream().map(Same::new).toList());
            OutputFile shard = part(key, PART + k + "-",
                    () -> "{\"first\":" + first + ",\"postings\":[" + String.join(",", shardLists) + "]}");
            files.add(shard);
            table.append(k == 0 ? "" : ",").append('[').append(first).append(",\"").append(fileName(shard)).append("\"]");
        }
        OutputFile coreFile = part(PART + "core-", core + ",\"shards\":[" + table + "]}");
        // The question parts came first (questionParts); the core and the shards go before them.
        files.add(0, coreFile);
        // Only a file name: nothing a page has to parse before the reader searches.
        files.add(0, new OutputFile(PATH, IndexScript.of("window.studyguideIndex = JSON.parse('",
                ("{\"format\":" + FORMAT + ",\"core\":\"" + fileName(coreFile) + "\"}").getBytes(StandardCharsets.UTF_8),
                "');")));
        return files;
    }

    /**
     * Where each shard starts: consecutive terms, in order, are put together until one more would make the
     * shard's JSON larger than {@code shardSize}; a term larger than that on its own is a shard of its own.
     *
     * @param sizes the length of each term's postings as JSON, in term order
     * @return the first term of each shard, in order (none when there are no terms)
     */
    static List<Integer> shardStarts(int[] sizes, int shardSize) {
        List<Integer> starts = new ArrayList<>();
        long size = 0;
        for (int t = 0; t < sizes.length; t++) {
            // The comma that separates the term's list from the previous one counts too.
            if (starts.isEmpty() || size + 1 + sizes[t] > shardSize) {
                starts.add(t);
                size = 0;
            }
            size += 1 + sizes[t];
        }
        return starts;
    }

    /**
     * The guide's title, stop words, synonyms, categories, levels, then {@code fields} (JSON values by key, in
     * order: the questions, or what a split index has instead), pages' sections and terms, as a JSON object.
     */
    private static String core(Guide guide, Map<String, String> guides, Map<String, String> fields, List<PageSections.Section> sections,
            List<String> terms, Synonyms synonyms) {
        List<String> levels = guide.site().levels();
        StringWriter json = new StringWriter();
        try (JsonGenerator out = JSON.createGenerator(json)) {
            out.writeStartObject();
            out.writeNumberField("format", FORMAT);
            out.writeStringField("guide", guide.site().title());
            out.writeStringField("lang", guide.site().lang());
            out.writeArrayFieldStart("stopWords");
            for (String w : SearchTerms.STOP_WORDS) {
                out.writeString(w);
            }
            out.writeEndArray();
            out.writeArrayFieldStart("synonyms");
            for (List<String> group : synonyms.phrases()) {
                out.writeStartArray();
                for (String phrase : group) {
                    out.writeString(phrase);
                }
                out.writeEndArray();
            }
            out.writeEndArray();
            if (guides != null) {
                // A library's: its guides, [id, title], for the guide filter; each category then names its guide.
                out.writeArrayFieldStart("guides");
                for (Map.Entry<String, String> g : guides.entrySet()) {
                    out.writeStartArray();
                    out.writeString(g.getKey());
                    out.writeString(g.getValue());
                    out.writeEndArray();
                }
                out.writeEndArray();
            }
            out.writeArrayFieldStart("categories");
            for (Category c : guide.categories()) {
                out.writeStartArray();
                out.writeString(c.id());
                out.writeString(c.title());
                out.writeString(c.id() + ".html");
                out.writeString(QuestionUrls.folder(c.id()));
                if (guides != null) {
                    out.writeString(c.id().substring(0, c.id().indexOf('/')));
                }
                out.writeEndArray();
            }
            out.writeEndArray();
            out.writeArrayFieldStart("levels");
            Labels labels = Labels.of(guide.site());
            for (String level : levels) {
                out.writeStartArray();
                out.writeString(level);
                out.writeString(ViewBuilder.label(level, labels));
                out.writeEndArray();
            }
            out.writeEndArray();
            for (Map.Entry<String, String> field : fields.entrySet()) {
                out.writeFieldName(field.getKey());
                out.writeRawValue(field.getValue());
            }
            // One array per section of a free-form page: the page's title, the section's heading, its address.
            out.writeArrayFieldStart("pages");
            for (PageSections.Section section : sections) {
                out.writeStartArray();
                out.writeString(section.pageTitle());
                out.writeString(section.heading());
                out.writeString(section.href());
                out.writeEndArray();
            }
            out.writeEndArray();
            out.writeArrayFieldStart("terms");
            for (String term : terms) {
                out.writeString(term);
            }
            out.writeEndArray();
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string cannot fail", e);
        }
        return json.toString();
    }

    /**
     * One JSON array per question, in document order: id, question (plain text), category number, level
     * number (-1: none), tags, key points; then, only when the question has a prompt or options or a
     * formatted title: their lines (empty when none), and only when the title has inline Markdown, its
     * formatted form (see TitleTree).
     */
    private List<String> questionArrays(Guide guide, List<List<String>> keyPoints, List<List<String>> prompts,
            List<Entry> indexed, Postings postings, Made before) {
        List<String> levels = guide.site().levels();
        List<String> arrays = new ArrayList<>();
        int[] categories = new int[indexed.size()];
        int[] levelNumbers = new int[indexed.size()];
        try {
            for (int c = 0; c < guide.categories().size(); c++) {
                for (Question q : guide.categories().get(c).questions()) {
                    int doc = arrays.size();
                    int level = q.level() == null ? -1 : levels.indexOf(q.level());
                    categories[doc] = c;
                    levelNumbers[doc] = level;
                    // The same entry is the same question: its array is the last build's where its numbers are too.
                    if (before != null && doc < before.arrays().size() && indexed.get(doc) == before.postings().docs().get(doc)
                            && before.categories()[doc] == c && before.levels()[doc] == level) {
                        arrays.add(before.arrays().get(doc));
                        continue;
                    }
                    Title title = markdown.title(q.question());
                    StringWriter json = new StringWriter();
                    try (JsonGenerator out = JSON.createGenerator(json)) {
                        out.writeStartArray();
                        out.writeString(q.id());
                        out.writeString(title.text());
                        out.writeNumber(c);
                        out.writeNumber(level);
                        out.writeStartArray();
                        for (String t : q.tags()) {
                            out.writeString(t);
                        }
                        out.writeEndArray();
                        out.writeStartArray();
                        for (String k : keyPoints.get(doc)) {
                            out.writeString(k);
                        }
                        out.writeEndArray();
                        if (!prompts.get(doc).isEmpty() || title.formatted()) {
                            out.writeStartArray();
                            for (String line : prompts.get(doc)) {
                                out.writeString(line);
                            }
                            out.writeEndArray();
                        }
                        if (title.formatted()) {
                            TitleTree.write(title.html(), out);
                        }
                        out.writeEndArray();
                    }
                    arrays.add(json.toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string cannot fail", e);
        }
        last.put(PATH, new Made(postings, arrays, categories, levelNumbers));
        return arrays;
    }

    /**
     * The questions of a split index too large to keep them in its core, in parts of about an eighth of a
     * shard (16 KiB of JSON by default, some fifty questions), each {@code {"first": d, "questions": [...]}}:
     * search.js loads the parts of the results it shows, so the first results need a few small parts rather
     * than every question. Adds the parts to {@code files} and returns their table,
     * {@code [[first question, file name], ...]}, as JSON.
     */
    private String questionParts(List<String> arrays, List<OutputFile> files) {
        StringBuilder table = new StringBuilder("[");
        List<Integer> starts = shardStarts(arrays.stream().mapToInt(String::length).toArray(), Math.max(1, sizes.shardSize() / 8));
        for (int k = 0; k < starts.size(); k++) {
            int first = starts.get(k);
            int end = k + 1 < starts.size() ? starts.get(k + 1) : arrays.size();
            List<String> partArrays = arrays.subList(first, end);
            // By reference: a question's array is the same string as long as it is the same (questionArrays()).
            List<Object> key = List.of(PART + "q" + k + "-", first, partArrays.stream().map(Same::new).toList());
            OutputFile part = part(key, PART + "q" + k + "-", () -> "{\"first\":" + first + ",\"questions\":["
                    + String.join(",", partArrays) + "]}");
            files.add(part);
            table.append(k == 0 ? "" : ",").append('[').append(first).append(",\"").append(fileName(part)).append("\"]");
        }
        return table.append(']').toString();
    }

    /** The number of questions of each category, in site order: a question's category, for the category filter, without its part. */
    private static String categorySizes(Guide guide) {
        return guide.categories().stream().map(c -> String.valueOf(c.questions().size()))
                .collect(Collectors.joining(",", "[", "]"));
    }

    /** Every tag of the guide's questions, sorted: the tag filter's choices, without loading the questions. */
    private static String tags(Guide guide) {
        StringWriter json = new StringWriter();
        try (JsonGenerator out = JSON.createGenerator(json)) {
            out.writeStartArray();
            for (String tag : guide.questions().flatMap(q -> q.tags().stream()).distinct().sorted().toList()) {
                out.writeString(tag);
            }
            out.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string cannot fail", e);
        }
        return json.toString();
    }

    /** A part of a split index: a script that registers its JSON under its own file name, which ends with the JSON's hash. */
    private OutputFile part(String pathStart, String json) {
        return part(List.of(pathStart, json), pathStart, () -> json);
    }

    /** {@link #part(String, String)} kept by {@code key}, which holds everything the JSON is made from. */
    private OutputFile part(List<Object> key, String pathStart, Supplier<String> json) {
        if (!parts.keeps()) {
            return newPart(pathStart, json.get());
        }
        OutputFile kept = parts.get(key);
        if (kept != null) {
            return kept;
        }
        OutputFile part = newPart(pathStart, json.get());
        parts.put(key, part);
        return part;
    }

    /**
     * The postings of every document: the questions in order, so that each term's (question, weight) pairs come
     * out sorted by question, then the pages' sections, numbered after the questions. A term whose pairs are
     * those of {@code before} keeps its JSON, so that its shard is found by it. Without {@code keep}, the pairs
     * are not kept once written as JSON: no later build compares them.
     */
    private static Postings postings(List<Entry> docs, List<Map<String, Integer>> sections,
            List<Acronyms.Definition> definitions, Map<String, List<String>> siteSynonyms, Postings before, boolean keep) {
        Synonyms synonyms = Synonyms.of(definitions, siteSynonyms);
        Map<String, Pairs> pairs = new HashMap<>(before == null ? 16 : before.terms().size() * 2);
        for (int doc = 0; doc < docs.size(); doc++) {
            int d = doc;
            eachTerm(docs.get(doc), synonyms, (term, w) -> pairs.computeIfAbsent(term, t -> new Pairs()).add(d, w));
        }
        for (int s = 0; s < sections.size(); s++) {
            int d = docs.size() + s;
            synonyms.expand(sections.get(s)).forEach((term, w) -> pairs.computeIfAbsent(term, t -> new Pairs()).add(d, w));
        }
        Map<String, Written> terms = new HashMap<>(pairs.size() * 2);
        pairs.forEach((term, p) -> terms.put(term, keep ? written(p.pairs, p.size, before == null ? null : before.terms().get(term))
                : new Written(null, json(p.pairs, p.size))));
        List<String> order = new ArrayList<>(terms.keySet());
        Collections.sort(order);
        return new Postings(docs, sections, definitions, siteSynonyms, synonyms, terms, order);
    }

    /**
     * {@code before}'s postings with those of the documents whose entry changed made again: the same documents
     * in number, sections and acronyms, so the same synonyms, and most terms' postings the same.
     */
    private static Postings updated(Postings before, List<Entry> docs) {
        List<Integer> changed = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            if (docs.get(d) != before.docs().get(d)) {
                changed.add(d);
            }
        }
        if (changed.isEmpty()) {
            return new Postings(docs, before.sections(), before.definitions(), before.siteSynonyms(), before.synonyms(),
                    before.terms(), before.order());
        }
        // Each changed document's pairs, old and new, by term: every other document's stay as they were.
        Map<String, Map<Integer, Integer>> now = new HashMap<>();
        for (int d : changed) {
            int doc = d;
            terms(before.docs().get(d), before.synonyms()).keySet().forEach(t -> now.computeIfAbsent(t, x -> new HashMap<>()));
            terms(docs.get(d), before.synonyms()).forEach((t, w) -> now.computeIfAbsent(t, x -> new HashMap<>()).put(doc, w));
        }
        Map<String, Written> terms = new HashMap<>(before.terms());
        boolean termsChanged = false;
        for (Map.Entry<String, Map<Integer, Integer>> e : now.entrySet()) {
            Written old = before.terms().get(e.getKey());
            int[] was = old == null ? new int[0] : old.pairs();
            Pairs pairs = new Pairs(was.length + 2 * changed.size());
            int i = 0;
            for (int d : changed) {
                for (; i < was.length && was[i] < d; i += 2) {
                    pairs.add(was[i], was[i + 1]);
                }
                if (i < was.length && was[i] == d) {
                    i += 2;
                }
                Integer weight = e.getValue().get(d);
                if (weight != null) {
                    pairs.add(d, weight);
                }
            }
            for (; i < was.length; i += 2) {
                pairs.add(was[i], was[i + 1]);
            }
            if (pairs.size == 0) {
                terms.remove(e.getKey());
                termsChanged = true;
            } else {
                termsChanged |= old == null;
                terms.put(e.getKey(), written(pairs.pairs, pairs.size, old));
            }
        }
        List<String> order = before.order();
        if (termsChanged) {
            order = new ArrayList<>(terms.keySet());
            Collections.sort(order);
        }
        return new Postings(docs, before.sections(), before.definitions(), before.siteSynonyms(), before.synonyms(),
                terms, order);
    }

    /** A question's terms with their weights: its own, then those its synonyms add (none of which it has). */
    private static Map<String, Integer> terms(Entry e, Synonyms synonyms) {
        Map<String, Integer> terms = new LinkedHashMap<>();
        eachTerm(e, synonyms, terms::put);
        return terms;
    }

    /** {@link #terms}, each passed on as it comes, for the postings of every question without a map each. */
    private static void eachTerm(Entry e, Synonyms synonyms, BiConsumer<String, Integer> term) {
        for (int i = 0; i < e.terms().length; i++) {
            term.accept(e.terms()[i], e.weights()[i]);
        }
        synonyms.added(e.terms(), e.weights()).forEach(term);
    }

    /** The term's postings as written: {@code before}'s when its pairs are the same, so that its shard is found by it. */
    private static Written written(int[] pairs, int size, Written before) {
        if (before != null && Arrays.equals(before.pairs(), 0, before.pairs().length, pairs, 0, size)) {
            return before;
        }
        return new Written(pairs.length == size ? pairs : Arrays.copyOf(pairs, size), json(pairs, size));
    }

    /** Pairs as a JSON array of numbers, {@code [gap, weight, gap, weight, …]}, each question number as the gap from the previous. */
    private static String json(int[] pairs, int size) {
        StringBuilder s = new StringBuilder(size * 4 + 2).append('[');
        int previous = 0;
        for (int i = 0; i < size; i += 2) {
            s.append(i == 0 ? "" : ",").append(pairs[i] - previous).append(',').append(pairs[i + 1]);
            previous = pairs[i];
        }
        return s.append(']').toString();
    }

    private static OutputFile newPart(String pathStart, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        String path = pathStart + ContentHash.of(bytes) + ".js";
        String name = path.substring(path.lastIndexOf('/') + 1);
        return new OutputFile(path, IndexScript.of("(window.studyguideIndexParts = window.studyguideIndexParts || {})['"
                + name + "'] = '", bytes, "';"));
    }

    private static String fileName(OutputFile file) {
        return file.path().substring(file.path().lastIndexOf('/') + 1);
    }

    /** One term's (question, weight) pairs as they are gathered. */
    private static final class Pairs {
        private int[] pairs;
        private int size;

        Pairs() {
            this(4);
        }

        Pairs(int capacity) {
            pairs = new int[Math.max(2, capacity)];
        }

        void add(int doc, int weight) {
            if (size == pairs.length) {
                pairs = Arrays.copyOf(pairs, size * 2);
            }
            pairs[size++] = doc;
            pairs[size++] = weight;
        }
    }

    /**
     * A question as the key of its entry, hashed once: a question's hash goes through every field of the
     * record, and an entry found by reference ({@link KeptEntry}) touches this key every build without it.
     */
    private record QuestionKey(Question question, int hash) {

        static QuestionKey of(Question q) {
            return new QuestionKey(q, q.hashCode());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof QuestionKey k && k.hash == hash && k.question.equals(question);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * An entry with the key it is kept by value, under that key and by reference to its question ({@link Same}):
     * a question of an unchanged category file is the same object as in the last build, and is found without a
     * hash through its fields; a category file read again makes equal questions that are new objects, found by
     * value, so the key is kept alive too, and touched as the very object the cache holds (an equal key would
     * compare every field of the question).
     */
    private record KeptEntry(Entry entry, QuestionKey key) {
    }

    /** The entry that a build with {@code entries} made for a question equal to {@code q}, or null. */
    public static Entry kept(Cache<Object, Object> entries, Question q) {
        return entries.get(QuestionKey.of(q)) instanceof KeptEntry kept ? kept.entry() : null;
    }

    private Entry entry(Question q, SearchText searchText) {
        if (!entries.keeps()) {
            return newEntry(q, searchText);
        }
        Same same = new Same(q);
        if (entries.get(same) instanceof KeptEntry kept) {
            entries.get(kept.key());
            return kept.entry();
        }
        QuestionKey key = QuestionKey.of(q);
        KeptEntry kept = entries.get(key) instanceof KeptEntry equal ? equal : null;
        if (kept == null) {
            kept = new KeptEntry(newEntry(q, searchText), key);
            entries.put(key, kept);
        }
        entries.put(same, kept);
        return kept.entry();
    }

    private Entry newEntry(Question q, SearchText searchText) {
        // Key points as plain one-line text: they are shown in results and flashcards, inserted as text.
        List<String> keyPoints = searchText.keyPoints().stream().map(PlainText::oneLine).toList();
        Map<Field, String> text = text(q, keyPoints, searchText);
        Map<String, Double> weights = weights(text);
        String[] terms = new String[weights.size()];
        int[] values = new int[weights.size()];
        int i = 0;
        for (Map.Entry<String, Double> w : weights.entrySet()) {
            terms[i] = dictionary.computeIfAbsent(w.getKey(), t -> t);
            values[i++] = (int) Math.round(w.getValue());
        }
        List<Acronyms.Definition> definitions = new ArrayList<>();
        text.values().forEach(t -> definitions.addAll(Acronyms.in(t)));
        // References' titles are not searched, but they often spell out an acronym: "global secondary index (GSI)".
        q.references().forEach(r -> definitions.addAll(Acronyms.in(r.title())));
        return new Entry(keyPoints, lines(searchText.prompt()), terms, values, List.copyOf(definitions));
    }

    /** The sections of the guide's free-form pages, in site order. */
    private static List<PageSections.Section> sections(Guide guide, Function<Page, String> html) {
        List<PageSections.Section> sections = new ArrayList<>();
        for (Page page : guide.pages()) {
            if (page.body() != null) {
                sections.addAll(PageSections.of(page, html.apply(page)));
            }
        }
        return sections;
    }

    /** A section's terms and weights: its heading counts as a question's words, its page's title as key points. */
    private static Map<String, Integer> weights(PageSections.Section section) {
        Map<Field, String> text = new EnumMap<>(Field.class);
        text.put(Field.QUESTION, section.heading());
        text.put(Field.KEY_POINTS, section.pageTitle());
        text.put(Field.ANSWER, section.text());
        Map<String, Integer> rounded = new LinkedHashMap<>();
        weights(text).forEach((t, w) -> rounded.put(t, (int) Math.round(w)));
        return rounded;
    }

    /** The non-blank lines of a text, each with its runs of white space made one space. */
    private static List<String> lines(String text) {
        return text.lines().map(PlainText::oneLine).filter(l -> !l.isEmpty()).toList();
    }

    /** The text of each field of one question. */
    private Map<Field, String> text(Question q, List<String> keyPoints, SearchText searchText) {
        Map<Field, String> fields = new EnumMap<>(Field.class);
        fields.put(Field.QUESTION, markdown.title(q.question()).text());
        fields.put(Field.TAGS, String.join(" ", q.tags()));
        fields.put(Field.KEY_POINTS, String.join("\n", keyPoints));
        fields.put(Field.PROMPT, searchText.prompt());
        fields.put(Field.ANSWER, searchText.answer());
        fields.put(Field.CODE, String.join("\n", q.snippets().stream().map(Snippet::code).toList()));
        return fields;
    }

    /** The weight of every term of one question's fields, before rounding. */
    static Map<String, Double> weights(Map<Field, String> text) {
        Map<String, Double> sum = new HashMap<>();
        text.forEach((field, t) -> {
            Map<String, Integer> counts = new HashMap<>();
            SearchTerms.of(t).forEach(term -> counts.merge(term, 1, Integer::sum));
            counts.forEach((term, n) -> sum.merge(term, field.weight * (1 + Math.log(n)), Double::sum));
        });
        return sum;
    }
}
