package studyguide.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import studyguide.cache.Cache;
import studyguide.model.Markdown;
import studyguide.problem.Position;
import studyguide.problem.Problem;
import studyguide.problem.Problems;

/**
 * Reads the content's files for the loader: as text, or as text parsed as YAML. In a long-running process
 * ({@code serve}) it keeps what each file gave, by the file's path and exact bytes, so that a rebuild after
 * one edited answer decodes and parses only that file. The problems a file had are kept with it and
 * recorded again on every read, so a build reports them exactly as the first read did.
 *
 * <p>A kept file is compared with its bytes on disk before it is used again, unless a watcher reports its
 * changes ({@link WatchedFolders}) and it is a file of its own, not a link and not linked from elsewhere: a
 * change to it is then forgotten ({@link #forget}) before the next build, and a file still kept is as it was
 * read. Comparing every file was a quarter of a rebuild's processor time at 10,000 questions.
 */
public final class ReadFiles {

    /**
     * A YAML file as read: its text, where its lines start, and its tree (null when it is not valid YAML or
     * is empty).
     */
    record Yaml(String text, LineStarts lines, YamlNode root) {
    }

    /**
     * What a file's bytes gave, and the problems found on the way: kept by the file's path, used only when
     * the file is shown under the same name and has the same bytes; {@code reported} when a watcher reports
     * every change to it, so that its bytes need no comparing.
     */
    public record Kept<T>(Path shownAs, byte[] bytes, T value, List<Problem> problems, boolean reported) {
    }

    /**
     * A category file as read into its category, with the levels it was read with, what it took from other
     * files ({@link CategoryInputs}), and the problems and warnings the reading found.
     */
    public record Category(List<String> levels, List<?> inputs, CategoryReader.Result result, List<Problem> problems,
            List<Problem> warnings) {
    }

    private final YamlReader yaml = new YamlReader();
    /**
     * Each thread's buffer for comparing a file with its kept bytes: {@code serve} reads every file of the guide
     * on every rebuild (25 MB at 10,000 questions), and most are as they were.
     */
    private final ThreadLocal<ByteBuffer> comparing = ThreadLocal.withInitial(() -> ByteBuffer.allocate(64 * 1024));
    private final Cache<Path, Kept<String>> texts;
    private final Cache<Path, Kept<Yaml>> trees;
    private final Cache<Path, Category> categories;
    private final Cache<List<Object>, Listing> listings;
    private final Cache<Path, Markdown> answers;
    private final WatchedFolders watched;

    /**
     * A folder's files of one kind as the loader listed them, by id, with what listing them found wrong; {@code
     * keepable} when the listing depends only on the folder's entries: none is a link (whose target may change
     * unreported) or a folder (whose contents the listing looked into), and the folder is reached without one.
     */
    record Listing(Map<String, Path> files, List<Problem> problems, boolean keepable) {
    }

    /**
     * Files kept in these caches ({@link Cache#none()} for a one-off build: no later build would reuse them):
     * texts and YAML by their path and bytes, categories by their file's path, folder listings by the folder
     * and the kind of file listed, answer files' Markdown by their path; {@code watched} says which folders' changes
     * are reported to {@link #forget}.
     */
    public ReadFiles(Cache<Path, Kept<String>> texts, Cache<Path, Kept<Yaml>> trees, Cache<Path, Category> categories,
            Cache<List<Object>, Listing> listings, Cache<Path, Markdown> answers, WatchedFolders watched) {
        this.texts = texts;
        this.trees = trees;
        this.categories = categories;
        this.listings = listings;
        this.answers = answers;
        this.watched = watched;
    }

    /** Nothing kept. */
    public static ReadFiles none() {
        return new ReadFiles(Cache.none(), Cache.none(), Cache.none(), Cache.none(), Cache.none(), WatchedFolders.NONE);
    }

    /**
     * The files named {@code <id><ending>} in a folder, as {@code list} lists them into the problems it is given;
     * in a process that keeps them, the listing of a watched folder is used again, with its problems, until the
     * watcher reports a change in it.
     */
    Map<String, Path> listing(Path folder, String ending, Function<Problems, Listing> list, Problems problems) {
        if (!listings.keeps()) {
            return list.apply(problems).files();
        }
        List<Object> key = List.of(folder, ending);
        Listing kept = listings.get(key);
        if (kept == null) {
            Problems found = new Problems();
            Listing made = list.apply(found);
            kept = new Listing(made.files(), found.sorted(), made.keepable());
            if (kept.keepable() && watched != WatchedFolders.NONE && watched.watches(folder.toAbsolutePath().normalize())) {
                listings.put(key, kept);
            }
        }
        problems.addAll(kept.problems());
        return kept.files();
    }

    /**
     * Forgets the files at these paths, and every file under them, that a watcher reported changed (or a
     * folder of which it lost track), and the listings of those folders and of the folders in which a file was
     * created, deleted or renamed: the next build reads them again. Called with no build under way.
     */
    public void forget(Collection<Path> changed, Collection<Path> foldersWithEntriesChanged) {
        Set<Path> folders = new HashSet<>();
        foldersWithEntriesChanged.forEach(path -> folders.add(path.toAbsolutePath().normalize()));
        Predicate<Path> under = new ChangedPaths(changed);
        texts.forgetIf(under);
        trees.forgetIf(under);
        // A file written in place leaves its folder's listing as it was.
        listings.forgetIf(key -> {
            Path folder = ((Path) key.get(0)).toAbsolutePath().normalize();
            return under.test(folder) || folders.contains(folder);
        });
    }

    /** The category an earlier build read from this file, or null; {@link CategoryInputs#same} tells whether it still holds. */
    Category category(Path file) {
        return categories.get(file);
    }

    /** Keeps the category read from this file for later builds, when this process builds again and again. */
    void keep(Path file, Category category) {
        categories.put(file, category);
    }

    /**
     * Whether {@code text} is the text kept for {@code file} and a watcher reports every change to it. Such a file is
     * still where it was, a file of its own reached through real folders, with that text: its change, or a change
     * to a folder on its path, is forgotten ({@link #forget}) before the next build.
     */
    boolean stillKept(Path file, String text) {
        Kept<String> kept = texts.keeps() ? texts.get(file) : null;
        return kept != null && kept.reported() && kept.value() == text;
    }

    /**
     * An answer file's Markdown, from {@code text}, its text as {@link #text} gave it: the Markdown an earlier build
     * made while that text is still the very one kept for the file, so that a category whose answers did not change
     * finds each the same object ({@link CategoryInputs#same}) rather than comparing it, text and position; null
     * when the text is blank (an answer file needs an answer), which only a text not kept before is tested for.
     */
    Markdown answer(Path file, String text) {
        Markdown kept = answers.keeps() ? answers.get(file) : null;
        if (kept != null && kept.text() == text) {
            return kept;
        }
        if (text.isBlank()) {
            return null;
        }
        Markdown answer = Markdown.inFile(text, new Position(file, 1, 0));
        answers.put(file, answer);
        return answer;
    }

    /** The file's text (see {@link TextFiles#decode}), or null after recording a problem. */
    String text(Path file, Path shownAs, Problems problems) {
        return read(texts, file, shownAs, TextFiles.MAX_TEXT_BYTES, problems,
                (bytes, found) -> TextFiles.decode(bytes, shownAs, found));
    }

    /** The file's text and YAML tree, either null after recording a problem; null when it cannot be read. */
    Yaml yaml(Path file, Path shownAs, Problems problems) {
        return read(trees, file, shownAs, TextFiles.MAX_YAML_BYTES, problems, (bytes, found) -> {
            String text = TextFiles.decode(bytes, shownAs, found);
            return text == null ? new Yaml(null, null, null)
                    : new Yaml(text, LineStarts.of(text), yaml.read(text, shownAs, found));
        });
    }

    private <T> T read(Cache<Path, Kept<T>> kept, Path file, Path shownAs, long maxBytes, Problems problems,
            BiFunction<byte[], Problems, T> make) {
        // Unless a watcher reports the file's changes, its bytes are read every time: a file's modification time
        // can stay the same across two quick saves.
        Kept<T> last = kept.keeps() ? kept.get(file) : null;
        if (last != null && last.shownAs().equals(shownAs)
                && (last.reported() || TextFiles.hasBytes(file, last.bytes(), comparing.get()))) {
            problems.addAll(last.problems());
            return last.value();
        }
        byte[] bytes = TextFiles.bytes(file, shownAs, maxBytes, problems);
        if (bytes == null) {
            return null;
        }
        if (!kept.keeps()) {
            return make.apply(bytes, problems);
        }
        Problems found = new Problems();
        T value = make.apply(bytes, found);
        List<Problem> list = found.sorted();
        problems.addAll(list);
        kept.put(file, new Kept<>(shownAs, bytes, value, list, reported(file)));
        return value;
    }

    /**
     * Whether every change to the file is reported: the watcher reports its folder, and it is a file of its own.
     * A change made through a link, or through another name of a file with several (a hard link), is reported
     * under that other path only. Asked after reading: a change since is reported, and forgotten after this build.
     */
    private boolean reported(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        if (watched == WatchedFolders.NONE || folder == null || EditorFiles.is(file) || !watched.watches(folder)) {
            return false;
        }
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isRegularFile()
                    && Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS) instanceof Integer links
                    && links == 1;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false; // no way to tell: compared every time
        }
    }
}
