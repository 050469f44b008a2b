package studyguide.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import studyguide.cache.Cache;
import studyguide.diagram.DiagramRenderer;
import studyguide.load.GuideLoader;
import studyguide.load.LibraryLoader;
import studyguide.markdown.MarkdownRenderer;
import studyguide.media.ExternalImage;
import studyguide.media.Media;
import studyguide.model.Guide;
import studyguide.output.OutputFile;
import studyguide.output.OutputSink;
import studyguide.problem.Position;
import studyguide.problem.Problems;
import studyguide.search.SearchIndex;
import studyguide.validate.GuideValidator;
import studyguide.view.CodeLanguages;
import studyguide.view.Labels;
import studyguide.view.RenderedGuide;
import studyguide.view.SearchText;
import studyguide.view.TemplateRenderer;
import studyguide.view.ThemeIds;
import studyguide.view.ViewBuilder;
import studyguide.view.Views;
import studyguide.write.OutputFolder;
import studyguide.write.SiteWriter;
import studyguide.write.UnsafeOutputException;
import studyguide.write.WrittenFiles;

/** One build: content folder in, complete site out (or, for {@code check}, every problem and nothing written). */
public final class Build {

    /**
     * What to build from and to; {@code baseUrl} is null or ends with '/'; {@code searchIndexSplit} says from
     * what size the search index is split, and into shards of what size.
     */
    public record Options(Path content, Path templates, Path output, String baseUrl, SearchIndex.Split searchIndexSplit,
            Map<String, String> environment) {
        public Options {
            environment = Map.copyOf(environment);
        }

        /** The same options for one guide of a library: its content folder and its public address. */
        Options forGuide(Path guide, String guideUrl) {
            return new Options(guide, templates, output, guideUrl, searchIndexSplit, environment);
        }

        /** Options with the search index split at the build's usual sizes. */
        public Options(Path content, Path templates, Path output, String baseUrl, Map<String, String> environment) {
            this(content, templates, output, baseUrl, SearchIndex.Split.DEFAULT, environment);
        }
    }

    /**
     * What a build produced, for the summary line; warnings that do not stop it; and the guide itself,
     * for reports such as coverage.
     */
    public record Result(int questions, int categories, int files, long bytes, Timings timings, List<String> warnings,
            Guide guide, List<ExternalImage> externalImages) {
    }

    private final Options options;
    private final Caches caches;
    private boolean exports = true;
    private Progress progress = Progress.none();
    private Views.Place place;
    private UnaryOperator<Guide> rehearsal;

    public Build(Options options) {
        this(options, Caches.forOneBuild(options.environment()));
    }

    /** A build that reuses what earlier builds with the same caches read, rendered and printed (serve's rebuilds). */
    public Build(Options options, Caches caches) {
        this.options = options;
        this.caches = caches;
    }

    /** Leaves site/export/ out: {@code serve} writes it only when a page asks for it, to keep rebuilds fast. */
    public Build withoutExports() {
        exports = false;
        return this;
    }

    /**
     * A build that commits nothing ({@code serve}'s warm-up): the guide is built as {@code edit} changes it once
     * loaded, its files made beside the site and dropped, so that the site and the record of what it holds stay as
     * they were, while the caches end as after that edit. Only for a single guide, not a library.
     */
    public Build rehearsing(UnaryOperator<Guide> edit) {
        rehearsal = edit;
        return this;
    }

    /** Builds the guide as one of a library's, at {@code place}: its pages link to the library and its translations. */
    Build inLibrary(Views.Place place) {
        this.place = place;
        return this;
    }

    /** Says which stage the build is in, as it goes (a terminal shows it for a long build). */
    public Build withProgress(Progress progress) {
        this.progress = progress;
        return this;
    }

    /**
     * The guide as loaded, whether every category file could be read, and the theme's files (built-in ones
     * with the guide's own in their place), read once for the checks and the assets.
     */
    record Loaded(Guide guide, boolean allQuestionsRead, Map<String, byte[]> themeFiles) {
    }

    /**
     * The guide rendered into views; each question's plain text for the search index, which {@link #index} takes
     * (and, done with it, drops); the Markdown renderer, whose titles the search index reads; the files of the
     * guide that the Markdown links to, and the code languages Prism's bundle must highlight.
     */
    record Rendered(RenderedGuide views, HandOff<List<SearchText>> searchTexts, MarkdownRenderer markdown, Media media,
            Set<String> codeLanguages, long diagramNanos) {
    }

    /** The search index that the output stage builds, and what it holds of each question, made from their texts. */
    record Indexed(SearchIndex index, List<SearchIndex.Entry> entries) {
    }

    /** The theme: its templates, parsed, and its assets as the site's files. */
    record Theme(TemplateRenderer templates, List<OutputFile> assets) {
    }

    /**
     * Runs the pipeline; with {@code write} false it stops before writing anything.
     *
     * @throws studyguide.problem.ContentException with every problem when the content or theme has any
     */
    public Result run(boolean write) throws IOException, UnsafeOutputException {
        Timings timings = new Timings();
        if (write) {
            OutputFolder.check(options.output(), List.of(options.content(), options.templates()));
        }
        if (LibraryLoader.isLibrary(options.content())) {
            if (rehearsal != null) {
                throw new IllegalStateException("a library's build is not rehearsed");
            }
            return new LibraryBuild(options, exports, progress).run(write, timings);
        }
        if (!write) {
            return guide(timings, () -> null);
        }
        // serve's rebuilds: its files in place looked at while the guide loads, not while the pages wait.
        try (Staging staging = new Staging(caches.written().lookAhead(options.output()))) {
            Result result = guide(timings, staging);
            if (rehearsal != null) {
                return result; // the staging folder goes at close, uncommitted
            }
            long bytes = staging.writer.commit();
            int files = staging.writer.files();
            timings.lap("write");
            return new Result(result.questions(), result.categories(), files, bytes, timings, result.warnings(),
                    result.guide(), result.externalImages());
        }
    }

    /** Opens where a guide's files go once the guide is rendered; null for {@code check}, which writes nothing. */
    interface SinkOpener {
        OutputSink open() throws IOException;
    }

    /** The writer's staging folder, opened only when the guide has rendered, so content that fails early opens none. */
    private final class Staging implements SinkOpener, AutoCloseable {
        private final WrittenFiles.Look look;
        private SiteWriter writer;

        Staging(WrittenFiles.Look look) {
            this.look = look;
        }

        @Override
        public OutputSink open() throws IOException {
            writer = SiteWriter.open(options.output(), caches.written(), look);
            return writer;
        }

        @Override
        public void close() throws IOException {
            if (writer != null) {
                writer.close();
            }
        }
    }

    /**
     * Builds the guide into the sink {@code open} gives, opened only once the content has rendered without
     * a problem; the result counts no files, as the sink's owner does that.
     *
     * @throws studyguide.problem.ContentException with every problem when the content or theme has any
     */
    Result guide(Timings timings, SinkOpener open) throws IOException {
        Problems problems = new Problems();
        // Asked for first: the rendered Markdown kept on disk is read while the guide loads.
        Cache<MarkdownRenderer.Key, MarkdownRenderer.Rendered> markdownKept = caches.markdown(options.content());

        progress.stage("loading " + options.content());
        Loaded loaded = load(problems);
        if (rehearsal != null) {
            loaded = new Loaded(rehearsal.apply(loaded.guide()), loaded.allQuestionsRead(), loaded.themeFiles());
        }
        Guide guide = loaded.guide();
        timings.lap("load");
        validate(loaded, problems);
        timings.lap("validate");
        progress.stage(String.format(Locale.ROOT, "rendering %,d questions", guide.questionCount()));
        Rendered rendered = render(guide, markdownKept, problems);
        timings.lap("markdown+diagrams");
        timings.part("diagrams", "markdown+diagrams", rendered.diagramNanos());
        Indexed indexed = index(guide, rendered);
        timings.lap("search entries");
        Theme theme = theme(loaded, rendered, problems);
        timings.lap("assets");

        // Every file goes to the sink as soon as it is made: nothing waits in memory for the write stage.
        // The writer's staging folder becomes the site only at commit, so a failure leaves the old one.
        OutputSink sink = open.open();
        progress.stage(sink != null ? "writing pages, search index, sheets and exports" : "checking pages, sheets and exports");
        Outputs.Made made = new Outputs(guide, rendered, indexed, theme, caches, options, exports, problems)
                .make(sink != null ? sink : OutputSink.discard(), timings);
        timings.part("printing", "print", made.printNanos());
        caches.keepOnlyUsed();
        List<String> warnings = new ArrayList<>();
        problems.warnings().forEach(w -> warnings.add(w.toString()));
        warnings.addAll(made.printWarnings());
        return new Result(guide.questionCount(), guide.categories().size(), 0, 0, timings, List.copyOf(warnings), guide,
                rendered.media().external());
    }

    /** Reads the content; stops with the problems when there is no guide, or no theme to build it with. */
    private Loaded load(Problems problems) throws IOException {
        // No theme folder means the built-in theme; a file in its place is a mistake.
        boolean themeIsAFile = Files.exists(options.templates()) && !Files.isDirectory(options.templates());
        if (themeIsAFile) {
            problems.add(Position.of(options.templates()), "the theme folder is a file, not a folder");
        }
        GuideLoader loader = new GuideLoader(problems, caches.files());
        Guide guide = loader.load(options.content());
        if (guide == null || themeIsAFile) {
            problems.throwIfAny();
        }
        return new Loaded(guide, loader.allQuestionsRead(), studyguide.view.Theme.files(options.templates()));
    }

    /**
     * Checks across files; skipped when a category file could not be read, as they would only repeat the
     * consequences of that one problem.
     */
    private void validate(Loaded loaded, Problems problems) {
        new GuideValidator(problems).validateLabels(loaded.guide().site(),
                Labels.of(loaded.guide().site().lang(), Map.of()).words());
        if (place == null && loaded.guide().site().translationOf() != null) {
            problems.add(loaded.guide().site().translationOf().position(), "'translation_of' links the guides of a "
                    + "library (guides/<guide-id>/), and this content folder is a single guide");
        }
        if (loaded.allQuestionsRead()) {
            new GuideValidator(problems).validate(loaded.guide(), ThemeIds.of(loaded.themeFiles(), caches.themeIds()),
                    caches.validated());
        }
    }

    /**
     * Markdown and diagrams into views. Run even when the content has problems, so that one run reports
     * PlantUML's errors together with the YAML's; stops with all of them.
     */
    private Rendered render(Guide guide, Cache<MarkdownRenderer.Key, MarkdownRenderer.Rendered> markdownKept,
            Problems problems) throws IOException {
        DiagramRenderer diagrams = new DiagramRenderer(problems, caches.diagrams(), caches.diagramsOnDisk(),
                options.content());
        Media media = Media.of(options.content(), problems);
        MarkdownRenderer markdown = new MarkdownRenderer(diagrams, problems, markdownKept, caches.titles(), media);
        ViewBuilder.Built built = new ViewBuilder(markdown, diagrams, caches.views()).build(guide, options.baseUrl(), place);
        Set<String> codeLanguages = CodeLanguages.check(guide, markdown.fenceLanguages(), caches.prismLanguages(), problems);
        problems.throwIfAny();
        caches.markdownRendered();
        return new Rendered(built.views(), new HandOff<>(built.searchTexts()), markdown, media, codeLanguages,
                diagrams.nanos());
    }

    /**
     * Each question's search entry, made from its text on every core before the pages start: the texts are
     * garbage once read, where a thread beside the pages, sharing the cores with them, held most of them well
     * into the pages (at 100,000 questions, 142 MB 30 s into the build; docs/performance.md).
     */
    private Indexed index(Guide guide, Rendered rendered) {
        SearchIndex index = new SearchIndex(rendered.markdown(), caches.searchEntries(), caches.searchParts(),
                caches.lastSearchIndex(), options.searchIndexSplit());
        return new Indexed(index, index.entries(guide, rendered.searchTexts().take().toArray(SearchText[]::new)));
    }

    private Theme theme(Loaded loaded, Rendered rendered, Problems problems) throws IOException {
        return new Theme(caches.templates(options.templates(), problems),
                Assets.collect(loaded.themeFiles(), rendered.codeLanguages(), rendered.views().site().labels(), caches));
    }
}
