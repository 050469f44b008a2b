package studyguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import studyguide.BuiltSites;
import studyguide.Slow;

/** Every link of every built site works: internal links and anchors resolve, external links are https. */
class LinksTest {

    @TestFactory
    @Slow.Heavy
    Stream<DynamicTest> everyLinkOfEverySiteWorks() {
        return BuiltSites.all().stream().map(site -> DynamicTest.dynamicTest(site.name(), () -> {
            List<String> problems = LinkChecker.problems(site.root(), site.baseUrl());
            assertEquals(List.of(), problems, () -> site + ": " + problems.size() + " broken links\n" + String.join("\n", problems));
        }));
    }

    /** The gate can fail: each kind of broken link is reported, in a page in a sub-folder too. */
    @Test
    void reportsEveryKindOfBrokenLink(@TempDir Path site) throws IOException {
        Files.createDirectories(site.resolve("sheets"));
        Files.writeString(site.resolve("index.html"), "<p id=here><a href=\"sheets/a.html#top\">ok</a>"
                + "<a href=\"#here\">ok</a><a href=\"https://docs.aws.amazon.com/x?a=1&amp;b=2\">ok</a></p>");
        Files.writeString(site.resolve("style.css"), "body { background: url(\"missing.png\"); }");
        Files.writeString(site.resolve("sheets/a.html"), String.join("\n",
                "<h1 id=top>t</h1>",
                "<a href=\"../index.html#here\">ok</a>",
                "<a href=\"index.html\">missing: resolved against sheets/</a>",
                "<a href=\"../index.html#nowhere\">missing anchor</a>",
                "<a href=\"#\">empty fragment</a>",
                "<a href=\"/index.html\">root-relative</a>",
                "<a href=\"http://example.com/\">http is kept</a>",
                "<a href=\"http://localhost/\">no host</a>",
                "<a href=\"https://exa mple.com/\">malformed</a>",
                "<a href=\"javascript:alert(1)\">script</a>",
                "<img src=\"../../outside.png\" alt=\"\">",
                "<link rel=\"stylesheet\" href=\"../sheets\">"));
        List<String> problems = LinkChecker.problems(site, null);
        assertEquals(List.of(
                "sheets/a.html: missing file: index.html",
                "sheets/a.html: no element with id 'nowhere': ../index.html#nowhere",
                "sheets/a.html: empty fragment '#' (a link to nowhere): #",
                "sheets/a.html: link from the domain root (breaks under a project path and from file://): /index.html",
                "sheets/a.html: web link without a valid host: http://localhost/",
                "sheets/a.html: malformed URL (Illegal character in authority): https://exa mple.com/",
                "sheets/a.html: external link that is neither https nor http: javascript:alert(1)",
                "sheets/a.html: link that leaves the site: ../../outside.png",
                "sheets/a.html: link to a folder (breaks from file://): ../sheets",
                "style.css: missing file: missing.png"), problems);
    }
}
