package studyguide;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;
import studyguide.importer.Importer;
import studyguide.model.Site;
import studyguide.problem.ContentException;
import studyguide.problem.Problem;
import studyguide.view.BundledFiles;
import studyguide.view.ThemeIds;

/** {@code import FILE_OR_FOLDER... --content DIR}: a Markdown question bank becomes a guide (docs/import.md). */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Turns a Markdown question bank into a guide in the content folder.",
                "Recognises numbered headings with a hidden answer, task-list quizzes and Q&A lists "
                        + "(docs/import.md); lists what it could not map, with file:line. A later import of a newer "
                        + "version keeps the ids and leaves every file changed since as it is."})
final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE_OR_FOLDER", arity = "1..*", description = "Markdown files, or folders of them.")
    List<Path> inputs;

    @Option(names = "--content", paramLabel = "DIR", required = true, description = "The guide's content folder, "
            + "created if needed.")
    Path content;

    @Option(names = "--category", paramLabel = "ID", description = "Put every question in this one category.")
    String category;

    @Option(names = "--source-url", paramLabel = "URL", description = "The bank's address, credited in site.yaml.")
    String sourceUrl;

    @Option(names = "--license", paramLabel = "TEXT", description = "The bank's license, e.g. 'MIT', shown with the credit.")
    String license;

    @Option(names = "--lang", paramLabel = "CODE", description = "The guide's language (BCP 47, e.g. fr); picks the "
            + "bank's translations into it.")
    String lang;

    @Option(names = "--dry-run", description = "Print what would be imported; write nothing.")
    boolean dryRun;

    @Option(names = "--force", description = "Overwrite files changed since the last import.")
    boolean force;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String usage = usage();
        if (usage != null) {
            err.println("studyguide: " + usage);
            return Main.USAGE;
        }
        Importer.Result r;
        try {
            ThemeIds themeIds = ThemeIds.of(BundledFiles.folder(BundledFiles.THEME, "layout.ftlh"));
            r = Importer.run(new Importer.Options(inputs, content, category, sourceUrl, license, lang, dryRun, force,
                    themeIds::taken));
        } catch (ContentException e) {
            // An unreadable record, or one (or a link) that would lead the import outside the content folder: nothing was written.
            e.problems().forEach(err::println);
            return Main.CONTENT_ERRORS;
        } catch (IOException e) {
            err.println("studyguide: " + e.getMessage());
            return Main.CONTENT_ERRORS;
        }
        for (Importer.FileReport f : r.files()) {
            out.println(f.file().toString().replace('\\', '/') + ": " + (f.shape() == null
                    ? "no questions in a shape the importer knows"
                    : f.shape().words() + ", " + count(f.questions(), "question")));
        }
        r.skipped().forEach(out::println);
        for (Problem p : r.notes()) {
            err.println("warning: " + p);
        }
        Importer.Counts c = r.counts();
        if (c.questions() == 0) {
            err.println("studyguide: no questions found; nothing was written (docs/import.md shows the shapes it reads)");
            return Main.CONTENT_ERRORS;
        }
        out.printf(Locale.ROOT, "%s %s in %s: %d with choices (%s, %s), %s, %s.%n", dryRun ? "Would import" : "Imported",
                count(c.questions(), "question"), count(c.categories(), "category"), c.withChoices(),
                count(c.choices(), "choice"), count(c.right(), "right answer"), count(c.answers(), "answer"),
                count(c.images(), "image"));
        out.printf(Locale.ROOT, "%s %s to %s/ (%d unchanged, %d removed).%n", dryRun ? "Would write" : "Wrote",
                count(r.written(), "file"), content.toString().replace('\\', '/'), r.unchanged(), r.removed());
        r.kept().forEach(out::println);
        if (dryRun) {
            out.println("Dry run: nothing was written.");
        }
        return Main.OK;
    }

    private String usage() {
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                return input + " does not exist; import needs Markdown files or folders of them";
            }
        }
        if (category != null && !category.matches("[a-z0-9-]{1,100}")) {
            return "--category must be an id of a-z, 0-9 and '-', not '" + category + "'";
        }
        if (category != null && (Site.OWN_PAGES.contains(category) || Site.OWN_FOLDERS.contains(category))) {
            return "--category '" + category + "' is a name the site keeps for its own files; pick another, such as "
                    + category + "-questions";
        }
        if (sourceUrl != null && !sourceUrl.matches("https?://\\S+")) {
            return "--source-url must be an http(s) address, not '" + sourceUrl + "'";
        }
        if (lang != null && !lang.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*")) {
            return "--lang must be a language tag such as fr or pt-BR, not '" + lang + "'";
        }
        if (Files.exists(content) && !Files.isDirectory(content)) {
            return content + " is a file; --content needs a folder (new or existing)";
        }
        return null;
    }

    private static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }
}
