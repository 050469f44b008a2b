package studyguide;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;
import studyguide.build.Build;
import studyguide.build.WarmUp;
import studyguide.problem.ContentException;
import studyguide.problem.Problem;
import studyguide.report.Coverage;
import studyguide.report.ExternalImages;
import studyguide.search.SearchIndex;
import studyguide.write.UnsafeOutputException;

/** The command line: {@code build} (the default) and {@code check}; exit 0 success, 1 content errors, 2 usage errors. */
@Command(name = "studyguide", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a searchable, printable study site from a question bank.%n"
                + "With no command, builds the site (the same as 'build').",
        subcommands = {Main.BuildCommand.class, Main.CheckCommand.class, ServeCommand.class, InitCommand.class,
                ImportCommand.class})
public final class Main implements Callable<Integer> {

    /** The tool's version; pom.xml's version must match (DependencyVersionsTest). */
    public static final String VERSION = "0.1.0";

    static final int OK = 0;
    static final int CONTENT_ERRORS = 1;
    static final int USAGE = 2;
    static final int INTERNAL_ERROR = 3;

    @Mixin
    BuildOptions options;

    @Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        WarmUp.start(); // the Markdown and template libraries load on the other core meanwhile (docs/performance.md)
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit code; used by {@link #main} and by tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("studyguide: internal error: " + e);
            err.println("Please report this with the command you ran; set STUDYGUIDE_DEBUG=1 for details.");
            if (System.getenv("STUDYGUIDE_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return INTERNAL_ERROR;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        return build(options, true, spec);
    }

    /** The folders every command reads a guide from: the content and the theme. */
    static final class SourceFolders {
        @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
                description = "The guide's content folder (default: ${DEFAULT-VALUE}).")
        Path content;

        @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
                description = "The theme: FreeMarker templates and assets/ (default: ${DEFAULT-VALUE}).")
        Path templates;
    }

    /** Options shared by every command that reads a guide. */
    static final class BuildOptions {
        @Mixin
        SourceFolders sources;

        @Option(names = "--output", paramLabel = "DIR", defaultValue = "site",
                description = "Where the site is written; replaced on every build (default: ${DEFAULT-VALUE}).")
        Path output;

        @Option(names = "--base-url", paramLabel = "URL",
                description = "The site's public address, e.g. https://user.github.io/repo/; enables sitemap.xml, "
                        + "canonical links and absolute social-preview URLs.")
        String baseUrl;

        @Option(names = "--timings", description = "Print the time of each build stage.")
        boolean timings;

        // Hidden: tests split the index of a small guide with it; docs/search.md says what the sizes mean.
        @Option(names = "--search-index-split", paramLabel = "ONE_FILE_UP_TO,SHARD_SIZE[,QUESTIONS_IN_CORE_UP_TO]", split = ",",
                hidden = true, description = "Split the search index when its JSON exceeds ONE_FILE_UP_TO characters, into shards of "
                        + "about SHARD_SIZE, and its questions, when they exceed QUESTIONS_IN_CORE_UP_TO (0 unless given), into "
                        + "parts of about an eighth of that.")
        int[] searchIndexSplit;

        SearchIndex.Split split() {
            if (searchIndexSplit == null) {
                return SearchIndex.Split.DEFAULT;
            }
            if (searchIndexSplit.length != 2 && searchIndexSplit.length != 3) {
                throw new IllegalArgumentException("--search-index-split takes two or three sizes, e.g. 0,8192");
            }
            return new SearchIndex.Split(searchIndexSplit[0], searchIndexSplit[1], searchIndexSplit.length == 3 ? searchIndexSplit[2] : 0);
        }
    }

    @Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Builds the site from the content folder into the output folder.")
    static final class BuildCommand implements Callable<Integer> {
        @Mixin
        BuildOptions options;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return build(options, true, spec);
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = {"Checks the content and theme and reports every problem; writes nothing.",
                    "Then prints a coverage report: questions per category and level, and the questions that lack "
                            + "an answer, key points, code, a diagram or references, and the images the pages load from "
                            + "other sites."})
    static final class CheckCommand implements Callable<Integer> {
        @Mixin
        BuildOptions options;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return build(options, false, spec);
        }
    }

    private static int build(BuildOptions o, boolean write, CommandLine.Model.CommandSpec spec) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String baseUrl;
        SearchIndex.Split split;
        try {
            baseUrl = baseUrl(o.baseUrl);
            split = o.split();
        } catch (IllegalArgumentException e) {
            err.println("studyguide: " + e.getMessage());
            return USAGE;
        }
        Build.Result r;
        try (TerminalProgress progress = TerminalProgress.start(err, TerminalProgress.isTerminal(System.getenv()))) {
            Build.Options options = new Build.Options(o.sources.content, o.sources.templates, o.output, baseUrl, split,
                    System.getenv());
            r = new Build(options).withProgress(progress).run(write);
        } catch (ContentException e) {
            for (Problem p : e.problems()) {
                err.println(p);
            }
            err.printf(Locale.ROOT, "%d problem%s found%s.%n", e.problems().size(), e.problems().size() == 1 ? "" : "s",
                    write ? "; the site was not written and " + o.output + "/ is unchanged" : "");
            return CONTENT_ERRORS;
        } catch (UnsafeOutputException e) {
            err.println("studyguide: " + e.getMessage());
            return USAGE;
        } catch (java.io.IOException e) {
            err.println("studyguide: " + e.getMessage());
            return CONTENT_ERRORS;
        }
        if (o.timings) {
            err.println("Timings: " + r.timings());
        }
        r.warnings().forEach(w -> err.println("warning: " + w));
        if (write) {
            out.printf(Locale.ROOT, "Built %s in %s -> %s/ (%d files, %s) in %.1f s%n",
                    count(r.questions(), "question"), count(r.categories(), "category"), o.output, r.files(),
                    size(r.bytes()), r.timings().totalSeconds());
        } else {
            out.println(new Coverage(r.guide()).format());
            out.println(ExternalImages.format(r.externalImages()));
            out.printf(Locale.ROOT, "Checked %s in %s: no problems found.%n",
                    count(r.questions(), "question"), count(r.categories(), "category"));
        }
        return OK;
    }

    /**
     * Normalises --base-url to end with '/', or rejects it when it is not an http(s) address of a folder: every page's
     * address is this one with the page's path after it, so a query or fragment would end up inside each of them
     * (https://x.org/?a=1/gsi.html), and a user name or password would be published in every one.
     */
    static String baseUrl(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(value);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("--base-url must be an http(s) address such as https://user.github.io/repo/, not '" + value + "'");
            }
            String extra = uri.getRawQuery() != null ? "a query ('?" + uri.getRawQuery() + "')"
                    : uri.getRawFragment() != null ? "a fragment ('#" + uri.getRawFragment() + "')"
                    : uri.getRawUserInfo() != null ? "a user name or password, which every page would publish" : null;
            if (extra != null) {
                throw new IllegalArgumentException("--base-url is the address of the site's folder, which every page's address "
                        + "starts with, and may not have " + extra + ": '" + value + "'");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--base-url is not a valid address: " + e.getMessage());
        }
        return value.endsWith("/") ? value : value + "/";
    }

    private static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }

    private static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }

    /** Prints the version for --version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"studyguide " + VERSION};
        }
    }
}
