package studyguide.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import studyguide.Cli;
import studyguide.Slow;
import studyguide.bench.SyntheticGuide;

/**
 * A build writes into a temporary folder beside the site as it goes; stopped with Ctrl+C halfway, it
 * must leave the previous site as it was and take its temporary folder with it.
 */
@Slow.Heavy
@Timeout(180)
class InterruptedBuildTest {

    @TempDir
    Path temp;

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void ctrlCDuringABuildLeavesTheOldSiteAndNoTemporaryFolder() throws Exception {
        Path guide = temp.resolve("guide");
        SyntheticGuide.write(2000, guide);
        Path content = guide.resolve("content");
        // Without diagrams, so that the build is long because of its size and not of PlantUML's first run.
        try (Stream<Path> files = Files.list(content.resolve("questions"))) {
            for (Path file : files.toList()) {
                Files.writeString(file, Files.readString(file)
                        .replaceAll("(?m)^    diagrams:\\n      - file: .*\\n        caption: .*\\n", ""));
            }
        }
        SiteWriter.deleteTree(content.resolve("diagrams"));
        Path site = temp.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve(OutputFolder.MARKER), "an earlier build\n");
        Files.writeString(site.resolve("index.html"), "the previous site");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process build = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp", Cli.classPath(), "studyguide.Main",
                "--content", content.toString(), "--output", site.toString(),
                "--templates", Path.of("templates").toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("build.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            // Until the build has written files into it (its first files are the theme's assets).
            while ((staging().isEmpty() || !Files.isDirectory(staging().get(0).resolve("assets")))
                    && build.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertFalse(staging().isEmpty(), "the build started writing: " + Files.readString(temp.resolve("build.log")));
            assertTrue(build.isAlive(), "and had not finished");
            String signal = Cli.ctrlC();
            assertEquals(0, new ProcessBuilder("kill", signal, Long.toString(build.pid())).start().waitFor());
            assertTrue(build.waitFor(60, TimeUnit.SECONDS), "it stops");
            assertEquals(List.of(), staging(), "no temporary folder is left behind");
            assertEquals("the previous site", Files.readString(site.resolve("index.html")));
            try (Stream<Path> files = Files.list(site)) {
                assertEquals(2, files.count(), "nothing was added to the previous site");
            }
        } finally {
            build.destroyForcibly();
        }
    }

    /** The build's temporary folders beside the site. */
    private List<Path> staging() throws IOException {
        try (Stream<Path> list = Files.list(temp)) {
            return list.filter(p -> p.getFileName().toString().startsWith(".site.building-")).toList();
        }
    }
}
