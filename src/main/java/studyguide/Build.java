package studyguide;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import studyguide.load.GuideLoader;
import studyguide.model.Guide;
import studyguide.problem.Problems;
import studyguide.render.DiagramCache;
import studyguide.render.DiagramRenderer;
import studyguide.render.MarkdownRenderer;
import studyguide.render.OutputFile;
import studyguide.render.PageRenderer;
import studyguide.render.RenderedGuide;
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

    /** What a build produced, for the summary line. */
    public record Result(int questions, int categories, int files, long bytes, Timings timings) {
    }

    private final Options options;

    public Build(Options options) {
        this.options = options;
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
        problems.throwIfAny();
        timings.lap("validate");

        DiagramRenderer diagrams = new DiagramRenderer(problems, DiagramCache.forUser(System.getenv()));
        RenderedGuide rendered = new ViewBuilder(new MarkdownRenderer(diagrams), diagrams).build(guide, options.baseUrl());
        problems.throwIfAny();
        timings.lap("markdown+diagrams");
        timings.part("diagrams", "markdown+diagrams", diagrams.nanos());

        List<OutputFile> files = new ArrayList<>(new PageRenderer(new TemplateRenderer(options.templates(), problems))
                .render(rendered));
        problems.throwIfAny();
        timings.lap("templates");

        files.addAll(Assets.collect(options.templates()));
        timings.lap("assets");

        long bytes = 0;
        if (write) {
            bytes = SiteWriter.write(options.output(), files);
            timings.lap("write");
        }
        return new Result(guide.questionCount(), guide.categories().size(), files.size() + 1, bytes, timings);
    }
}
