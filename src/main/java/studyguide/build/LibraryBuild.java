package studyguide.build;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import studyguide.cache.Cache;
import studyguide.diagram.DiagramRenderer;
import studyguide.load.GuideLoader;
import studyguide.load.LibraryLoader;
import studyguide.load.ReadFiles;
import studyguide.markdown.MarkdownRenderer;
import studyguide.media.ExternalImage;
import studyguide.media.Media;
import studyguide.model.Category;
import studyguide.model.Guide;
import studyguide.model.Library;
import studyguide.model.Page;
import studyguide.model.Question;
import studyguide.model.Site;
import studyguide.output.OutputFile;
import studyguide.output.OutputSink;
import studyguide.problem.ContentException;
import studyguide.problem.Problems;
import studyguide.search.SearchIndex;
import studyguide.validate.TranslationCheck;
import studyguide.view.Labels;
import studyguide.view.LibraryViews;
import studyguide.view.PageRenderer;
import studyguide.view.TemplateRenderer;
import studyguide.view.Theme;
import studyguide.view.ViewBuilder;
import studyguide.view.Views;
import studyguide.write.SiteWriter;
import studyguide.write.WrittenFiles;

/**
 * One build of a library ({@code guides/<guide-id>/}): each guide built by the single guide's pipeline into its
 * folder of one staging folder, then the library's page, its assets and a search index over every guide on top.
 * Every guide is built even when another has problems, so one run reports them all; nothing is written then.
 */
final class LibraryBuild {

    private final Build.Options options;
    private final boolean exports;
    private final Progress progress;

    LibraryBuild(Build.Options options, boolean exports, Progress progress) {
        this.options = options;
        this.exports = exports;
        this.progress = progress;
    }

    Build.Result run(boolean write, Timings timings) throws IOException {
        Problems problems = new Problems();
        progress.stage("loading " + options.content());
        Library library = new LibraryLoader(problems, ReadFiles.none()).load(options.content());
        Map<String, Guide> guides = models(library, problems);
        timings.lap("load");
        SiteWriter writer = write ? SiteWriter.open(options.output(), WrittenFiles.none()) : null;
        try {
            Map<Question, SearchIndex.Entry> entries = new HashMap<>();
            List<Build.Result> built = guides(library, LibraryViews.places(library, guides), writer, entries, problems,
                    timings);
            problems.throwIfAny();
            OutputSink sink = writer != null ? writer : OutputSink.discard();
            Guide all = allInOne(library, guides);
            libraryPage(library, guides, all, entries, sink, problems);
            problems.throwIfAny();
            timings.lap("library");
            long bytes = write ? writer.commit() : 0;
            int files = write ? writer.files() : 0;
            if (write) {
                timings.lap("write");
            }
            List<String> warnings = new ArrayList<>();
            List<ExternalImage> external = new ArrayList<>();
            for (Build.Result r : built) {
                warnings.addAll(r.warnings());
                external.addAll(r.externalImages());
            }
            return new Build.Result(all.questionCount(), all.categories().size(), files, bytes, timings,
                    List.copyOf(warnings), all, List.copyOf(external));
        } finally {
            if (writer != null) {
                writer.close();
            }
        }
    }

    /**
     * Every guide's model, by id in the library's order, to link the guides to each other before any is
     * built; checks each {@code translation_of}. Each guide's own build reads it again and reports its
     * problems, so those found here are dropped.
     */
    private Map<String, Guide> models(Library library, Problems problems) {
        Map<String, Guide> guides = new LinkedHashMap<>();
        for (Library.Shelf shelf : library.guides()) {
            Guide guide = new GuideLoader(new Problems()).load(shelf.folder());
            if (guide != null) {
                guides.put(shelf.id(), guide);
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        library.guides().forEach(s -> ids.add(s.id()));
        TranslationCheck.check(guides, ids, problems);
        return guides;
    }

    /**
     * Builds each guide into its folder; a guide's problems are added to the others' and the next is built.
     * Each guide's search entries are put into {@code entries}, for the library's index.
     */
    private List<Build.Result> guides(Library library, Map<String, Views.Place> places, SiteWriter writer,
            Map<Question, SearchIndex.Entry> entries, Problems problems, Timings timings) throws IOException {
        List<Build.Result> built = new ArrayList<>();
        for (Library.Shelf shelf : library.guides()) {
            String base = options.baseUrl() == null ? null : options.baseUrl() + shelf.id() + "/";
            Caches cache = Caches.forLibraryGuide(options.environment());
            Build guide = new Build(options.forGuide(shelf.folder(), base), cache).withProgress(progress)
                    .inLibrary(places.get(shelf.id()));
            if (!exports) {
                guide.withoutExports();
            }
            try {
                Build.Result result = guide.guide(timings, () -> writer == null ? null : writer.under(shelf.id() + "/"));
                built.add(result);
                // The guide's own questions are the keys: records, equal to the library's copies of them.
                result.guide().questions().forEach(q -> {
                    SearchIndex.Entry entry = SearchIndex.kept(cache.searchEntries(), q);
                    if (entry != null) {
                        entries.put(q, entry);
                    }
                });
            } catch (ContentException e) {
                problems.addAll(e.problems());
            }
        }
        return built;
    }

    /** The library's page, the theme's assets in its language, and the search index over every guide. */
    private void libraryPage(Library library, Map<String, Guide> guides, Guide all, Map<Question, SearchIndex.Entry> entries,
            OutputSink sink, Problems problems) throws IOException {
        Caches cache = Caches.forOneBuild(options.environment());
        Labels labels = Labels.of(library.lang(), Map.of());
        List<Views.LevelView> levels = all.questions().anyMatch(q -> q.level() != null)
                ? all.site().levels().stream().map(l -> new Views.LevelView(l, ViewBuilder.label(l, labels))).toList()
                : List.of();
        Views.SiteView site = new Views.SiteView(library.title(), library.description(), List.of(), List.of(), levels,
                options.baseUrl(), all.questionCount(), ViewBuilder.GENERATOR, library.lang(), labels, null, null, null);
        for (OutputFile asset : Assets.collect(Theme.files(options.templates()), Set.of(), labels, cache)) {
            // The sheets' style names the fonts a guide's print stage writes beside it; the library has no sheet.
            if (!asset.path().equals("assets/sheet.css")) {
                sink.add(asset);
            }
        }
        TemplateRenderer templates = cache.templates(options.templates(), problems);
        new PageRenderer(templates, cache.pageParts(), cache.categoryTexts(), cache.cardScripts())
                .library(site, LibraryViews.page(guides), sink);
        for (OutputFile file : searchIndex(all, guides, entries)) {
            sink.add(file);
        }
    }

    /**
     * The search index of every guide, from the entries the guides' builds made ({@code entries}): no answer
     * is read again. What they do not hold (the titles as inline Markdown, the free-form pages' sections) is
     * rendered again with the library's folder as the root; the guides' builds reported its problems, so they
     * are dropped here.
     */
    private List<OutputFile> searchIndex(Guide all, Map<String, Guide> guides, Map<Question, SearchIndex.Entry> entries)
            throws IOException {
        Problems dropped = new Problems();
        Caches cache = Caches.forOneBuild(options.environment());
        DiagramRenderer diagrams = new DiagramRenderer(dropped, cache.diagrams(), cache.diagramsOnDisk(),
                options.content());
        MarkdownRenderer markdown = new MarkdownRenderer(diagrams, dropped, cache.markdown(), cache.titles(),
                Media.of(options.content(), dropped));
        Map<String, String> titles = new LinkedHashMap<>();
        guides.forEach((id, guide) -> titles.put(id, guide.site().title()));
        // Every guide was built without a problem (else the library stopped before its page), so each question has its entry.
        List<SearchIndex.Entry> indexed = all.questions().map(q -> Objects.requireNonNull(entries.get(q), q.id())).toList();
        return new SearchIndex(markdown, Cache.none(), options.searchIndexSplit()).build(all, titles, indexed);
    }

    /**
     * Every guide as one: each category and free-form page under its guide's folder ({@code dynamodb/gsi}), so
     * that the search index's addresses and {@code check}'s report name the guide; levels and synonyms of all.
     */
    private static Guide allInOne(Library library, Map<String, Guide> guides) {
        List<Category> categories = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        Set<String> levels = new LinkedHashSet<>();
        Map<String, List<String>> synonyms = new LinkedHashMap<>();
        guides.forEach((id, guide) -> {
            guide.categories().forEach(c -> categories.add(new Category(id + "/" + c.id(), c.title(), c.summary(),
                    c.questions(), c.position())));
            guide.pages().forEach(p -> pages.add(new Page(id + "/" + p.id(), p.title(), p.body())));
            levels.addAll(guide.site().levels());
            guide.site().synonyms().forEach(synonyms::putIfAbsent);
        });
        Site site = new Site(library.title(), library.description(), List.copyOf(levels), library.lang(), null, null,
                Map.of(), synonyms);
        return new Guide(site, categories, pages);
    }
}
