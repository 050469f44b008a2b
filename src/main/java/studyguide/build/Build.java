package studyguide.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import studyguide.diagram.DiagramCache;
import studyguide.diagram.DiagramRenderer;
import studyguide.export.Exports;
import studyguide.load.GuideLoader;
import studyguide.load.ReadFiles;
import studyguide.markdown.MarkdownRenderer;
import studyguide.model.Guide;
import studyguide.output.OutputFile;
import studyguide.output.OutputSink;
import studyguide.print.Printing;
import studyguide.problem.Position;
import studyguide.problem.Problems;
import studyguide.search.SearchIndex;
import studyguide.validate.GuideValidator;
import studyguide.view.PageRenderer;
import studyguide.view.RenderedGuide;
import studyguide.view.TemplateRenderer;
import studyguide.view.ThemeIds;
import studyguide.view.ViewBuilder;
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
            Guide guide) {
    }

    /**
     * What a long-running process ({@code serve}) keeps from one build for the next: the content files as
     * read and parsed, what was rendered, the last print, and the files last written.
     */
    public record Memory(ReadFiles files, RenderCache render, Printing.Memory printed, WrittenFiles written) {
        /** A memory for a process that builds again and again. */
        public static Memory forRebuilds() {
            return new Memory(ReadFiles.forRebuilds(), new RenderCache(), Printing.Memory.forRebuilds(),
                    WrittenFiles.forRebuilds());
        }

        /** What one build needs and no more: nothing it makes is kept for a later build. */
        public static Memory forOneBuild() {
            return new Memory(ReadFiles.forOneBuild(), RenderCache.forOneBuild(), Printing.Memory.none(),
                    WrittenFiles.none());
        }
    }

    private final Options options;
    private final ReadFiles files;
    private final RenderCache cache;
    private final Printing.Memory printed;
    private final WrittenFiles written;
    private boolean exports = true;

    public Build(Options options) {
        this(options, Memory.forOneBuild());
    }

    /** A build that reuses what earlier builds with the same memory read, rendered and printed (serve's rebuilds). */
    public Build(Options options, Memory memory) {
        this.options = options;
        this.files = memory.files();
        this.cache = memory.render();
        this.printed = memory.printed();
        this.written = memory.written();
    }

    /** Leaves site/export/ out: {@code serve} writes it only when a page asks for it, to keep rebuilds fast. */
    public Build withoutExports() {
        exports = false;
        return this;
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
        Problems problems = new Problems();
        if (!Files.isDirectory(options.templates())) {
            problems.add(Position.of(options.templates()), Files.exists(options.templates())
                    ? "the theme folder is a file, not a folder"
                    : "the theme folder does not exist (give another one with --templates DIR)");
        }

        GuideLoader loader = new GuideLoader(problems, files);
        Guide guide = loader.load(options.content());
        files.keepOnlyRead();
        timings.lap("load");
        if (guide != null && loader.allQuestionsRead()) {
            new GuideValidator(problems).validate(guide, ThemeIds.of(options.templates())::taken);
        }
        if (guide == null || !Files.isDirectory(options.templates())) {
            problems.throwIfAny();
        }
        timings.lap("validate");
        // Diagrams and Markdown are rendered even when the content has problems, so that one run
        // reports PlantUML errors together with the YAML ones.

        DiagramRenderer diagrams = new DiagramRenderer(problems, cache.diagrams(), DiagramCache.forUser(options.environment()),
                options.content());
        MarkdownRenderer markdown = new MarkdownRenderer(diagrams, problems, cache.markdown());
        RenderedGuide rendered = new ViewBuilder(markdown, diagrams).build(guide, options.baseUrl());
        problems.throwIfAny();
        timings.lap("markdown+diagrams");
        timings.part("diagrams", "markdown+diagrams", diagrams.nanos());

        TemplateRenderer templates = cache.templates(options.templates(), problems);
        List<OutputFile> assets = Assets.collect(options.templates(), cache);
        timings.lap("assets");

        // Every file goes to the sink as soon as it is made: nothing waits in memory for the write stage.
        // The writer's staging folder becomes the site only at commit, so a failure leaves the old one.
        SiteWriter writer = write ? SiteWriter.open(options.output(), written) : null;
        OutputSink sink = write ? writer : OutputSink.discard();
        List<Background<?>> started = new ArrayList<>();
        try {
            for (OutputFile asset : assets) {
                sink.add(asset);
            }
            // Printing (sheets, fonts, PDFs), the search index and the data exports need nothing the pages
            // make: they run on threads of their own while this one renders the pages.
            Background<Printing.Result> printing = started(started, Background.start("print", () -> {
                // Into the sink as soon as they are made: at 10,000 questions the sheets are 17 MB the
                // pages and exports would otherwise share the heap with until the end of the build.
                Printing.Result print = Printing.print(templates, rendered, assets, options.environment(), printed);
                for (OutputFile file : print.files()) {
                    sink.add(file);
                }
                return new Printing.Result(List.of(), print.warnings(), print.nanos()); // the files are written
            }));
            Background<List<OutputFile>> searchIndex = started(started, Background.start("search index",
                    () -> new SearchIndex(markdown, cache.searchEntries(), options.searchIndexSplit()).build(guide)));
            Background<Void> data = exports
                    ? started(started, Background.start("exports", () -> {
                        Exports.data(guide, rendered, sink);
                        return null;
                    }))
                    : null;

            new PageRenderer(templates, cache.structuredData()).render(rendered, sink);
            problems.throwIfAny();
            timings.lap("templates");

            List<OutputFile> index = searchIndex.join();
            for (OutputFile file : index) {
                sink.add(file);
            }
            timings.lap("search index");

            if (exports) {
                // Last of the pages: the single file inlines the assets and the search index.
                List<OutputFile> inlined = new ArrayList<>(assets);
                inlined.addAll(index);
                Exports.singleFile(rendered, templates, inlined, sink);
                problems.throwIfAny();
                data.join();
                timings.lap("exports");
            }

            Printing.Result print = printing.join();
            problems.throwIfAny();
            timings.lap("print");
            timings.part("printing", "print", print.nanos());

            long bytes = 0;
            int files = 0;
            if (write) {
                bytes = writer.commit();
                files = writer.files();
                timings.lap("write");
            }
            cache.keepOnlyUsed();
            List<String> warnings = new ArrayList<>();
            problems.warnings().forEach(w -> warnings.add(w.toString()));
            warnings.addAll(print.warnings());
            return new Result(guide.questionCount(), guide.categories().size(), files, bytes, timings,
                    List.copyOf(warnings), guide);
        } finally {
            // The threads that write into the staging folder finish before it is deleted.
            started.forEach(Background::await);
            if (writer != null) {
                writer.close();
            }
        }
    }

    private static <T> Background<T> started(List<Background<?>> started, Background<T> task) {
        started.add(task);
        return task;
    }
}
