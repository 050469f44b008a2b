package studyguide;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Runs the command line in-process and copies fixture guides, for tests. */
public final class Cli {

    /** What one run printed and returned. */
    public record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\nout: " + out + "\nerr: " + err;
        }
    }

    static final Path TEMPLATES = Path.of("templates");
    /** The fixture guide with every feature once. */
    public static final Path SMALL_GUIDE = Path.of("src/test/resources/guides/small");
    /** Q&A in many code languages, no levels, titles in inline Markdown, deep headings, stray HTML. */
    public static final Path POLYGLOT_GUIDE = Path.of("src/test/resources/guides/polyglot");

    private Cli() {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** Builds {@code content} with the default theme (or the {@code --templates} in {@code extra}) into {@code output}. */
    public static Run build(Path content, Path output, String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--content", content.toString(), "--output", output.toString()));
        if (!List.of(extra).contains("--templates")) {
            args.addAll(List.of("--templates", TEMPLATES.toString()));
        }
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    /** A private copy of a folder, to change freely in one test. */
    public static Path copy(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
                return FileVisitResult.CONTINUE;
            }
        });
        return to;
    }

    /** Deletes a folder and everything in it, as far as it can: a leftover temporary file is harmless. */
    public static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Nothing to do: the caller goes on either way.
        }
    }

    /** Every file under a folder with its bytes, for comparing two builds or a site before and after. */
    static java.util.Map<String, byte[]> snapshot(Path root) throws IOException {
        java.util.Map<String, byte[]> files = new java.util.TreeMap<>();
        try (var walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    /**
     * Checks the contract of a build that fails on bad input: exit code 1, nothing on stdout, no stack trace,
     * the "not written" line, and the site that was there before left byte for byte as it was. Returns stderr.
     */
    static String failedAndKeptTheSite(Run run, Path site, java.util.Map<String, byte[]> before) throws IOException {
        assertEquals(1, run.exitCode(), run::toString);
        assertEquals("", run.out());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "),
                "no stack trace: " + run.err());
        assertTrue(run.err().contains("the site was not written"), run.err());
        java.util.Map<String, byte[]> after = snapshot(site);
        assertEquals(before.keySet(), after.keySet(), "previous site untouched");
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
        return run.err();
    }

    /** This test JVM's class path with absolute entries, for starting {@code studyguide.Main} as a process. */
    public static String classPath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.add(Path.of(entry).toAbsolutePath().toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    /**
     * The signal that stands for Ctrl+C for a process this JVM starts: SIGINT, or SIGTERM (which takes the
     * same way out, the shutdown hooks) where SIGINT is ignored, as a non-interactive shell's background jobs
     * ({@code nohup}, {@code &}) inherit it. Linux's /proc tells; elsewhere SIGINT.
     */
    public static String ctrlC() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (Files.isReadable(status)) {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("SigIgn:")
                        && (Long.parseLong(line.substring("SigIgn:".length()).strip(), 16) & (1L << 1)) != 0) {
                    return "-TERM";
                }
            }
        }
        return "-INT";
    }
}
