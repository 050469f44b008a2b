package studyguide.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;
import studyguide.model.Site;
import studyguide.problem.Position;
import studyguide.problem.Problem;
import studyguide.problem.Problems;

/**
 * One import: finds the Markdown files, picks a language, reads each file in the shape it is in, gives
 * the questions ids and categories, and writes the guide ({@link ContentWriter}) with its record.
 */
public final class Importer {

    /**
     * What to import and how.
     *
     * @param inputs Markdown files and folders of them
     * @param category the one category every question goes to, or null for categories from files or sections
     * @param taken ids a question may not have (the theme's own element ids)
     */
    public record Options(List<Path> inputs, Path content, String category, String sourceUrl, String license,
            String lang, boolean dryRun, boolean force, Predicate<String> taken) {
    }

    /** A file read, the shape it was found in (null: none) and how many questions it gave. */
    public record FileReport(Path file, Shape shape, int questions) {
    }

    /** What the guide holds after the import. */
    public record Counts(int questions, int categories, int withChoices, int choices, int right, int answers, int images) {
    }

    /**
     * What happened.
     *
     * @param skipped one line per file left out (a translation, an unreadable file)
     * @param notes what could not be mapped, each at its file and line
     * @param kept one line per file of the guide left as it is
     */
    public record Result(List<FileReport> files, List<String> skipped, Counts counts, List<Problem> notes,
            int written, int unchanged, int removed, List<String> kept) {
    }

    private record Categorised(String categoryId, String categoryTitle, Bank.Question question) {
    }

    private Importer() {
    }

    public static Result run(Options o) throws IOException {
        Problems notes = new Problems();
        List<String> skipped = new ArrayList<>();
        Map<Path, BankFolder> roots = new LinkedHashMap<>();
        for (Path input : o.inputs()) {
            BankFolder bank = BankFolder.of(Files.isDirectory(input) ? input : input.toAbsolutePath().getParent());
            for (Path file : markdownFiles(input, o.content())) {
                if (!bank.holds(file)) {
                    skipped.add("skipped " + Translations.slashes(file) + ": it is a link to a file outside "
                            + Translations.slashes(bank.folder()) + "; only the bank's own files are imported");
                } else {
                    roots.putIfAbsent(file, bank);
                }
            }
        }
        Translations.Selection selection = Translations.select(List.copyOf(roots.keySet()), o.lang());
        skipped.addAll(selection.skipped());

        List<FileReport> reports = new ArrayList<>();
        List<Categorised> questions = new ArrayList<>();
        List<Images.Copy> images = new ArrayList<>();
        List<ImportRecord.Entry> entries = new ArrayList<>();
        Map<Path, String> titles = new LinkedHashMap<>();
        for (Path file : selection.files()) {
            String text = read(file, skipped);
            if (text == null) {
                continue;
            }
            SourceDocument doc = new SourceDocument(file, text, notes);
            Images.scan(doc, roots.get(file));
            Links.scan(doc);
            RawHtml.scan(doc);
            Shape shape = ShapeDetector.detect(doc);
            List<Bank.Question> found = shape == null ? List.of() : switch (shape) {
                case HIDDEN_ANSWER -> HiddenAnswerParser.read(doc);
                case TASK_LIST -> TaskListParser.read(doc);
                case QA_LIST -> QaListParser.read(doc);
            };
            reports.add(new FileReport(file, shape, found.size()));
            titles.put(file, Blocks.fileTitle(doc));
            images.addAll(doc.usedImages());
            String key = Translations.slashes(roots.get(file).folder().relativize(file.toAbsolutePath().normalize()));
            questions.addAll(categorise(doc, found, o.category()));
            found.forEach(q -> entries.add(new ImportRecord.Entry(key, q.title(), q.number(), Ids.fingerprint(q), null)));
        }

        ContentPaths paths = ContentPaths.of(o.content());
        ImportRecord previous = ImportRecord.read(paths);
        List<String> ids = Ids.assign(entries, previous.questions(),
                i -> questions.get(i).categoryId() + "-" + Objects.requireNonNullElse(questions.get(i).question().number(), i + 1),
                o.taken());
        List<ImportRecord.Entry> recorded = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            ImportRecord.Entry e = entries.get(i);
            recorded.add(new ImportRecord.Entry(e.file(), e.title(), e.number(), e.fingerprint(), ids.get(i)));
        }

        Map<String, byte[]> files = files(o, reports, titles, questions, ids, images);
        Counts counts = counts(questions, images);
        if (questions.isEmpty()) {
            return new Result(reports, skipped, counts, notes.warnings(), 0, 0, 0, List.of());
        }
        if (o.sourceUrl() == null) {
            notes.warn(Position.of(o.content().resolve("site.yaml")),
                    "no --source-url: site.yaml names the source without its address; give the bank's address to credit its authors");
        }
        ContentWriter.Outcome outcome = ContentWriter.write(paths, files, previous, o.force(), o.dryRun());
        if (!o.dryRun()) {
            ContentWriter.put(o.content().resolve(ImportRecord.NAME), new ImportRecord(outcome.hashes(), recorded).bytes());
        }
        return new Result(reports, skipped, counts, notes.warnings(), outcome.written().size(),
                outcome.unchanged().size(), outcome.removed().size(), outcome.kept());
    }

    /** Every file of the guide, by its path in the content folder. */
    private static Map<String, byte[]> files(Options o, List<FileReport> reports, Map<Path, String> fileTitles,
            List<Categorised> questions,
            List<String> ids, List<Images.Copy> images) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, List<ContentYaml.Question>> byCategory = new LinkedHashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            Categorised c = questions.get(i);
            titles.putIfAbsent(c.categoryId(), c.categoryTitle());
            byCategory.computeIfAbsent(c.categoryId(), k -> new ArrayList<>()).add(new ContentYaml.Question(ids.get(i), c.question()));
            if (c.question().answer() != null) {
                files.put("answers/" + ids.get(i) + ".md", (c.question().answer() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        byCategory.forEach((id, qs) -> files.put("questions/" + id + ".yaml", ContentYaml.category(
                header(qs.stream().map(q -> q.source().file()).toList()), titles.get(id), qs)));
        for (Images.Copy image : images) {
            files.put(image.target(), Files.readAllBytes(image.source()));
        }
        String title = siteTitle(o, reports, fileTitles);
        files.put("site.yaml", ContentYaml.site(header(questions.stream().map(q -> q.question().file()).toList()), new ContentYaml.Site(title,
                "Study questions imported from " + title + ".", o.lang(), o.license(), title, o.sourceUrl(),
                List.copyOf(byCategory.keySet()))));
        return files;
    }

    /** A YAML file's first lines: where it came from, and that editing it is safe. */
    private static String header(List<Path> sources) {
        return "# Imported by 'studyguide import' from "
                + String.join(", ", sources.stream().distinct().map(Translations::slashes).toList()) + ".\n"
                + "# Edit freely: a later import leaves a file changed since as it is.\n";
    }

    /** The bank's title: its one file's first heading, else the name of the first folder given. */
    private static String siteTitle(Options o, List<FileReport> reports, Map<Path, String> titles) {
        List<FileReport> used = reports.stream().filter(r -> r.questions() > 0).toList();
        if (used.size() == 1 && titles.get(used.get(0).file()) != null) {
            return titles.get(used.get(0).file());
        }
        Path first = o.inputs().get(0).toAbsolutePath().normalize();
        return (Files.isDirectory(first) ? first : first.getParent()).getFileName().toString();
    }

    /**
     * Categories: the one asked for; else a file's {@code ##} sections when its questions are in more than
     * one; else one per file, titled by its first heading.
     */
    private static List<Categorised> categorise(SourceDocument doc, List<Bank.Question> found, String category) {
        List<String> sections = found.stream().map(Bank.Question::section).filter(Objects::nonNull).distinct().toList();
        String stem = doc.file().getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String fileTitle = Objects.requireNonNullElse(Blocks.fileTitle(doc), sections.size() == 1 ? sections.get(0) : stem);
        List<Categorised> result = new ArrayList<>();
        for (Bank.Question q : found) {
            String title = category != null ? fileTitle
                    : sections.size() > 1 && q.section() != null ? q.section() : fileTitle;
            String id = category != null ? category : categoryId(title, stem);
            result.add(new Categorised(id, title, q));
        }
        return result;
    }

    private static String categoryId(String title, String stem) {
        String id = Ids.slug(title);
        id = id.isEmpty() ? Ids.slug(stem) : id;
        id = id.isEmpty() ? "questions" : id;
        // The names the build keeps for the site's own pages and folders, from the one list it checks.
        return Site.OWN_PAGES.contains(id) || Site.OWN_FOLDERS.contains(id) ? id + "-questions" : id;
    }

    private static Counts counts(List<Categorised> questions, List<Images.Copy> images) {
        List<Bank.Question> qs = questions.stream().map(Categorised::question).toList();
        return new Counts(qs.size(), (int) questions.stream().map(Categorised::categoryId).distinct().count(),
                (int) qs.stream().filter(q -> !q.choices().isEmpty()).count(),
                qs.stream().mapToInt(q -> q.choices().size()).sum(),
                (int) qs.stream().flatMap(q -> q.choices().stream()).filter(Bank.Choice::correct).count(),
                (int) qs.stream().filter(q -> q.answer() != null).count(),
                (int) images.stream().map(Images.Copy::target).distinct().count());
    }

    /** The Markdown files under a path, in name order; the guide's own folder and hidden folders left out. */
    private static List<Path> markdownFiles(Path input, Path content) throws IOException {
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        Path own = content.toAbsolutePath().normalize();
        try (Stream<Path> walk = Files.walk(input)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(md|markdown)"))
                    .filter(p -> !p.toAbsolutePath().normalize().startsWith(own))
                    .filter(p -> !input.relativize(p).toString().replace('\\', '/').matches("(.*/)?(\\.[^/]*|node_modules)/.*"))
                    .sorted().toList();
        }
    }

    /** A file's text, or null with a line in {@code skipped} when it is not UTF-8 or cannot be read. */
    private static String read(Path file, List<String> skipped) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString().replace("\r\n", "\n");
        } catch (CharacterCodingException e) {
            skipped.add("skipped " + Translations.slashes(file) + ": it is not UTF-8 text");
        } catch (IOException e) {
            skipped.add("skipped " + Translations.slashes(file) + ": it cannot be read (" + e.getMessage() + ")");
        }
        return null;
    }
}
