package studyguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A guide needs no theme folder; one it has holds only the files it changes, each in place of the built-in one. */
class ThemeOverrideTest {

    @TempDir
    Path temp;

    @Test
    void aGuideWithoutAThemeFolderBuildsWithTheBuiltInThemeAsWithTheProjectsCopy() throws IOException {
        Cli.Run run = Cli.run("build", "--content", Cli.SMALL_GUIDE.toString(), "--templates",
                temp.resolve("no-theme").toString(), "--output", temp.resolve("built-in").toString());
        assertEquals(0, run.exitCode(), run::toString);
        Map<String, byte[]> builtIn = Cli.snapshot(temp.resolve("built-in"));
        Map<String, byte[]> copy = Cli.snapshot(BuiltSites.of(Cli.SMALL_GUIDE).root());
        assertEquals(copy.keySet(), builtIn.keySet());
        copy.forEach((name, bytes) -> assertTrue(java.util.Arrays.equals(bytes, builtIn.get(name)), name));
    }

    @Test
    void oneTemplateAndOneAssetOverrideTheirBuiltInFiles() throws IOException {
        Path theme = Files.createDirectories(temp.resolve("theme/assets"));
        Files.writeString(theme.resolve("style.css"), "body { color: rebeccapurple; }\n");
        Path builtIn404 = Cli.TEMPLATES.resolve("404.ftlh");
        Files.writeString(theme.getParent().resolve("404.ftlh"),
                Files.readString(builtIn404).replace("${site.labels.not_found}", "Nothing here, sorry"));
        Path site = temp.resolve("site");
        Cli.Run run = Cli.run("build", "--content", Cli.SMALL_GUIDE.toString(), "--templates", theme.getParent().toString(),
                "--output", site.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("body { color: rebeccapurple; }\n", Files.readString(site.resolve("assets/style.css")));
        assertTrue(Files.readString(site.resolve("404.html")).contains("Nothing here, sorry"));
        assertTrue(Files.exists(site.resolve("assets/search.js")), "the other assets are the built-in ones");
        assertFalse(Files.readString(site.resolve("index.html")).contains("Nothing here"), "the other templates too");
    }

    @Test
    void anOverrideThatNoLongerMatchesTheViewsIsAnErrorAtItsLine() throws IOException {
        Path theme = Files.createDirectories(temp.resolve("theme"));
        Files.writeString(theme.resolve("page.ftlh"), "<#import \"layout.ftlh\" as layout>\n<@layout.page>\n${page.heading}\n</@layout.page>\n");
        Cli.Run run = Cli.run("build", "--content", Cli.SMALL_GUIDE.toString(), "--templates", theme.toString(),
                "--output", temp.resolve("site").toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().matches("(?s).*theme/page\\.ftlh:3:\\d+: template error: .*page\\.heading.*"), run.err());
    }
}
