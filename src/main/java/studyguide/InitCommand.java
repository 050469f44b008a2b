package studyguide;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;
import studyguide.init.Skeleton;

/** {@code init DIR}: a new guide with a sample category and the default theme; never overwrites a file. */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Starts a new guide in DIR, ready to build.",
                "Writes a sample guide (content/) and the content schemas for editors (docs/schema/); the theme "
                        + "is built into the tool (--theme writes a copy to change). Files that already exist "
                        + "are left as they are; when DIR/content/site.yaml exists, no sample content is added."})
final class InitCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The folder of the new guide; created if needed.")
    Path folder;

    @Option(names = "--theme", description = "Also write a copy of the built-in theme to DIR/templates/, to change "
            + "file by file (files left unchanged can be deleted: the built-in ones are used in their place).")
    boolean theme;

    @Spec
    CommandLine.Model.CommandSpec spec;

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
        Skeleton.Result result;
        try {
            result = Skeleton.create(folder, theme);
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
        out.println("Next, inside " + folder + "/, run the studyguide build command as in its README, for example:");
        out.println("  <studyguide>/jbang <studyguide>/jbang-build.java serve    # live preview on http://127.0.0.1:8000/");
        out.println("  <studyguide>/jbang <studyguide>/jbang-build.java          # builds site/");
        out.println("where <studyguide> is the folder of the studyguide project.");
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
