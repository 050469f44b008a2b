package studyguide;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;
import studyguide.init.Skeleton;

/** {@code init DIR}: a new guide with a sample category and the default theme; never overwrites a file. */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Starts a new guide in DIR, ready to build.",
                "Writes a sample guide (content/), the content schemas for editors (docs/schema/), a README and a "
                        + "GitHub Pages workflow (.github/workflows/pages.yml); the theme "
                        + "is built into the tool (--theme writes a copy to change). Files that already exist "
                        + "are left as they are; when DIR/content/site.yaml exists, no sample content is added."})
final class InitCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The folder of the new guide; created if needed.")
    Path folder;

    @Option(names = "--theme", description = "Also write a copy of the built-in theme to DIR/templates/, to change "
            + "file by file (files left unchanged can be deleted: the built-in ones are used in their place).")
    boolean theme;

    @Option(names = "--action", paramLabel = "OWNER/REPO@TAG", description = "The studyguide GitHub Action the Pages "
            + "workflow builds with: the repository you installed studyguide from and a release tag, such as "
            + "acme/studyguide@v0.2.0. Without it the workflow says " + Skeleton.ACTION_PLACEHOLDER + ", to fill in.")
    String action;

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** owner/repo@ref as GitHub names an action in another repository. */
    private static final Pattern ACTION = Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+@[A-Za-z0-9._/-]+");

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (folder.toString().isBlank()) {
            err.println("studyguide: init needs the folder of the new guide, such as 'init my-guide'");
            return Main.USAGE;
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            err.println("studyguide: " + folder + " is a file; init needs a folder (new or existing)");
            return Main.USAGE;
        }
        if (action != null && !ACTION.matcher(action).matches()) {
            err.println("studyguide: --action must name a GitHub repository and a tag, such as acme/studyguide@v0.2.0, not '"
                    + action + "'");
            return Main.USAGE;
        }
        Skeleton.Result result;
        try {
            result = Skeleton.create(folder, theme, action == null ? Skeleton.ACTION_PLACEHOLDER : action);
        } catch (IOException e) {
            err.println("studyguide: could not write the guide in " + folder + ": " + e.getMessage());
            return Main.CONTENT_ERRORS;
        }
        if (result.sampleSkipped()) {
            out.println(folder + "/content/site.yaml exists: the guide there is yours, so no sample content was added.");
        }
        out.println("Created " + count(result.created().size()) + " in " + folder + "/" + summary(result.created()));
        if (!result.kept().isEmpty()) {
            out.println("Kept " + count(result.kept().size()) + " that already existed (never overwritten):"
                    + summary(result.kept()));
        }
        out.println();
        out.println("Next, inside " + folder + "/:");
        out.println("  studyguide serve    # live preview on http://127.0.0.1:8000/");
        out.println("  studyguide build    # builds site/");
        out.println("(studyguide is the installed command, or <studyguide>/jbang <studyguide>/jbang-build.java from a clone.)");
        if (action == null && result.created().contains(".github/workflows/pages.yml")) {
            out.println("To publish on GitHub Pages, replace " + Skeleton.ACTION_PLACEHOLDER
                    + " in .github/workflows/pages.yml with the repository you got studyguide from and a release tag.");
        }
        return Main.OK;
    }

    private static String count(int n) {
        return n + (n == 1 ? " file" : " files");
    }

    /** One line per top folder, e.g. "  content/ (5 files)", so the list stays short. */
    private static String summary(List<String> paths) {
        StringBuilder s = new StringBuilder();
        paths.stream().map(p -> p.contains("/") ? p.substring(0, p.indexOf('/') + 1) : p).distinct().forEach(top -> {
            long n = paths.stream().filter(p -> p.equals(top) || p.startsWith(top)).count();
            s.append("\n  ").append(top).append(top.endsWith("/") ? " (" + count((int) n) + ")" : "");
        });
        return s.toString();
    }
}
