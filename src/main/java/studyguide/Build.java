package studyguide;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import studyguide.export.Exports;
import studyguide.load.GuideLoader;
import studyguide.model.Guide;
import studyguide.print.Printing;
import studyguide.problem.Problems;
import studyguide.render.DiagramCache;
import studyguide.render.DiagramRenderer;
import studyguide.render.MarkdownRenderer;
import studyguide.render.OutputFile;
import studyguide.render.PageRenderer;
import studyguide.render.RenderCache;
import studyguide.render.RenderedGuide;
import studyguide.render.SearchIndex;
import studyguide.render.TemplateRenderer;
import studyguide.render.ViewBuilder;
import studyguide.validate.GuideValidator;
import studyguide.write.OutputFolder;
import studyguide.write.SiteWriter;
import studyguide.write.UnsafeOutputException;

/** One build: content folder in, complete site out (or, for {@code check}, every problem and nothing written). */
public final class Build {

    /** What to build from and to; {@code baseUrl} is null or ends with '/'. */
    public record Options(Path content, Path templates, Path output, String baseUrl) {
    }

    /**
     * What a build produced, for the summary line; warnings that do not stop it; and the guide itself,
     * for reports such as coverage.
     */
    public record Result(int questions, int categories, int files, long bytes, Timings timings, List<String> warnings,
            Guide guide) {
    }

    private final Options options;
    private final RenderCache cache;
    private boolean exports = true;

    public Build(Options options) {
        this(options, new RenderCache());
    }

    /** A build that reuses what earlier builds with the same cache rendered (the serve command's rebuilds). */
    public Build(Options options, RenderCache cache) {
        this.options = options;
        this.cache = cache;
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

        GuideLoader loader = new GuideLoader(problems);
        Guide guide = loader.load(options.content());
        timings.lap("load");
        if (guide != null && loader.allQuestionsRead()) {
            new GuideValidator(problems).validate(guide);
        }
        if (guide == null) {
            problems.throwIfAny();
        }
        timings.lap("validate");
        // Diagrams and Markdown are rendered even when the content has problems, so that one run
        // reports PlantUML errors together with the YAML ones.

        DiagramRenderer diagrams = new DiagramRenderer(problems, cache.diagrams(), DiagramCache.forUser(System.getenv()));
        MarkdownRenderer markdown = new MarkdownRenderer(diagrams, problems, cache.markdown());
        RenderedGuide rendered = new ViewBuilder(markdown, diagrams).build(guide, options.baseUrl());
        problems.throwIfAny();
        timings.lap("markdown+diagrams");
        timings.part("diagrams", "markdown+diagrams", diagrams.nanos());

        TemplateRenderer templates = cache.templates(options.templates(), problems);
        List<OutputFile> assets = Assets.collect(options.templates(), cache);
        List<OutputFile> files = new ArrayList<>(assets);
        timings.lap("assets");

        // Printing (sheets, fonts, PDFs), the search index and the data exports need nothing the pages
        // make: they run on threads of their own while this one renders the pages.
        Background<Printing.Result> printing = Background.start("print",
                () -> Printing.print(templates, rendered, assets, System.getenv()));
        Background<List<OutputFile>> searchIndex = Background.start("search index",
                () -> new SearchIndex(markdown, cache.searchEntries()).build(guide));
        Background<List<OutputFile>> data = exports
                ? Background.start("exports", () -> Exports.data(guide, rendered))
                : null;

        files.addAll(new PageRenderer(templates, cache.structuredData()).render(rendered));
        problems.throwIfAny();
        timings.lap("templates");

        files.addAll(searchIndex.join());
        timings.lap("search index");

        if (exports) {
            // Last of the pages: the single file inlines the assets and the search index.
            files.addAll(Exports.singleFile(rendered, templates, files));
            problems.throwIfAny();
            files.addAll(data.join());
            timings.lap("exports");
        }

        Printing.Result printed = printing.join();
        problems.throwIfAny();
        files.addAll(printed.files());
        timings.lap("print");
        timings.part("printing", "print", printed.nanos());

        long bytes = 0;
        if (write) {
            bytes = SiteWriter.write(options.output(), files);
            timings.lap("write");
        }
        cache.keepOnlyUsed();
        return new Result(guide.questionCount(), guide.categories().size(), files.size() + 1, bytes, timings,
                printed.warnings(), guide);
    }
}
