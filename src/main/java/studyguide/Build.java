package studyguide;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import studyguide.export.Exports;
import studyguide.load.GuideLoader;
import studyguide.model.Guide;
import studyguide.print.PrintFonts;
import studyguide.print.RenderedSheet;
import studyguide.print.SheetPages;
import studyguide.print.SheetPdfs;
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
        // The PDF renderer takes a second to load: it loads on its own thread while the guide is rendered.
        CompletableFuture<Void> pdfRenderer = SheetPdfs.warmUp(options.templates());

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
        List<OutputFile> files = new ArrayList<>(new PageRenderer(templates).render(rendered));
        problems.throwIfAny();
        timings.lap("templates");

        files.add(new SearchIndex(markdown).build(guide));
        timings.lap("search index");

        files.addAll(Assets.collect(options.templates(), cache));
        timings.lap("assets");

        List<RenderedSheet> sheets = new SheetPages(templates).render(rendered);
        problems.throwIfAny();
        files.addAll(withFonts(sheets));
        timings.lap("sheets");

        pdfRenderer.join();
        SheetPdfs.Result pdfs = SheetPdfs.render(sheets, files);
        sheets.forEach(s -> files.add(s.page()));
        files.addAll(pdfs.files());
        timings.lap("pdf");

        // Last before writing: the single-file export inlines whatever the stages above produced.
        if (exports) {
            files.addAll(Exports.render(guide, rendered, templates, files));
            problems.throwIfAny();
            timings.lap("exports");
        }

        long bytes = 0;
        if (write) {
            bytes = SiteWriter.write(options.output(), files);
            timings.lap("write");
        }
        cache.keepOnlyUsed();
        return new Result(guide.questionCount(), guide.categories().size(), files.size() + 1, bytes, timings,
                pdfs.warnings(), guide);
    }

    /** The sheets' fonts, when there are sheets to print. */
    private static List<OutputFile> withFonts(List<RenderedSheet> sheets) throws IOException {
        return sheets.isEmpty() ? List.of() : PrintFonts.collect(PrintFonts.usedBy(sheets));
    }
}
