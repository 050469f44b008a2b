package studyguide.media;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import studyguide.load.ContentRoot;
import studyguide.output.ContentHash;
import studyguide.problem.Position;
import studyguide.problem.Problems;

/**
 * The files one build's Markdown links to. Each is found relative to the file its Markdown is written
 * in, must lie inside the content folder ({@link ContentRoot}, links followed), and is stored once under
 * {@link #FOLDER} with a name that ends in a hash of its bytes ({@link ContentHash}), however many places
 * name it: a browser may keep it for ever, and a changed file gets a new name. Safe to use from several
 * threads.
 */
public final class Media {

    /** Where the site holds the files, relative to its root. */
    public static final String FOLDER = "media/";

    private final Path content;
    /** The content folder as the user named it, which messages start from. */
    private final Path shownAs;
    private final ContentRoot root;
    private final Problems problems;
    private final Map<Path, MediaFile> files = new ConcurrentHashMap<>();
    private final Set<ExternalImage> external = ConcurrentHashMap.newKeySet();

    private Media(Path content, Path shownAs, ContentRoot root, Problems problems) {
        this.content = content;
        this.shownAs = shownAs;
        this.root = root;
        this.problems = problems;
    }

    /** The files linked from the guide in {@code content}, an existing folder; problems go to {@code problems}. */
    public static Media of(Path content, Problems problems) throws IOException {
        return new Media(content.toAbsolutePath().normalize(), content, ContentRoot.of(content), problems);
    }

    /**
     * The file that {@code name} (a URL path, '%'-escapes allowed, without query or fragment) names from
     * {@code folder}, registered for the site; null, with a problem at {@code at}, when it is not a file
     * inside the guide.
     *
     * <p>A file that would run script in a browser that opens it ({@link ScriptInFile}) is an error where Markdown from
     * YAML links to it, which the trust model promises is safe, and a warning in the author's Markdown files, which
     * link it as written.
     *
     * @param what how the message names the link: "image" or "linked file"
     * @param authorsFile whether the link is in a Markdown file (the author's own) rather than Markdown from YAML
     */
    public MediaFile link(Path folder, String name, String what, Position at, boolean authorsFile) {
        MediaFile file = find(folder, name, what, at);
        if (file == null || file.script() == null) {
            return file;
        }
        String message = what + " '" + name + "' " + file.script() + ", which a reader's browser would run on the guide's "
                + "site if it opened the file";
        if (!authorsFile) {
            problems.add(at, message + "; take the script out of the file to link it from YAML");
            return null;
        }
        problems.warn(at, message + "; it is linked as written, as a Markdown file is the author's own");
        return file;
    }

    private MediaFile find(Path folder, String name, String what, Position at) {
        String path = decode(name);
        if (path == null || path.isEmpty() || path.startsWith("/") || path.contains("\\")) {
            problems.add(at, what + " '" + name + "' must be a path relative to the file it is written in, with '/'");
            return null;
        }
        Path file = folder.toAbsolutePath().normalize().resolve(path).normalize();
        if (!file.startsWith(content)) {
            problems.add(at, what + " '" + name + "' is outside the content folder; copy the file into the guide");
            return null;
        }
        if (Files.isDirectory(file)) {
            problems.add(at, what + " '" + name + "' names the folder " + shown(file) + ", not a file in it");
            return null;
        }
        if (!Files.isRegularFile(file)) {
            problems.add(at, what + " '" + name + "' not found: there is no file " + shown(file));
            return null;
        }
        if (!root.admits(file, name, at, problems)) {
            return null;
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            problems.add(at, "could not read '" + name + "': " + e.getMessage());
            return null;
        }
        MediaFile known = files.get(real);
        if (known != null) {
            return known;
        }
        MediaFile made = read(real, file, name, at);
        return made == null ? null : files.computeIfAbsent(real, r -> made);
    }

    /** Notes an image that pages load from another site, for {@code check} to list. */
    public void external(String url, Position at) {
        external.add(new ExternalImage(url, at));
    }

    /** Every file linked so far, each once, by site path. */
    public List<MediaFile> files() {
        return files.values().stream().distinct().sorted(Comparator.comparing(MediaFile::path)).toList();
    }

    /** The images loaded from other sites, in the order they are written: by file, line and column. */
    public List<ExternalImage> external() {
        return external.stream().sorted(Comparator.comparing((ExternalImage e) -> e.position().file().toString())
                .thenComparingInt(e -> e.position().line()).thenComparingInt(e -> e.position().column())
                .thenComparing(ExternalImage::url)).toList();
    }

    private MediaFile read(Path real, Path file, String name, Position at) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(real);
        } catch (IOException e) {
            problems.add(at, "could not read '" + name + "': " + e.getMessage());
            return null;
        }
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        String extension = dot > 0 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        ImageSize size = null;
        if (ImageSizes.isImage(extension)) {
            size = ImageSizes.of(bytes, extension);
            if (size == null) {
                problems.warn(at, "could not read the size of the image '" + name + "'; it is shown without a width and height");
            }
        }
        String site = FOLDER + safe(stem) + "-" + ContentHash.of(bytes) + (extension.isEmpty() ? "" : "." + safe(extension));
        return new MediaFile(site, real, size, ScriptInFile.of(bytes, extension));
    }

    /** How a file of the guide is named in messages: from the content folder as the user named it. */
    private String shown(Path file) {
        return shownAs.resolve(content.relativize(file)).toString().replace('\\', '/');
    }

    /** The path of a URL with its '%'-escapes decoded, or null when they are not valid UTF-8 escapes. */
    private static String decode(String url) {
        try {
            return URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A name part that needs no escaping in a URL and is safe on every file system. */
    private static String safe(String part) {
        String safe = part.replaceAll("[^A-Za-z0-9._-]+", "-");
        return safe.isEmpty() || safe.startsWith(".") ? "file" + safe : safe;
    }
}
