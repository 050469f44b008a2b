package studyguide.build;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import studyguide.export.Exports;
import studyguide.media.MediaFile;
import studyguide.model.Guide;
import studyguide.output.OutputFile;
import studyguide.output.OutputSink;
import studyguide.print.KeyPointLayout;
import studyguide.print.Printing;
import studyguide.problem.Problems;
import studyguide.social.CardCache;
import studyguide.social.SocialCards;
import studyguide.view.PageRenderer;
import studyguide.view.RenderedGuide;
import studyguide.view.TemplateRenderer;
import studyguide.view.Views.SocialImage;

/**
 * The stage that makes the site's files from the rendered guide: the pages, the search index, the
 * printable sheets and their PDFs, and the exports, each handed to the sink as soon as it is made.
 *
 * <p>Printing, the search index (from the entries made before this stage) and the exports need nothing the
 * pages make, so they run on threads of their own while the calling thread renders the pages; the single
 * file starts once the search index it inlines is made. The timings of the parts that run beside the pages
 * show only the wait for them.
 */
final class Outputs {

    /** What the stage hands back: the printing's warnings and how long printing took on its thread. */
    record Made(List<String> printWarnings, long printNanos) {
    }

    private final Guide guide;
    private final RenderedGuide rendered;
    private final Build.Indexed indexed;
    private final List<MediaFile> media;
    private final TemplateRenderer templates;
    private final List<OutputFile> assets;
    private final Caches caches;
    private final Build.Options options;
    private final boolean exports;
    private final Problems problems;

    Outputs(Guide guide, Build.Rendered rendered, Build.Indexed indexed, Build.Theme theme, Caches caches,
            Build.Options options, boolean exports, Problems problems) {
        this.guide = guide;
        this.rendered = rendered.views();
        this.indexed = indexed;
        this.media = rendered.media().files();
        this.templates = theme.templates();
        this.assets = theme.assets();
        this.caches = caches;
        this.options = options;
        this.exports = exports;
        this.problems = problems;
    }

    /**
     * Makes every file into {@code sink}; returns only when every thread it started has ended.
     *
     * @throws studyguide.problem.ContentException when a template or export has a problem
     */
    Made make(OutputSink sink, Timings timings) throws IOException {
        List<Background<?>> started = new ArrayList<>();
        try {
            for (OutputFile asset : assets) {
                sink.add(asset);
            }
            for (MediaFile file : media) {
                // Copied as a stream: a guide's figures may be tens of megabytes the heap need not hold.
                try (OutputStream out = sink.create(file.path())) {
                    Files.copy(file.source(), out);
                }
            }
            Background<Printing.Result> printing = started(started, Background.start("print", () -> print(sink)));
            Background<List<OutputFile>> searchIndex = started(started, Background.start("search index",
                    () -> indexed.index().build(guide, rendered.pages(), indexed.entries())));
            Background<Void> data = exports
                    ? started(started, Background.start("exports", () -> {
                        Exports.data(guide, rendered, sink);
                        return null;
                    }))
                    : null;
            // The single file inlines the assets and the search index, nothing the pages make: it renders beside
            // them, on a core they leave idle (their threads wait for one another), instead of alone after them.
            Background<Void> singleFile = exports
                    ? started(started, Background.start("single file", () -> {
                        List<OutputFile> inlined = new ArrayList<>(assets);
                        inlined.addAll(searchIndex.join());
                        Exports.singleFile(rendered, templates, inlined, media, sink);
                        return null;
                    }))
                    : null;

            KeyPointLayout.check(rendered, guide, problems);
            Map<String, SocialImage> socialImages = SocialCards.plan(rendered, guide,
                    options.content().resolve("site.yaml"), problems);
            Background<Void> social = started(started, Background.start("social cards", () -> {
                SocialCards.write(socialImages.values(), CardCache.over(caches.socialCards()), sink);
                return null;
            }));
            new PageRenderer(templates, caches.pageParts(), caches.categoryTexts(), caches.cardScripts())
                    .render(rendered, socialImages, sink);
            problems.throwIfAny();
            timings.lap("templates");

            social.join();
            timings.lap("social cards");

            List<OutputFile> index = searchIndex.join();
            for (OutputFile file : index) {
                sink.add(file);
            }
            timings.lap("search index");

            if (exports) {
                singleFile.join();
                problems.throwIfAny();
                data.join();
                timings.lap("exports");
            }

            Printing.Result print = printing.join();
            problems.throwIfAny();
            timings.lap("print");
            return new Made(print.warnings(), print.nanos());
        } finally {
            // The threads that write into the sink finish before the caller closes it.
            started.forEach(Background::await);
        }
    }

    /**
     * The sheets, their fonts and PDFs, into the sink as soon as they are made: at 10,000 questions the
     * sheets are megabytes the pages and exports would otherwise share the heap with until the end.
     */
    private Printing.Result print(OutputSink sink) throws IOException {
        return Printing.print(templates, rendered, assets, caches.printing(), sink);
    }

    private static <T> Background<T> started(List<Background<?>> started, Background<T> task) {
        started.add(task);
        return task;
    }
}
