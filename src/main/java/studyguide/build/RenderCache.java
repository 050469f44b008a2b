package studyguide.build;

import freemarker.template.Configuration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import studyguide.cache.Memo;
import studyguide.markdown.MarkdownRenderer;
import studyguide.model.Question;
import studyguide.problem.Problems;
import studyguide.search.SearchIndex;
import studyguide.view.PrismBundle;
import studyguide.view.PrismLanguages;
import studyguide.view.TemplateRenderer;

/**
 * What a long-running process ({@code serve}) keeps from one build to the next: rendered diagrams and
 * Markdown, the theme's parsed templates, the pages rendered from them, the search index's entries, the
 * category pages' structured data, and the Prism bundle. A one-off build uses a fresh one.
 */
public final class RenderCache {

    private final Memo<String, String> diagrams = new Memo<>();
    private final Memo<MarkdownRenderer.Key, MarkdownRenderer.Rendered> markdown;
    private final Map<Path, Configuration> themes = new ConcurrentHashMap<>();
    private final Memo<List<Object>, byte[]> pages;
    private final Memo<Question, SearchIndex.Entry> searchEntries;
    private final Memo<List<Object>, String> structuredData;
    private volatile PrismLanguages prismLanguages;
    /** The last Prism bundle made, for the languages it was made for: a guide's languages seldom change. */
    private volatile Prism prism;

    private record Prism(Set<String> languages, byte[] bytes) {
    }

    /** A cache for a process that builds again and again ({@code serve}). */
    public RenderCache() {
        this(true);
    }

    private RenderCache(boolean rebuilds) {
        this(rebuilds, rebuilds);
    }

    private RenderCache(boolean rebuilds, boolean keepsSearchEntries) {
        markdown = rebuilds ? new Memo<>() : Memo.forgetful();
        pages = rebuilds ? new Memo<>() : Memo.forgetful();
        searchEntries = keepsSearchEntries ? new Memo<>() : Memo.forgetful();
        structuredData = rebuilds ? new Memo<>() : Memo.forgetful();
    }

    /**
     * A cache for one build: it keeps what that build reuses (diagrams, the theme) but not the rendered
     * Markdown, finished pages, search entries and structured data, which only a later build would ask for
     * (at 10,000 questions the rendered Markdown's plain text alone is 17 MB, held to the end of the build).
     */
    public static RenderCache forOneBuild() {
        return new RenderCache(false);
    }

    /**
     * A cache for one build of one guide of a library: as {@link #forOneBuild()}, but it keeps the search
     * index's entries, which the library's index over every guide reuses instead of rendering each answer again.
     */
    static RenderCache forLibraryGuide() {
        return new RenderCache(false, true);
    }

    /** SVG by PlantUML source. */
    public Memo<String, String> diagrams() {
        return diagrams;
    }

    /** HTML by Markdown source and rendering options. */
    public Memo<MarkdownRenderer.Key, MarkdownRenderer.Rendered> markdown() {
        return markdown;
    }

    /** The search index's entry of each question. */
    public Memo<Question, SearchIndex.Entry> searchEntries() {
        return searchEntries;
    }

    /** The JSON-LD of each category page, by the page's category, site title and address. */
    public Memo<List<Object>, String> structuredData() {
        return structuredData;
    }

    /**
     * A template renderer for a theme folder that reuses its parsed templates, and the pages it rendered
     * from an equal model, from earlier builds.
     */
    public TemplateRenderer templates(Path folder, Problems problems) {
        return new TemplateRenderer(folder, problems, theme(folder), pages);
    }

    private Configuration theme(Path folder) {
        return themes.computeIfAbsent(folder.toAbsolutePath().normalize(), f -> {
            try {
                return TemplateRenderer.configuration(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Forgets the parsed templates and the pages rendered with them, after a file of the theme changed. */
    public void themeChanged() {
        themes.values().forEach(Configuration::clearTemplateCache);
        pages.clear();
    }

    /** Prism's languages, read once from its WebJar. */
    public PrismLanguages prismLanguages() throws IOException {
        PrismLanguages languages = prismLanguages;
        if (languages == null) {
            languages = PrismLanguages.fromWebJar();
            prismLanguages = languages;
        }
        return languages;
    }

    /** {@code assets/prism.js} for these languages, built again only when they change. */
    public byte[] prism(Set<String> languages) throws IOException {
        Prism last = prism;
        if (last == null || !last.languages().equals(languages)) {
            last = new Prism(Set.copyOf(languages), PrismBundle.build(prismLanguages(), languages));
            prism = last;
        }
        return last.bytes();
    }

    /** Called after a successful build: drops what that build did not use. */
    public void keepOnlyUsed() {
        diagrams.keepOnlyUsed();
        markdown.keepOnlyUsed();
        pages.keepOnlyUsed();
        searchEntries.keepOnlyUsed();
        structuredData.keepOnlyUsed();
    }
}
