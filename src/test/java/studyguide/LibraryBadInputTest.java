package studyguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.write.SiteWriter;

/**
 * One test per kind of bad input in a library (guides/<guide-id>/) and in translation_of: the build exits 1,
 * names the file and line of every problem in one run, every guide's included, prints no stack trace, and
 * leaves the previous site exactly as it was.
 */
class LibraryBadInputTest {

    static final Path LIBRARY = Path.of("src/test/resources/guides/library");
    static final Path BILINGUAL = Path.of("src/test/resources/guides/bilingual");

    @TempDir
    Path temp;

    Path content;
    Path site;
    Map<String, byte[]> before;

    @BeforeEach
    void buildGoodLibraryFirst() throws IOException {
        content = Cli.copy(BILINGUAL, temp.resolve("content"));
        Cli.copy(LIBRARY.resolve("guides/databases"), content.resolve("guides/databases"));
        site = temp.resolve("site");
        Cli.Run run = Cli.build(content, site);
        assertEquals(0, run.exitCode(), run::toString);
        before = Cli.snapshot(site);
    }

    /** Builds again and returns stderr, after checking the failure contract. */
    private String failingBuild() throws IOException {
        Cli.Run run = Cli.run("build", "--content", content.toString(), "--output", site.toString());
        return Cli.failedAndKeptTheSite(run, site, before);
    }

    private void write(String file, String text) throws IOException {
        Files.createDirectories(content.resolve(file).getParent());
        Files.writeString(content.resolve(file), text);
    }

    private void assertReports(String err, String expected) {
        assertTrue(err.contains(expected), "expected\n  " + expected + "\nin\n" + err);
    }

    private static final String GERMAN = "title: Netzwerke\ndescription: Die Grundlagen.\nlang: de\n";

    @Test
    void aGuideIdThatIsNoFolderName() throws IOException {
        Files.move(content.resolve("guides/databases"), content.resolve("guides/Data Bases"));
        assertReports(failingBuild(), "content/guides/Data Bases: a guide's folder name must be an id of a-z, 0-9 and '-', "
                + "as it becomes the guide's folder in the site");
    }

    @Test
    void aGuideIdTheLibraryUsesItself() throws IOException {
        Files.move(content.resolve("guides/databases"), content.resolve("guides/assets"));
        assertReports(failingBuild(), "content/guides/assets: the guide id 'assets' is already used by the library itself "
                + "(assets/); rename the folder");
    }

    @Test
    void aGuidesFolderWithNoGuide() throws IOException {
        for (String guide : new String[] {"networking", "networking-de", "databases"}) {
            SiteWriter.deleteTree(content.resolve("guides/" + guide));
        }
        assertReports(failingBuild(), "content/guides: the folder guides/ holds no guide: add guides/<guide-id>/ with its "
                + "own site.yaml and questions/");
    }

    @Test
    void aStrayFileInGuidesAndBesideThem() throws IOException {
        write("guides/notes.txt", "to do\n");
        write("questions/extra.yaml", "title: Extra\nquestions: []\n");
        String err = failingBuild();
        assertReports(err, "content/guides/notes.txt: the folder guides/ holds only guides' folders (guides/<guide-id>/); "
                + "rename or move this file");
        assertReports(err, "content/questions: a library holds only site.yaml and guides/; move this into a guide's folder "
                + "(guides/<guide-id>/)");
    }

    /** A guide's build reads only its own content, so a library inside it would not be built, without a word. */
    @Test
    void aLibraryInsideAGuide() throws IOException {
        Cli.copy(LIBRARY.resolve("guides/streams"), content.resolve("guides/databases/guides/streams"));
        String err = failingBuild();
        assertReports(err, "content/guides/databases/guides: a library cannot hold another library: a guide's folder holds "
                + "only its own content, and the guides in this folder would not be built; move each into the library's "
                + "guides/ folder (guides/<guide-id>/), or rename this folder\n");
        assertEquals(1, err.split("cannot hold another library", -1).length - 1, err);
    }

    /** guides/ makes a content folder a library: said once, where each of the guide's folders is a stray too. */
    @Test
    void aSingleGuideWithAGuidesFolder(@TempDir Path other) throws IOException {
        Path guide = Cli.copy(LIBRARY.resolve("guides/databases"), other.resolve("guide"));
        Cli.copy(LIBRARY.resolve("guides/streams"), guide.resolve("guides/streams"));
        Cli.Run run = Cli.run("check", "--content", guide.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertReports(run.err(), "guide/guides: this content folder holds a guide's questions/ and a guides/ folder, which "
                + "makes it a library of the guides in guides/; move the guide into guides/<guide-id>/, or rename guides/ "
                + "if this is a single guide\n");
    }

    @Test
    void fieldsALibrarysSiteYamlDoesNotTake() throws IOException {
        write("site.yaml", "description: Guides.\ncategories: [tcp]\n");
        String err = failingBuild();
        assertReports(err, "content/site.yaml:2:1: unknown key 'categories' in a library's site.yaml "
                + "(known keys: description, lang, title)");
        assertReports(err, "content/site.yaml:1:1: a library's site.yaml needs 'title'");
    }

    @Test
    void aLibraryWithoutSiteYaml() throws IOException {
        Files.delete(content.resolve("site.yaml"));
        assertReports(failingBuild(), "content/site.yaml: missing: a library needs a site.yaml with its title and description");
    }

    @Test
    void everyGuidesProblemsInOneRun() throws IOException {
        write("guides/databases/questions/indexes.yaml", "title: Indexes\nquestions:\n  - id: a\n    level: basic\n");
        write("guides/networking/questions/dns.yaml", "title: DNS\nquestions:\n  - id: b\n    question: [unclosed\n");
        String err = failingBuild();
        assertReports(err, "content/guides/databases/questions/indexes.yaml:3:5: a question needs 'question'");
        assertReports(err, "content/guides/networking/questions/dns.yaml:5:1: invalid YAML: ");
    }

    @Test
    void aTranslationOfNoGuideOfTheLibrary() throws IOException {
        write("guides/networking-de/site.yaml", GERMAN + "translation_of: networkin\n");
        assertReports(failingBuild(), "content/guides/networking-de/site.yaml:4:17: 'translation_of' names no guide of this "
                + "library: 'networkin' — did you mean 'networking'?");
    }

    @Test
    void aTranslationOfNoValidId() throws IOException {
        write("guides/networking-de/site.yaml", GERMAN + "translation_of: Networking\n");
        assertReports(failingBuild(), "content/guides/networking-de/site.yaml:4:17: 'translation_of' must be a guide's id "
                + "of a-z, 0-9 and '-', not 'Networking'");
    }

    @Test
    void aTranslationOfItself() throws IOException {
        write("guides/networking-de/site.yaml", GERMAN + "translation_of: networking-de\n");
        assertReports(failingBuild(), "content/guides/networking-de/site.yaml:4:17: a guide cannot be a translation of "
                + "itself; 'translation_of' names the guide this one translates");
    }

    @Test
    void aTranslationOfATranslation() throws IOException {
        write("guides/databases/site.yaml", "title: Netz\ndescription: Netz.\nlang: fr\ntranslation_of: networking-de\n");
        assertReports(failingBuild(), "content/guides/databases/site.yaml:4:17: 'translation_of' must name the original "
                + "guide, and 'networking-de' is itself a translation of 'networking'; write 'networking'");
    }

    /** Each guide of a circle is a translation of another, so "name that one's original" would name itself. */
    @Test
    void twoGuidesThatNameEachOtherAsTheirOriginal() throws IOException {
        write("guides/networking/site.yaml", "title: Networking\ndescription: The basics.\nlang: en\n"
                + "translation_of: networking-de\ncategories: [tcp, dns]\n");
        String err = failingBuild();
        assertReports(err, "content/guides/networking/site.yaml:4:17: 'networking' and 'networking-de' name each other as "
                + "their original; the original guide has no translation_of, so remove it from the site.yaml of the one "
                + "that is the original\n");
        assertReports(err, "content/guides/networking-de/site.yaml:4:17: 'networking-de' and 'networking' name each other "
                + "as their original; the original guide has no translation_of, so remove it from the site.yaml of the "
                + "one that is the original\n");
        assertFalse(err.contains("write '"), err);
    }

    @Test
    void threeGuidesInACircleOfOriginalsAndOneThatNamesOneOfThem() throws IOException {
        write("guides/networking/site.yaml", "title: Networking\ndescription: The basics.\nlang: en\n"
                + "translation_of: databases\ncategories: [tcp, dns]\n");
        write("guides/databases/site.yaml", "title: Netz\ndescription: Netz.\nlang: fr\ntranslation_of: networking-de\n");
        Cli.copy(LIBRARY.resolve("guides/streams"), content.resolve("guides/streams"));
        write("guides/streams/site.yaml", "title: Flux\ndescription: Flux.\nlang: es\ntranslation_of: databases\n");
        String err = failingBuild();
        assertReports(err, "content/guides/databases/site.yaml:4:17: 'databases', 'networking-de' and 'networking' each "
                + "name the next as their original (databases → networking-de → networking → databases); the original "
                + "guide has no translation_of, so remove it from the site.yaml of the one that is the original\n");
        assertReports(err, "content/guides/streams/site.yaml:4:17: 'translation_of' must name the original guide, and "
                + "'databases' is itself a translation of 'networking-de'\n");
        assertEquals(3, err.split("each name the next", -1).length - 1, err);
    }

    @Test
    void aTranslationInTheOriginalsLanguage() throws IOException {
        write("guides/networking-de/site.yaml", "title: Netzwerke\ndescription: Die Grundlagen.\ntranslation_of: networking\n");
        assertReports(failingBuild(), "content/guides/networking-de/site.yaml:3:17: this guide translates 'networking' but "
                + "is in its language (en); set 'lang' to the language it is written in");
    }

    @Test
    void aSingleGuideThatSaysItIsATranslation(@TempDir Path other) throws IOException {
        Path guide = Cli.copy(BILINGUAL.resolve("guides/networking-de"), other.resolve("guide"));
        Cli.Run run = Cli.run("check", "--content", guide.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertReports(run.err(), "guide/site.yaml:4:17: 'translation_of' links the guides of a library "
                + "(guides/<guide-id>/), and this content folder is a single guide");
    }
}
