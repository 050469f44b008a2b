package studyguide.build;

import freemarker.template.Configuration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import studyguide.cache.Cache;
import studyguide.cache.DiskCache;
import studyguide.cache.Layered;
import studyguide.cache.Memo;
import studyguide.cache.UserCache;
import studyguide.diagram.DiagramCache;
import studyguide.load.ReadFiles;
import studyguide.load.WatchedFolders;
import studyguide.markdown.MarkdownRenderer;
import studyguide.markdown.RenderedOnDisk;
import studyguide.markdown.Title;
import studyguide.output.OutputFile;
import studyguide.print.Printing;
import studyguide.problem.Problems;
import studyguide.search.SearchIndex;
import studyguide.validate.GuideValidator;
import studyguide.view.CategoryTexts;
import studyguide.view.PrismBundle;
import studyguide.view.PrismLanguages;
import studyguide.view.TemplateRenderer;
import studyguide.view.ThemeIds;
import studyguide.write.WrittenFiles;

/**
 * Every {@link Cache} a build uses, in one place: each unit of work (a content file as parsed, a diagram,
 * a rendered answer, a page, a search entry, a print, a written file) is kept by everything it was made
 * from. A process that builds again and again ({@code serve}) keeps them in memory ({@link Memo}), each
 * forgetting what the last build did not use; a one-off build keeps in memory only what it reuses itself
 * (diagrams, the theme), as no later build would ask for the rest. Both keep diagrams, fonts and PDFs in
 * the user's cache folder for the next process, and the social cards too.
 */
public final class Caches {

    private final boolean inMemory;
    private final List<Memo<?, ?>> memos = new CopyOnWriteArrayList<>();
    private final Memo<String, String> diagrams = memo();
    private final DiagramCache diagramsOnDisk;
    private final Cache<MarkdownRenderer.Key, MarkdownRenderer.Rendered> markdown;
    private final Map<String, String> environment;
    /** The one-off build's renderings on disk, once it has asked for them, and their saving, once started. */
    private RenderedOnDisk markdownOnDisk;
    /** Whether a build has asked for the rendered Markdown on disk: a process that builds again asks once. */
    private boolean markdownFromDisk;
    private Background<Void> markdownSaved;
    private final Cache<String, Title> titles;
    private final Map<Path, Configuration> themes = new ConcurrentHashMap<>();
    private final Cache<List<Object>, TemplateRenderer.LastPage> pages;
    private final Cache<List<Object>, Object> pagesWritten;
    private final Cache<List<Object>, byte[]> themeBlocks;
    private final Cache<Object, Object> searchEntries;
    private final Cache<List<Object>, OutputFile> searchParts;
    private final Cache<String, SearchIndex.Made> lastSearchIndex;
    private final Cache<List<Object>, String> pageParts;
    private final Cache<String, CategoryTexts> categoryTexts;
    private final Cache<List<Object>, byte[]> cardScripts;
    private final Cache<Object, Object> views;
    private final Cache<String, ThemeIds.FileIds> themeIds;
    private final Cache<String, GuideValidator.Passed> validated;
    private final Cache<Set<String>, byte[]> prism;
    private final ReadFiles files;
    private final WrittenFiles written;
    private final Printing.Caches printing;
    private final Cache<String, byte[]> socialCards;
    private volatile PrismLanguages prismLanguages;

    private Caches(boolean inMemory, boolean keepsSearchEntries, Map<String, String> environment, WatchedFolders watched) {
        this.inMemory = inMemory;
        this.environment = Map.copyOf(environment);
        diagramsOnDisk = DiagramCache.forUser(environment);
        markdown = inMemory();
        titles = inMemory();
        pages = inMemory();
        pagesWritten = inMemory();
        themeBlocks = inMemory();
        searchEntries = keepsSearchEntries ? memo() : Cache.none();
        pageParts = inMemory();
        categoryTexts = inMemory();
        cardScripts = inMemory();
        searchParts = inMemory();
        lastSearchIndex = inMemory();
        views = inMemory();
        themeIds = inMemory();
        validated = inMemory();
        prism = inMemory();
        files = new ReadFiles(inMemory(), inMemory(), inMemory(), inMemory(), inMemory(), watched);
        written = new WrittenFiles(inMemory());
        printing = new Printing.Caches(inMemory(), DiskCache.forUser(environment, "fonts", ".ttf"),
                DiskCache.forUser(environment, "pdf", ".pdf"), inMemory());
        socialCards = DiskCache.forUser(environment, "social", ".png");
    }

    /**
     * The caches of a process that builds again and again ({@code serve}); {@code environment} says where
     * the user's cache folder is; {@code watched} says which content files' changes the process reports to
     * {@link #changed} ({@link WatchedFolders#NONE}: none, every kept file is compared with the disk).
     */
    public static Caches forRebuilds(Map<String, String> environment, WatchedFolders watched) {
        return new Caches(true, true, environment, watched);
    }

    /**
     * The caches of one build: at 10,000 questions the rendered Markdown's plain text alone is 17 MB, which
     * would be held to the end of the build for nothing.
     */
    public static Caches forOneBuild(Map<String, String> environment) {
        return new Caches(false, false, environment, WatchedFolders.NONE);
    }

    /**
     * The caches of one build of one guide of a library: as {@link #forOneBuild}, but they keep the search
     * index's entries, which the library's index over every guide reuses instead of rendering each answer again.
     */
    static Caches forLibraryGuide(Map<String, String> environment) {
        return new Caches(false, true, environment, WatchedFolders.NONE);
    }

    /** A cache kept in memory between builds, or none for one build. */
    private <K, V> Cache<K, V> inMemory() {
        return inMemory ? memo() : Cache.none();
    }

    private <K, V> Memo<K, V> memo() {
        Memo<K, V> memo = new Memo<>();
        memos.add(memo);
        return memo;
    }

    /** SVG by PlantUML source, in memory (a diagram drawn twice in one build is drawn once). */
    public Memo<String, String> diagrams() {
        return diagrams;
    }

    /** SVG by PlantUML source, on disk. */
    public DiagramCache diagramsOnDisk() {
        return diagramsOnDisk;
    }

    /** HTML by Markdown source and rendering options. */
    public Cache<MarkdownRenderer.Key, MarkdownRenderer.Rendered> markdown() {
        return markdown;
    }

    /**
     * HTML by Markdown source and rendering options, for the guide in {@code content}: from the file the guide's
     * last build left in the user's cache folder ({@link RenderedOnDisk}), which {@link #markdownRendered} writes
     * again; a process that builds again and again reads it for its first build only, and keeps what its
     * builds rendered in memory. Call once a build.
     */
    public Cache<MarkdownRenderer.Key, MarkdownRenderer.Rendered> markdown(Path content) {
        if (inMemory && markdownFromDisk) {
            return markdown;
        }
        markdownFromDisk = true;
        Cache<MarkdownRenderer.Key, MarkdownRenderer.Rendered> onDisk =
                RenderedOnDisk.forGuide(UserCache.folder(environment, "markdown"), content);
        markdownOnDisk = onDisk instanceof RenderedOnDisk file ? file : null;
        // serve: the first build from disk, and every build from memory.
        return inMemory ? new Layered<>(markdown, onDisk) : onDisk;
    }

    /**
     * The build's Markdown is all rendered: what it rendered is written for the next build of the guide, on a
     * thread of its own while the pages are made; {@link #keepOnlyUsed} waits for it.
     */
    public void markdownRendered() {
        RenderedOnDisk onDisk = markdownOnDisk;
        if (onDisk != null) {
            markdownOnDisk = null;
            markdownSaved = Background.start("markdown kept", () -> {
                onDisk.save();
                return null;
            });
        }
    }

    /** Titles as rendered, by their Markdown. */
    public Cache<String, Title> titles() {
        return titles;
    }

    /** The search index's entry of each question (read with {@link SearchIndex#kept}). */
    public Cache<Object, Object> searchEntries() {
        return searchEntries;
    }

    /** The files of a split search index, by their path's start and their JSON or what it is made from. */
    public Cache<List<Object>, OutputFile> searchParts() {
        return searchParts;
    }

    /** What the last build of the search index made: its postings, with what they were made from, and each question's JSON. */
    public Cache<String, SearchIndex.Made> lastSearchIndex() {
        return lastSearchIndex;
    }

    /**
     * Parts of pages made from their views ({@code view/PageRenderer}): the JSON-LD of each category page, by the
     * page's category, site title and address.
     */
    public Cache<List<Object>, String> pageParts() {
        return pageParts;
    }

    /** Each category's answers as text and FAQ entries ({@code view/CategoryTexts}), by its page's address. */
    public Cache<String, CategoryTexts> categoryTexts() {
        return categoryTexts;
    }

    /** Each category's card script ({@code view/CardScripts}), by the HTML of its cards. */
    public Cache<List<Object>, byte[]> cardScripts() {
        return cardScripts;
    }

    /** The guide that last passed the checks across files ({@code validate/GuideValidator}). */
    public Cache<String, GuideValidator.Passed> validated() {
        return validated;
    }

    /** The element ids each file of the theme gives, by its name (and then its bytes). */
    public Cache<String, ThemeIds.FileIds> themeIds() {
        return themeIds;
    }

    /** The views of the site and its questions, each by itself ({@code view/ViewBuilder} hands back the earlier of equal ones). */
    public Cache<Object, Object> views() {
        return views;
    }

    /** The content's files as read and parsed, by path and bytes. */
    public ReadFiles files() {
        return files;
    }

    /** The site as this process last committed it, file by file with their bytes, by its folder. */
    public WrittenFiles written() {
        return written;
    }

    /** The social cards' PNGs by their text, on disk ({@code social/CardCache} makes the keys). */
    public Cache<String, byte[]> socialCards() {
        return socialCards;
    }

    /** The last print, by its sheets and assets; fonts and PDFs on disk. */
    public Printing.Caches printing() {
        return printing;
    }

    /**
     * A template renderer for a theme folder that reuses its parsed templates, and the pages it rendered
     * from an equal model, from earlier builds.
     */
    public TemplateRenderer templates(Path folder, Problems problems) {
        return new TemplateRenderer(folder, problems, theme(folder), pages, pagesWritten, themeBlocks);
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

    /**
     * Forgets the parsed templates and the pages rendered with them, after a file of the theme changed: a
     * page's key holds its model, not the templates it was rendered with.
     */
    public void themeChanged() {
        themes.values().forEach(Configuration::clearTemplateCache);
        for (Cache<?, ?> rendered : List.of(pages, pagesWritten, themeBlocks)) {
            if (rendered instanceof Memo<?, ?> memo) {
                memo.clear();
            }
        }
    }

    /**
     * Forgets the content files at these paths and under them, which a watcher reported changed, and the
     * listings of the folders in which a file was created, deleted or renamed: the next build reads them
     * again. Called between builds, never during one.
     */
    public void changed(Collection<Path> paths, Collection<Path> foldersWithEntriesChanged) {
        files.forget(paths, foldersWithEntriesChanged);
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
        byte[] bytes = prism.get(languages);
        if (bytes == null) {
            bytes = PrismBundle.build(prismLanguages(), languages);
            prism.put(Set.copyOf(languages), bytes);
        }
        return bytes;
    }

    /** Called after a successful build: each cache in memory drops what that build did not use. */
    public void keepOnlyUsed() {
        memos.forEach(Memo::keepOnlyUsed);
        if (markdownSaved != null) {
            markdownSaved.await();
            markdownSaved = null;
        }
    }

    /** Frees the memory of what the caches dropped: between builds, so that a build does not wait for it. */
    public void sweep() {
        memos.forEach(Memo::sweep);
    }
}
