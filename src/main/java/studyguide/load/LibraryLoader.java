package studyguide.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import studyguide.model.Library;
import studyguide.model.Site;
import studyguide.problem.Position;
import studyguide.problem.Problems;

/**
 * Reads a library: a content folder that holds {@code site.yaml} and {@code guides/<guide-id>/}, each guide
 * a content folder of its own (read by {@link GuideLoader}). Records every problem it meets instead of stopping.
 */
public final class LibraryLoader {

    /** The folder whose presence makes a content folder a library. */
    public static final String GUIDES = "guides";

    static final Set<String> LIBRARY_KEYS = Set.of("title", "description", "lang");

    private final Problems problems;
    private final ReadFiles files;

    public LibraryLoader(Problems problems, ReadFiles files) {
        this.problems = problems;
        this.files = files;
    }

    /** Whether {@code content} is a library rather than a single guide: it has a {@code guides/} folder. */
    public static boolean isLibrary(Path content) {
        return Files.isDirectory(content.resolve(GUIDES));
    }

    /**
     * Reads the library in {@code content}. Its guides are listed even when its own site.yaml has problems, so
     * that their builds report theirs in the same run; its title and description are null where missing.
     */
    public Library load(Path content) {
        ContentRoot root;
        try {
            root = ContentRoot.of(content);
        } catch (IOException e) {
            problems.add(Position.of(content), "could not read the content folder: " + e.getMessage());
            return new Library(null, null, Site.DEFAULT_LANG, List.of());
        }
        guideBesideGuides(content);
        strays(content);
        List<Library.Shelf> guides = guides(content.resolve(GUIDES), root);
        Path siteFile = content.resolve("site.yaml");
        if (!Files.isRegularFile(siteFile)) {
            problems.add(Position.of(siteFile), "missing: a library needs a site.yaml with its title and description");
            return new Library(null, null, Site.DEFAULT_LANG, guides);
        }
        ReadFiles.Yaml read = root.admits(siteFile, "site.yaml", Position.of(siteFile), problems)
                ? files.yaml(siteFile, siteFile, problems) : null;
        Fields fields = read == null || read.root() == null ? null
                : Fields.of(read.root(), "a library's site.yaml", LIBRARY_KEYS, problems);
        if (fields == null) {
            return new Library(null, null, Site.DEFAULT_LANG, guides);
        }
        return new Library(fields.requiredText("title"), fields.requiredText("description"),
                GuideLoader.lang(fields, problems), guides);
    }

    /** Reports whatever lies beside site.yaml and guides/: a library's questions belong to one of its guides. */
    private void strays(Path content) {
        for (Path file : list(content)) {
            String name = file.getFileName().toString();
            if (!name.equals("site.yaml") && !name.equals(GUIDES)) {
                problems.add(Position.of(file), "a library holds only site.yaml and guides/; move this into a guide's "
                        + "folder (guides/<guide-id>/)");
            }
        }
    }

    /**
     * Reports a guide's own {@code guides/} folder: a guide holds only its content, and its build would pass the
     * guides in there over without a word, as a single guide's build passes over any folder it does not read.
     */
    private void nested(Path guide) {
        if (isLibrary(guide)) {
            problems.add(Position.of(guide.resolve(GUIDES)), "a library cannot hold another library: a guide's "
                    + "folder holds only its own content, and the guides in this folder would not be built; move each "
                    + "into the library's guides/ folder (guides/<guide-id>/), or rename this folder");
        }
    }

    /**
     * Reports, once, a guide's own content beside {@code guides/}: the folder makes the content folder a library,
     * which may be meant as a single guide with a folder that happens to be named guides/.
     */
    private void guideBesideGuides(Path content) {
        if (Files.isDirectory(content.resolve("questions"))) {
            problems.add(Position.of(content.resolve(GUIDES)), "this content folder holds a guide's questions/ and a "
                    + "guides/ folder, which makes it a library of the guides in guides/; move the guide into "
                    + "guides/<guide-id>/, or rename guides/ if this is a single guide");
        }
    }

    /** The guides' folders, by id; anything else in guides/ is reported. */
    private List<Library.Shelf> guides(Path folder, ContentRoot root) {
        List<Library.Shelf> guides = new ArrayList<>();
        for (Path guide : list(folder)) {
            String id = guide.getFileName().toString();
            if (!Files.isDirectory(guide)) {
                problems.add(Position.of(guide), "the folder guides/ holds only guides' folders (guides/<guide-id>/); "
                        + "rename or move this file");
            } else if (!CategoryReader.ID.matcher(id).matches()) {
                problems.add(Position.of(guide), "a guide's folder name must be an id of a-z, 0-9 and '-', as it becomes "
                        + "the guide's folder in the site");
            } else if (id.length() > Site.MAX_ID_LENGTH) {
                problems.add(Position.of(guide), "the guide id is " + id.length() + " characters long; ids become folder "
                        + "names of the site, so keep them to " + Site.MAX_ID_LENGTH);
            } else if (Library.OWN_FOLDERS.contains(id)) {
                problems.add(Position.of(guide), "the guide id '" + id + "' is already used by the library itself ("
                        + id + "/); rename the folder");
            } else if (root.admits(guide, id, Position.of(guide), problems)) {
                nested(guide);
                guides.add(new Library.Shelf(id, guide));
            }
        }
        if (guides.isEmpty()) {
            problems.add(Position.of(folder), "the folder guides/ holds no guide: add guides/<guide-id>/ with its own "
                    + "site.yaml and questions/");
        }
        return guides;
    }

    /** A folder's entries in name order, leaving out hidden ones (editor swap files and the like). */
    private List<Path> list(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            problems.add(Position.of(folder), "could not list the folder: " + e.getMessage());
            return List.of();
        }
    }
}
