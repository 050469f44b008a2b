package studyguide.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import studyguide.cache.Cache;
import studyguide.cache.Same;
import studyguide.diagram.DiagramRenderer;
import studyguide.diagram.ReadableWidth;
import studyguide.markdown.HtmlIds;
import studyguide.markdown.MarkdownRenderer;
import studyguide.markdown.MarkdownRenderer.Output;
import studyguide.markdown.Title;
import studyguide.model.Category;
import studyguide.model.Choice;
import studyguide.model.Diagram;
import studyguide.model.Guide;
import studyguide.model.Markdown;
import studyguide.model.Page;
import studyguide.model.Question;
import studyguide.view.Views.CategoryLink;
import studyguide.view.Views.CategoryView;
import studyguide.view.Views.ChoiceView;
import studyguide.view.Views.DiagramView;
import studyguide.view.Views.LevelCount;
import studyguide.view.Views.LevelGroup;
import studyguide.view.Views.LevelView;
import studyguide.view.Views.PageLink;
import studyguide.view.Views.PageView;
import studyguide.view.Views.QuestionView;
import studyguide.view.Views.RelatedLink;
import studyguide.view.Views.SiteView;

/**
 * Renders a guide's Markdown and diagrams (in parallel) and shapes the result into template views, and into
 * the plain text the search index reads (made from the same parse).
 */
public final class ViewBuilder {

    /** Answers sit under a question's h3 and its h4 section headings, so their own headings start at h5. */
    private static final int ANSWER_TOP_HEADING = 5;

    /** Names the tool in the pages' generator meta tag. */
    public static final String GENERATOR = "studyguide";

    private final MarkdownRenderer markdown;
    private final DiagramRenderer diagrams;
    private final Cache<Object, Object> earlier;

    /**
     * What a guide renders into: the views, and each question's plain text for the search index, in the
     * guide's order of questions ({@code Guide.questions()}), kept apart from the views, which the pages,
     * sheets and exports hold to the end of the build.
     */
    public record Built(RenderedGuide views, List<SearchText> searchTexts) {
    }

    /** A category's view and its questions' plain text. */
    private record CategoryParts(CategoryView view, List<SearchText> searchTexts) {
    }

    /** A question's view and its plain text. */
    private record QuestionParts(QuestionView view, SearchText searchText) {
    }

    /**
     * A question's parts as an earlier build made them, with what their texts reported then ({@code serve}), and
     * the key they are kept by.
     */
    private record KeptQuestion(QuestionParts parts, List<MarkdownRenderer.Report> reports, QuestionKey key) {
    }

    /**
     * What a question's parts are made from, by value: the question, its category's id and title, the site's
     * words (by reference, see {@link #same}) and its related links. The hash is taken once: a kept question
     * found by reference (see {@link #question}) keeps this key in the cache too, for a build that reads its
     * category file again and so makes equal questions that are new objects.
     */
    private record QuestionKey(Question question, String category, String categoryTitle, Same labels,
            List<RelatedLink> related, int hash) {

        static QuestionKey of(Question q, Category c, Labels labels, List<RelatedLink> related) {
            Same words = new Same(labels);
            return new QuestionKey(q, c.id(), c.title(), words, related, Objects.hash(q, c.id(), c.title(), words, related));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof QuestionKey k && k.hash == hash && k.question.equals(question) && k.category.equals(category)
                    && Objects.equals(k.categoryTitle, categoryTitle) && k.labels.equals(labels) && k.related.equals(related);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    public ViewBuilder(MarkdownRenderer markdown, DiagramRenderer diagrams) {
        this(markdown, diagrams, Cache.none());
    }

    /**
     * A builder that hands back, in place of a site's, a category's or a question's view equal to one an earlier build with
     * the same cache made, that earlier view ({@code serve}): the pages' keys ({@link PageRenderer}) then
     * compare them by reference, not string by string, and a site's words (a map of hundreds) once a build.
     */
    public ViewBuilder(MarkdownRenderer markdown, DiagramRenderer diagrams, Cache<Object, Object> earlier) {
        this.markdown = markdown;
        this.diagrams = diagrams;
        this.earlier = earlier;
    }

    public Built build(Guide guide, String baseUrl) {
        return build(guide, baseUrl, null);
    }

    /** The views of a guide that stands in a library at {@code place} (null for a guide on its own). */
    public Built build(Guide guide, String baseUrl, Views.Place place) {
        List<String> levels = guide.site().levels();
        // One by value per build: the questions' keys then hold it by reference (a map of hundreds of words).
        Labels labels = same(Labels.of(guide.site()));
        Outline outline = outline(guide.categories());
        Map<String, String> hrefs = outline.hrefs();
        Map<String, Title> texts = outline.titles();
        List<CategoryParts> parts = guide.categories().parallelStream()
                .map(c -> category(c, levels, labels, hrefs, texts))
                .toList();
        List<CategoryView> categories = parts.stream().map(CategoryParts::view).toList();
        List<SearchText> searchTexts = parts.stream().flatMap(c -> c.searchTexts().stream()).toList();
        List<PageView> pages = guide.pages().parallelStream().map(this::page).toList();
        List<CategoryLink> links = categories.stream().map(c -> link(c, levels, labels)).toList();
        List<PageLink> pageLinks = pages.stream().map(p -> new PageLink(p.id(), p.title(), p.href())).toList();
        List<LevelView> shown = guide.questions().anyMatch(q -> q.level() != null)
                ? levels.stream().map(l -> new LevelView(l, label(l, labels))).toList() : List.of();
        SiteView site = same(new SiteView(guide.site().title(), guide.site().description(), links, pageLinks, shown, baseUrl,
                guide.questionCount(), GENERATOR, guide.site().lang(), labels, guide.site().license(), guide.site().source(),
                place));
        return new Built(new RenderedGuide(site, categories, pages), searchTexts);
    }

    /**
     * Every question's address and title by its id, for the related links and the questions' keys; with the
     * categories they were made from, and the titles by their Markdown. In {@code serve}, the earlier build's while
     * they are equal, so that a question's key holds them by reference ({@link Same}).
     */
    private record Outline(List<Category> categories, Map<String, String> hrefs, Map<String, Title> titles,
            Map<String, Title> byText) {

        /** Stands for the outline in the cache of earlier views, whose other keys are views compared by value. */
        static final Object KEY = new Object();

        /**
         * Whether these categories give the same addresses and titles: the same categories with the same questions
         * in the same order, each the same object (its category file was not read again) or of the same id and title.
         */
        boolean holds(List<Category> others) {
            return Category.sameQuestions(others, categories,
                    (q, b) -> q.id().equals(b.id()) && q.question().equals(b.question()));
        }
    }

    /**
     * The guide's outline. Comparing the earlier build's with the guide is a pass over the questions by reference;
     * making the maps and finding the earlier ones equal to them hashed 10,000 addresses and titles on the main
     * thread in every rebuild of {@code serve}.
     */
    private Outline outline(List<Category> categories) {
        Outline before = earlier.keeps() && earlier.get(Outline.KEY) instanceof Outline o ? o : null;
        if (before != null && before.holds(categories)) {
            Outline outline = new Outline(categories, before.hrefs(), before.titles(), before.byText());
            earlier.put(Outline.KEY, outline);
            return outline;
        }
        // A title of the earlier outline is taken by its text: the Markdown renderer keeps only the titles a build
        // asked it for, and rebuilds that reused the outline asked for none.
        Map<String, Title> byText = new HashMap<>();
        Map<String, String> addresses = new HashMap<>();
        Map<String, Title> titles = new HashMap<>();
        for (Category c : categories) {
            for (Question q : c.questions()) {
                addresses.put(q.id(), QuestionUrls.anchor(c.id(), q.id()));
                Title title = before == null ? null : before.byText().get(q.question());
                if (title == null) {
                    title = markdown.title(q.question());
                }
                byText.put(q.question(), title);
                titles.put(q.id(), title);
            }
        }
        // The earlier build's, while equal: a question's key then holds them by reference (Same).
        Outline outline = new Outline(categories, same(addresses), same(titles), earlier.keeps() ? byText : Map.of());
        if (earlier.keeps()) {
            earlier.put(Outline.KEY, outline);
        }
        return outline;
    }

    private CategoryParts category(Category c, List<String> levels, Labels labels, Map<String, String> hrefs,
            Map<String, Title> texts) {
        List<QuestionParts> parts = c.questions().parallelStream()
                .map(q -> question(q, c, labels, hrefs, texts))
                .toList();
        List<QuestionView> questions = parts.stream().map(QuestionParts::view).toList();
        List<LevelGroup> groups = new ArrayList<>();
        List<QuestionView> unlevelled = questions.stream().filter(q -> q.level() == null).toList();
        if (!unlevelled.isEmpty()) {
            groups.add(new LevelGroup(null, labels.get("no_level_group"), unlevelled));
        }
        for (String level : levels) {
            List<QuestionView> inLevel = questions.stream().filter(q -> level.equals(q.level())).toList();
            if (!inLevel.isEmpty()) {
                groups.add(new LevelGroup(level, label(level, labels), inLevel));
            }
        }
        // The summary's ids ("gsi--summary-fn-1") apart from those of a question with the category's own id ("gsi--fn-1").
        CategoryView view = new CategoryView(c.id(), c.title(), c.id() + ".html", html(c.summary(), c.id() + "--summary-"),
                questions.size(), groups);
        return new CategoryParts(sameCategory(view), parts.stream().map(QuestionParts::searchText).toList());
    }

    /**
     * A question's parts; in {@code serve}, those an earlier build made from an equal question in an equal
     * place, whose texts report again what they reported then: an unchanged question costs one lookup, not
     * one in the Markdown cache for each of its texts.
     */
    private QuestionParts question(Question q, Category c, Labels labels, Map<String, String> hrefs,
            Map<String, Title> texts) {
        // First by reference: the same question (its category file did not change) among the same titles and
        // addresses costs no hash through its fields, nor its related links made and compared.
        List<Object> same = earlier.keeps()
                ? Arrays.asList(new Same(q), c.id(), c.title(), new Same(labels), new Same(hrefs), new Same(texts)) : null;
        if (same != null && earlier.get(same) instanceof KeptQuestion kept) {
            earlier.get(kept.key()); // kept for the next build, whose category may be read again
            markdown.reportAgain(kept.reports());
            return kept.parts();
        }
        List<RelatedLink> related = q.related().stream()
                .map(r -> r.value())
                .filter(hrefs::containsKey)
                .map(id -> new RelatedLink(id, texts.get(id).text(), texts.get(id).html(), hrefs.get(id)))
                .toList();
        if (same == null) {
            return question(q, c, labels, hrefs, texts, related);
        }
        QuestionKey key = QuestionKey.of(q, c, labels, related);
        if (earlier.get(key) instanceof KeptQuestion kept) {
            earlier.put(same, kept);
            markdown.reportAgain(kept.reports());
            return kept.parts();
        }
        MarkdownRenderer.Recorded<QuestionParts> made = markdown.recorded(() -> question(q, c, labels, hrefs, texts, related));
        if (made.keepable() && drawnFromItsText(q, made.value().view())) {
            KeptQuestion kept = new KeptQuestion(made.value(), made.reports(), key);
            earlier.put(key, kept);
            earlier.put(same, kept);
        }
        return made.value();
    }

    /**
     * Whether every diagram of the question is drawn, from its text alone: one that failed reported a problem a
     * kept view would not report again, and one that includes files must be drawn again to show their edits.
     */
    private static boolean drawnFromItsText(Question q, QuestionView view) {
        return view.diagrams().size() == q.diagrams().size() && q.diagrams().stream()
                .noneMatch(d -> d.kind() == Diagram.Kind.PLANTUML && DiagramRenderer.readsFiles(d.source()));
    }

    private QuestionParts question(Question q, Category c, Labels labels, Map<String, String> hrefs,
            Map<String, Title> texts, List<RelatedLink> related) {
        String prefix = q.id() + "--";
        List<Output> keyPoints = markdown.renderInlineAll(q.keyPoints(), q.position());
        List<DiagramView> pictures = new ArrayList<>();
        for (int i = 0; i < q.diagrams().size(); i++) {
            Diagram d = q.diagrams().get(i);
            String svg = svg(d);
            if (svg != null) {
                pictures.add(new DiagramView(d.caption(), prefixed(svg, prefix + "d" + (i + 1) + "-"), d.cheatsheet(),
                        ReadableWidth.of(svg)));
            }
        }
        List<Markdown> choiceTexts = new ArrayList<>();
        List<String> choicePrefixes = new ArrayList<>();
        for (int i = 0; i < q.choices().size(); i++) {
            Choice choice = q.choices().get(i);
            String choicePrefix = prefix + "c" + (i + 1) + "-";
            choiceTexts.addAll(Arrays.asList(choice.text(), choice.explanation()));
            choicePrefixes.addAll(List.of(choicePrefix, choicePrefix + "why-"));
        }
        List<Output> choiceOutputs = markdown.renderWithTextAll(choiceTexts, choicePrefixes, ANSWER_TOP_HEADING);
        List<ChoiceView> choices = new ArrayList<>();
        StringBuilder optionsText = new StringBuilder();
        List<Output> explanations = new ArrayList<>();
        for (int i = 0; i < q.choices().size(); i++) {
            Output text = choiceOutputs.get(2 * i);
            Output explanation = choiceOutputs.get(2 * i + 1);
            choices.add(new ChoiceView(letter(i), html(text), q.choices().get(i).correct(), html(explanation)));
            optionsText.append(lineOf(text));
            explanations.add(explanation);
        }
        Title title = texts.get(q.id());
        Output prompt = answer(q.prompt(), prefix + "prompt-");
        Output answer = answer(q.answer(), prefix);
        Output intent = answer(q.interviewerIntent(), prefix + "intent-");
        QuestionView view = same(new QuestionView(q.id(), title.text(), title.html(), html(prompt), q.level(),
                q.level() == null ? null : label(q.level(), labels), c.id(), c.title(), hrefs.get(q.id()), QuestionUrls.page(c.id(), q.id()), q.tags(),
                keyPoints.stream().map(Output::html).toList(),
                html(answer), choices, html(intent), q.yourStory(), q.snippets(), pictures,
                q.followUps(), related, q.references(), q.source()));
        List<Output> blocks = new ArrayList<>(Arrays.asList(answer, intent));
        blocks.addAll(explanations);
        List<String> answerBlocks = blocks.stream().filter(Objects::nonNull).map(Output::plainText).toList();
        SearchText searchText = new SearchText(keyPoints.stream().map(Output::plainText).toList(),
                lineOf(prompt) + optionsText, answerBlocks);
        return new QuestionParts(view, searchText);
    }

    /** A block's plain text followed by a line break, as the search index reads it; "" for no block. */
    private static String lineOf(Output block) {
        return block == null ? "" : block.plainText() + "\n";
    }

    private static String html(Output block) {
        return block == null ? null : block.html();
    }

    /** The view an earlier build made equal to this one, if it is kept, else this one. */
    @SuppressWarnings("unchecked")
    private <T> T same(T view) {
        if (!earlier.keeps()) {
            return view;
        }
        Object kept = earlier.get(view);
        if (kept != null) {
            return (T) kept;
        }
        earlier.put(view, view);
        return view;
    }

    /**
     * {@link #same} for a category: its questions' views are the earlier build's where they did not change, so
     * they are compared by reference, not hashed through every field of each (1,250 questions a category at
     * 10,000).
     */
    private CategoryView sameCategory(CategoryView view) {
        if (!earlier.keeps()) {
            return view;
        }
        List<Object> key = new ArrayList<>();
        key.add(view.id());
        key.add(view.title());
        key.add(view.summaryHtml());
        for (LevelGroup g : view.groups()) {
            key.add(g.level());
            key.add(g.label());
            g.questions().forEach(q -> key.add(new Same(q)));
        }
        if (earlier.get(key) instanceof CategoryView kept) {
            return kept;
        }
        earlier.put(key, view);
        return view;
    }

    /** A, B, … Z, then AA, AB, …: how options are named in print and read out. */
    static String letter(int index) {
        String letter = String.valueOf((char) ('A' + index % 26));
        return index < 26 ? letter : letter(index / 26 - 1) + letter;
    }

    private String svg(Diagram d) {
        return d.kind() == Diagram.Kind.PLANTUML ? diagrams.plantUmlFile(d.source(), d.position().plusLines(1), d.file())
                : diagrams.svgFile(d.source(), d.position());
    }

    /**
     * A diagram's SVG with its ids prefixed, kept with the views: an SVG is large, and prefixing every diagram
     * of the guide again on each rebuild cost more than the rest of their questions' views.
     */
    private String prefixed(String svg, String idPrefix) {
        if (!earlier.keeps()) {
            return HtmlIds.prefix(svg, idPrefix);
        }
        List<String> key = List.of(svg, idPrefix);
        Object kept = earlier.get(key);
        if (kept instanceof String done) {
            return done;
        }
        String done = HtmlIds.prefix(svg, idPrefix);
        earlier.put(key, done);
        return done;
    }

    private PageView page(Page p) {
        return new PageView(p.id(), p.title(), p.id() + ".html", p.body() == null ? "" : markdown.render(p.body(), "", 2));
    }

    private String html(Markdown md, String idPrefix) {
        return md == null ? null : markdown.render(md, idPrefix, ANSWER_TOP_HEADING);
    }

    /** {@link #html(Markdown, String)} with the plain text; null for no Markdown. */
    private Output answer(Markdown md, String idPrefix) {
        return md == null ? null : markdown.renderWithText(md, idPrefix, ANSWER_TOP_HEADING);
    }

    private static CategoryLink link(CategoryView c, List<String> levels, Labels labels) {
        List<LevelCount> counts = new ArrayList<>();
        for (LevelGroup g : c.groups()) {
            // In running text ("3 basic") a level is written in lower case, but German capitalises its nouns.
            Locale locale = Locale.forLanguageTag(labels.lang());
            String label = g.level() == null ? labels.get("no_level")
                    : locale.getLanguage().equals("de") ? g.label() : g.label().toLowerCase(locale);
            counts.add(new LevelCount(g.level(), label, g.questions().size()));
        }
        counts.sort((a, b) -> Integer.compare(order(a.level(), levels), order(b.level(), levels)));
        return new CategoryLink(c.id(), c.title(), c.href(), c.count(), counts);
    }

    private static int order(String level, List<String> levels) {
        return level == null ? levels.size() : levels.indexOf(level);
    }

    /** A level's label: the theme's words for the default levels ("basic": "Grundlagen"), else its id capitalised. */
    public static String label(String level, Labels labels) {
        String words = labels.get("level_" + level);
        return words != null ? words : label(level);
    }

    /** "intermediate" becomes "Intermediate". */
    public static String label(String level) {
        Objects.requireNonNull(level);
        String words = level.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
