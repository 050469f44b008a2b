package studyguide.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import studyguide.model.Category;
import studyguide.model.Guide;
import studyguide.model.Located;
import studyguide.model.Markdown;
import studyguide.model.Page;
import studyguide.model.Question;
import studyguide.model.Site;
import studyguide.model.Source;
import studyguide.parallel.Parallel;
import studyguide.problem.Position;
import studyguide.problem.Problems;
import studyguide.problem.Suggestions;

/** Loads a content folder into a {@link Guide}, recording every problem it meets instead of stopping. */
public final class GuideLoader {

    static final Set<String> SITE_KEYS = Set.of("title", "description", "levels", "categories", "pages", "lang",
            "license", "source", "labels", "synonyms", "translation_of");

    private static final Set<String> KNOWN_LANGUAGES = Set.of(Locale.getISOLanguages());
    /** Endings of files that may sit beside answers and pages (and in their subfolders) for them to show. */
    private static final Set<String> MEDIA = Set.of("png", "jpg", "jpeg", "gif", "webp", "svg", "avif", "pdf");

    private final Problems problems;
    private final ReadFiles files;
    private boolean allQuestionsRead;
    private ContentRoot root;

    public GuideLoader(Problems problems) {
        this(problems, ReadFiles.none());
    }

    /** A loader that reads through {@code files}, which may keep what earlier loads read ({@code serve}). */
    public GuideLoader(Problems problems, ReadFiles files) {
        this.problems = problems;
        this.files = files;
    }

    /** Reads {@code content}; returns null when the folder cannot be read at all (the problem is recorded). */
    public Guide load(Path content) {
        if (!Files.isDirectory(content)) {
            problems.add(Position.of(content), Files.exists(content)
                    ? "the content folder is a file, not a folder"
                    : "the content folder does not exist (give another one with --content DIR)");
            return null;
        }
        try {
            root = ContentRoot.of(content);
        } catch (IOException e) {
            problems.add(Position.of(content), "could not read the content folder: " + e.getMessage());
            return null;
        }
        Path siteFile = content.resolve("site.yaml");
        if (Files.isDirectory(siteFile)) {
            problems.add(Position.of(siteFile), "a folder, where the guide needs the file site.yaml with its title and description");
        } else if (!Files.isRegularFile(siteFile)) {
            problems.add(Position.of(siteFile), "missing: every guide needs a site.yaml with its title and description");
        }
        SiteSettings settings = Files.isRegularFile(siteFile) && inside(siteFile) ? readSite(siteFile) : null;
        List<String> levels = settings == null || settings.levels == null ? Site.DEFAULT_LEVELS : settings.levels;

        Map<String, Markdown> answers = readAnswers(content.resolve("answers"));
        Map<String, Path> categoryFiles = files(content.resolve("questions"), ".yaml", "category files");
        if (categoryFiles.isEmpty() && Files.isDirectory(content)) {
            problems.add(Position.of(content.resolve("questions")),
                    "no category files: add questions/<category>.yaml with a title and questions");
        }
        ContentFolder snippets = new ContentFolder(content.resolve("snippets"), content.resolve("snippets"), root);
        ContentFolder diagrams = new ContentFolder(content.resolve("diagrams"), content.resolve("diagrams"), root);
        categoryFiles.forEach((id, file) -> {
            if (Site.OWN_PAGES.contains(id)) {
                problems.add(Position.of(file), "the category id '" + id + "' is already used by the site itself ("
                        + id + ".html); rename the file");
            } else if (Site.OWN_FOLDERS.contains(id)) {
                problems.add(Position.of(file), "the category id '" + id + "' is already used by the site itself ("
                        + id + "/, where its question pages would go); rename the file");
            }
        });
        Map<String, CategoryReader.Result> results = new TreeMap<>();
        categoryFiles.entrySet().parallelStream().forEach(e -> {
            CategoryReader.Result result = category(e.getKey(), e.getValue(), levels, answers, snippets, diagrams);
            synchronized (results) {
                results.put(e.getKey(), result);
            }
        });

        Set<String> ids = new HashSet<>();
        results.values().forEach(r -> ids.addAll(r.ids()));
        allQuestionsRead = results.values().stream().allMatch(r -> r.category() != null);
        // With a category file unreadable its ids are unknown, and every answer file would look orphaned.
        answers.forEach((id, answer) -> {
            if (!allQuestionsRead) {
                return;
            }
            if (!ids.contains(id)) {
                String hint = Suggestions.nearest(id, ids).map(s -> " — did you mean '" + s + ".md'?").orElse("");
                problems.add(answer.position(), "no question has the id '" + id + "'" + hint);
            }
        });

        List<String> order = settings == null ? null : settings.categories;
        List<Category> categories = new ArrayList<>();
        for (String id : ordered(order, categoryFiles.keySet(), settings == null ? null : settings.categoriesAt,
                "category", "questions/<id>.yaml")) {
            Category category = results.get(id).category();
            if (category != null) {
                categories.add(category);
            }
        }
        Map<String, Path> pageFiles = files(content.resolve("pages"), ".md", "pages");
        List<Page> pages = new ArrayList<>();
        for (String id : ordered(settings == null ? null : settings.pages, pageFiles.keySet(),
                settings == null ? null : settings.pagesAt, "page", "pages/<id>.md")) {
            Page page = readPage(id, pageFiles.get(id), categoryFiles.keySet());
            if (page != null) {
                pages.add(page);
            }
        }
        if (settings == null || settings.title == null || settings.description == null) {
            return null;
        }
        return new Guide(new Site(settings.title, settings.description, levels, settings.lang, settings.license,
                settings.source, settings.labels, settings.synonyms, settings.translationOf), categories, pages);
    }

    /**
     * A category file read into its category; in a process that builds again and again, the category an
     * earlier build read, with its problems, when what its reading took is the same.
     */
    private CategoryReader.Result category(String id, Path file, List<String> levels, Map<String, Markdown> answers,
            ContentFolder snippets, ContentFolder diagrams) {
        ReadFiles.Category read = files.category(file);
        if (read == null || !read.levels().equals(levels) || !CategoryInputs.same(read.inputs(), files, answers)) {
            Problems found = new Problems();
            CategoryInputs inputs = new CategoryInputs(files, answers);
            CategoryReader.Result result = new CategoryReader(levels, inputs, snippets, diagrams, found).read(id, file, file);
            if (read != null) {
                result = unchangedQuestionsAsBefore(result, read.result());
            }
            read = new ReadFiles.Category(levels, inputs.taken(), result, found.sorted(), found.warnings());
            files.keep(file, read);
        }
        problems.addAll(read.problems());
        problems.warnAll(read.warnings());
        return read.result();
    }

    /**
     * The category read again with each question equal to one of the earlier reading the very object read then:
     * one edited answer makes its category read again, and the stages after this one find an unchanged question
     * by reference ({@code serve}), where a new, equal object costs a hash through all its fields in each of them.
     */
    private static CategoryReader.Result unchangedQuestionsAsBefore(CategoryReader.Result now, CategoryReader.Result before) {
        if (now.category() == null || before.category() == null) {
            return now;
        }
        Map<String, Question> earlier = new HashMap<>();
        before.category().questions().forEach(q -> earlier.put(q.id(), q));
        List<Question> questions = new ArrayList<>(now.category().questions());
        boolean reused = false;
        for (int i = 0; i < questions.size(); i++) {
            Question old = earlier.get(questions.get(i).id());
            if (old != null && old != questions.get(i) && old.equals(questions.get(i))) {
                questions.set(i, old);
                reused = true;
            }
        }
        if (!reused) {
            return now;
        }
        Category c = now.category();
        return new CategoryReader.Result(new Category(c.id(), c.title(), c.summary(), questions, c.position()), now.ids());
    }

    /**
     * Whether every category file could be read; when one could not, checks across files (related ids,
     * orphan answers) would only report the consequences of that one problem, so they are skipped.
     */
    public boolean allQuestionsRead() {
        return allQuestionsRead;
    }

    /** What site.yaml says; fields are null where missing or wrong (the problem is recorded). */
    private record SiteSettings(String title, String description, List<String> levels, List<String> categories,
            Position categoriesAt, List<String> pages, Position pagesAt, String lang, String license, Source source,
            Map<String, Located<String>> labels, Map<String, List<String>> synonyms, Located<String> translationOf) {
    }

    private SiteSettings readSite(Path file) {
        ReadFiles.Yaml read = files.yaml(file, file, problems);
        YamlNode root = read == null ? null : read.root();
        Fields fields = root == null ? null : Fields.of(root, "site.yaml", SITE_KEYS, problems);
        if (fields == null) {
            return null;
        }
        String title = fields.requiredText("title");
        String description = fields.requiredText("description");
        List<String> levels = null;
        if (fields.has("levels")) {
            levels = idList(fields, "levels");
            if (levels.isEmpty()) {
                problems.add(fields.at("levels"), "'levels' must name at least one level");
                levels = null;
            }
        }
        List<String> categories = fields.has("categories") ? idList(fields, "categories") : null;
        List<String> pages = fields.has("pages") ? idList(fields, "pages") : null;
        return new SiteSettings(title, description, levels, categories, fields.at("categories"), pages, fields.at("pages"),
                lang(fields, problems), fields.optionalText("license"), SourceReader.read(fields, problems), labels(fields),
                synonyms(fields), translationOf(fields));
    }

    /** The guide this one translates, by id; whether a guide of that id is in the library is the library's to check. */
    private Located<String> translationOf(Fields fields) {
        String id = fields.optionalText("translation_of");
        if (id == null) {
            return null;
        }
        if (!CategoryReader.ID.matcher(id.strip()).matches()) {
            problems.add(fields.at("translation_of"), "'translation_of' must be a guide's id of a-z, 0-9 and '-', not '"
                    + id + "'");
            return null;
        }
        return new Located<>(id.strip(), fields.at("translation_of"));
    }

    /** The guide's (or a library's) language: a well-formed BCP 47 tag, as browsers and hyphenation read it. */
    static String lang(Fields fields, Problems problems) {
        String lang = fields.optionalText("lang");
        if (lang == null) {
            return Site.DEFAULT_LANG;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(lang.strip()).build();
            String language = locale.getLanguage();
            if (language.length() == 3 || language.length() == 2 && KNOWN_LANGUAGES.contains(language)) {
                return locale.toLanguageTag();
            }
        } catch (IllformedLocaleException e) {
            // reported below, as an unknown language is
        }
        problems.add(fields.at("lang"), "'lang' must be a language tag such as en, de, pt-BR or zh-Hans, not '"
                + lang + "'");
        return Site.DEFAULT_LANG;
    }

    /** Words the search takes for each other: {@code word: [other, words]}, or {@code word: other}. */
    private Map<String, List<String>> synonyms(Fields fields) {
        Map<String, List<String>> synonyms = new LinkedHashMap<>();
        if (!fields.has("synonyms")) {
            return synonyms;
        }
        YamlNode value = fields.node("synonyms");
        if (!(value instanceof YamlNode.Mapping mapping)) {
            if (!YamlNode.Scalar.isRefused(value)) {
                problems.add(value.position(), "'synonyms' must be a mapping of a word to the words that mean the same "
                        + "(ddb: [dynamodb]), not " + value.describe());
            }
            return synonyms;
        }
        for (YamlNode.Entry entry : mapping.entries()) {
            List<String> others = new ArrayList<>();
            String blank = blankness(entry.value());
            if (isWord(entry.value())) {
                others.add(((YamlNode.Scalar) entry.value()).text());
            } else if (blank != null) {
                problems.add(entry.value().position(), "the synonyms of '" + entry.key() + "' are " + blank
                        + "; write a word or a list of words");
            } else if (entry.value() instanceof YamlNode.Sequence list) {
                for (YamlNode item : list.items()) {
                    String blankItem = blankness(item);
                    if (isWord(item)) {
                        others.add(((YamlNode.Scalar) item).text());
                    } else if (blankItem != null) {
                        problems.add(item.position(), "a word of the synonyms of '" + entry.key() + "' is " + blankItem
                                + "; write the word or leave the item out");
                    } else if (!YamlNode.Scalar.isRefused(item)) {
                        problems.add(item.position(), "each word of the synonyms of '" + entry.key()
                                + "' must be text, not " + item.describe());
                    }
                }
            } else if (!YamlNode.Scalar.isRefused(entry.value())) {
                problems.add(entry.value().position(), "the synonyms of '" + entry.key()
                        + "' must be a word or a list of words, not " + entry.value().describe());
            }
            if (!others.isEmpty()) {
                synonyms.put(entry.key(), others);
            }
        }
        return synonyms;
    }

    /** Whether {@code node} is a synonym: text (or a number, read as written) with a character other than space. */
    private static boolean isWord(YamlNode node) {
        return node instanceof YamlNode.Scalar s && s.kind() != YamlNode.Scalar.Kind.NULL
                && s.kind() != YamlNode.Scalar.Kind.BINARY && s.kind() != YamlNode.Scalar.Kind.REFUSED
                && s.text() != null && !s.text().isBlank();
    }

    /**
     * "empty" for no value ({@code key:}, {@code ~}, {@code ""}), "blank" for text of spaces only, null otherwise:
     * such a value is text, or what YAML reads as none, and "must be text, not text" would contradict itself.
     */
    private static String blankness(YamlNode node) {
        if (!(node instanceof YamlNode.Scalar s)
                || s.kind() != YamlNode.Scalar.Kind.NULL && s.kind() != YamlNode.Scalar.Kind.TEXT) {
            return null;
        }
        if (s.text() == null || s.text().isEmpty()) {
            return "empty";
        }
        return s.text().isBlank() ? "blank" : null;
    }

    /** The author's words for the theme's labels; which keys exist is the theme's to say, checked later. */
    private Map<String, Located<String>> labels(Fields fields) {
        Map<String, Located<String>> labels = new LinkedHashMap<>();
        if (!fields.has("labels")) {
            return labels;
        }
        YamlNode value = fields.node("labels");
        if (!(value instanceof YamlNode.Mapping mapping)) {
            if (!YamlNode.Scalar.isRefused(value)) {
                problems.add(value.position(), "'labels' must be a mapping of label names to words "
                        + "(show_answer: Antwort zeigen), not " + value.describe());
            }
            return labels;
        }
        for (YamlNode.Entry entry : mapping.entries()) {
            if (entry.value() instanceof YamlNode.Scalar s && s.kind() != YamlNode.Scalar.Kind.BINARY
                    && s.kind() != YamlNode.Scalar.Kind.NULL && s.text() != null && !s.text().isBlank()) {
                labels.put(entry.key(), new Located<>(s.text(), entry.keyPosition()));
            } else if (!YamlNode.Scalar.isRefused(entry.value())) {
                problems.add(entry.value().position(), "the label '" + entry.key() + "' must be text, not "
                        + entry.value().describe());
            }
        }
        return labels;
    }

    private List<String> idList(Fields fields, String key) {
        List<String> values = fields.textList(key);
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            if (!CategoryReader.ID.matcher(value).matches()) {
                problems.add(fields.at(key), "'" + value + "' in '" + key + "' may contain only a-z, 0-9 and '-'");
            } else if (!seen.add(value)) {
                problems.add(fields.at(key), "'" + value + "' is listed twice in '" + key + "'");
            }
        }
        return values.stream().distinct().toList();
    }

    /**
     * The display order: the list from site.yaml when given (which must name every file exactly once),
     * otherwise alphabetical.
     */
    private List<String> ordered(List<String> listed, Set<String> present, Position at, String what, String pattern) {
        if (listed == null) {
            return present.stream().sorted().toList();
        }
        List<String> result = new ArrayList<>();
        for (String id : listed) {
            if (present.contains(id)) {
                result.add(id);
            } else {
                String hint = Suggestions.didYouMean(id, present);
                problems.add(at, "site.yaml lists the " + what + " '" + id + "', but there is no "
                        + pattern.replace("<id>", id) + hint);
            }
        }
        present.stream().sorted().filter(id -> !listed.contains(id)).forEach(id -> problems.add(at,
                pattern.replace("<id>", id) + " is not listed in site.yaml; add '" + id + "' to the list"));
        return result;
    }

    /** The files with the given ending in a folder, by id; other files there are reported. */
    private Map<String, Path> files(Path folder, String ending, String what) {
        if (!Files.isDirectory(folder)) {
            return new TreeMap<>();
        }
        return files.listing(folder, ending, found -> list(folder, ending, what, found), problems);
    }

    /** {@link #files}, listed into {@code found}. */
    private ReadFiles.Listing list(Path folder, String ending, String what, Problems found) {
        Map<String, Path> result = new TreeMap<>();
        // A file that is not a link lies where its folder does: one look at the folder's links, not one per file.
        boolean folderInside = root.holds(folder);
        boolean keepable = folderInside;
        try (Stream<Path> list = Files.list(folder)) {
            // In the folder's order: the files go into a map sorted by id, and problems are reported sorted.
            for (Path file : list.toList()) {
                String name = file.getFileName().toString();
                if (EditorFiles.is(name)) {
                    continue; // an editor's swap, backup or autosave file
                }
                BasicFileAttributes own;
                try {
                    own = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (NoSuchFileException e) {
                    continue; // gone since the folder was listed (an editor's test file)
                }
                boolean link = own.isSymbolicLink();
                keepable &= own.isRegularFile();
                boolean regular = link ? Files.isRegularFile(file) : own.isRegularFile();
                if (regular ? isMedia(name) : (link ? Files.isDirectory(file) : own.isDirectory()) && !holds(file, ending)) {
                    continue; // pictures beside the Markdown that shows them, as many banks keep them
                }
                if (!name.endsWith(ending) || !regular) {
                    found.add(Position.of(file), "the folder " + folder.getFileName() + "/ holds only " + what
                            + " named <id>" + ending + "; rename or move this file");
                    continue;
                }
                if ((link || !folderInside) && !root.admits(file, name, Position.of(file), found)) {
                    continue;
                }
                String id = name.substring(0, name.length() - ending.length());
                if (!CategoryReader.ID.matcher(id).matches()) {
                    found.add(Position.of(file), "the file name must be an id of a-z, 0-9 and '-' followed by " + ending);
                    continue;
                }
                if (id.length() > Site.MAX_ID_LENGTH) {
                    found.add(Position.of(file), "the file name is " + id.length() + " characters long before "
                            + ending + "; ids become file names of the site, so keep them to " + Site.MAX_ID_LENGTH);
                    continue;
                }
                result.put(id, file);
            }
        } catch (IOException e) {
            found.add(Position.of(folder), "could not list the folder: " + e.getMessage());
            keepable = false;
        }
        return new ReadFiles.Listing(Collections.unmodifiableMap(result), List.of(), keepable);
    }

    /** Whether a file is a picture or document an answer or page may show or link beside it. */
    private static boolean isMedia(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && MEDIA.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Whether a folder holds, at any depth, a file with this ending: content that would be left unread. */
    private static boolean holds(Path folder, String ending) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.anyMatch(f -> f.getFileName().toString().endsWith(ending) && Files.isRegularFile(f));
        }
    }

    private boolean inside(Path file) {
        return root.admits(file, file.getFileName().toString(), Position.of(file), problems);
    }

    /** The answer files by id, read by more threads than cores: a large guide's are tens of thousands of files. */
    private Map<String, Markdown> readAnswers(Path folder) {
        List<Map.Entry<String, Path>> found = List.copyOf(files(folder, ".md", "answer files").entrySet());
        List<Markdown> read = Parallel.mapReading(found, e -> {
            String text = files.text(e.getValue(), e.getValue(), problems);
            Markdown answer = text == null ? null : files.answer(e.getValue(), text);
            if (text != null && answer == null) {
                problems.add(Position.of(e.getValue()), "the answer file is empty");
            }
            return answer;
        });
        Map<String, Markdown> answers = new LinkedHashMap<>();
        for (int i = 0; i < found.size(); i++) {
            if (read.get(i) != null) {
                answers.put(found.get(i).getKey(), read.get(i));
            }
        }
        return answers;
    }

    private Page readPage(String id, Path file, Set<String> categoryIds) {
        if (Site.OWN_PAGES.contains(id) || categoryIds.contains(id)) {
            problems.add(Position.of(file), "the page id '" + id + "' is already used by "
                    + (categoryIds.contains(id) ? "a category" : "the site itself") + "; rename the file");
            return null;
        }
        String text = files.text(file, file, problems);
        if (text == null) {
            return null;
        }
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("# ") && !line.substring(2).isBlank()) {
                String body = String.join("\n", lines.subList(i + 1, lines.size()));
                return new Page(id, line.substring(2).strip(), Markdown.inFile(body, new Position(file, i + 2, 0)));
            }
            break;
        }
        problems.add(new Position(file, 1, 1), "a page must start with its title as a '# Title' heading");
        return null;
    }
}
