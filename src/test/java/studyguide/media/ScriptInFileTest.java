package studyguide.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.problem.Position;
import studyguide.problem.Problems;

/**
 * A file the site publishes under its own address must not run script when a reader opens it, where Markdown from
 * YAML links to it: the pictures people draw (Illustrator's DTD and entities, draw.io's HTML text in
 * {@code foreignObject}, pictures written into the file) still pass.
 */
class ScriptInFileTest {

    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
            + "width=\"10\" height=\"10\">";

    private static String of(String text, String extension) {
        return ScriptInFile.of(text.getBytes(StandardCharsets.UTF_8), extension);
    }

    @Test
    void scriptsInAnSvgInAnyOfTheFormsABrowserRuns() {
        assertEquals("has a <script> element", of(SVG + "<script>alert(1)</script></svg>", "svg"));
        assertEquals("has an event handler ('onload' on <svg>)",
                of("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>", "svg"));
        assertEquals("links to 'javascript:' ('href' on <a>)",
                of(SVG + "<a href=\" JaVa&#x09;script:alert(1)\"><text>x</text></a></svg>", "svg"));
        assertEquals("links to 'javascript:' ('href' on <a>)",
                of(SVG + "<a xlink:href=\"&#106;avascript:alert(1)\"><text>x</text></a></svg>", "svg"));
        assertEquals("links to 'javascript:' ('to' on <set>)",
                of(SVG + "<a><set attributeName=\"href\" to=\"javascript:alert(1)\"/><text>x</text></a></svg>", "svg"));
        assertEquals("links to 'javascript:' ('values' on <animate>)",
                of(SVG + "<a><animate attributeName=\"href\" values=\"#a;javascript:alert(1)\"/></a></svg>", "svg"));
        assertEquals("has a <iframe> element", of(SVG + "<foreignObject><iframe xmlns=\"http://www.w3.org/1999/xhtml\" "
                + "src=\"x.html\"/></foreignObject></svg>", "svg"));
        assertEquals("links to 'data:' ('href' on <a>)", of(SVG + "<a href=\"data:text/html,&lt;script&gt;\"/></svg>", "svg"));
    }

    @Test
    void aScriptHiddenInAnEntityOfTheFilesOwnDtdIsFound() {
        assertEquals("has a <script> element", of("<!DOCTYPE svg [<!ENTITY s \"<script>alert(1)</script>\">]>" + SVG + "&s;</svg>",
                "svg"));
    }

    @Test
    void thePicturesPeopleDrawPass() {
        // Illustrator: a public DTD (never fetched) and entities for its namespaces.
        assertNull(of("<?xml version=\"1.0\"?><!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                + "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\" [<!ENTITY ns_svg \"http://www.w3.org/2000/svg\">]>"
                + "<svg xmlns=\"&ns_svg;\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>", "svg"));
        // draw.io: labels as XHTML in foreignObject, links out of the picture.
        assertNull(of(SVG + "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\" style=\"color: red\">Table</div>"
                + "</foreignObject><a xlink:href=\"https://aws.amazon.com/dynamodb/\"><text>AWS</text></a>"
                + "<a href=\"#part\"><text>part</text></a></svg>", "svg"));
        // A picture written into the file, and a style sheet of CSS.
        assertNull(of("<?xml-stylesheet type=\"text/css\" href=\"s.css\"?>" + SVG
                + "<image href=\"data:image/png;base64,iVBORw0KGgo=\" width=\"1\" height=\"1\"/></svg>", "svg"));
        assertNull(of("<config><table name=\"Music\"/></config>", "xml"));
        assertNull(of("not xml at all", "txt"));
        assertNull(of("<script>alert(1)</script>", "pdf"), "not a file a browser runs");
    }

    @Test
    void otherDocumentsABrowserShowsAsPages() throws IOException {
        assertEquals("has a <script> element", of("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><script>alert(1)"
                + "</script></body></html>", "xhtml"));
        assertEquals("has a style sheet that is not CSS (<?xml-stylesheet type=\"text/xsl\" href=\"x.xsl\"?>)",
                of("<?xml-stylesheet type=\"text/xsl\" href=\"x.xsl\"?><a/>", "xml"));
        assertEquals("is a web page (.shtml), which a browser runs the scripts of", of("<p>hi</p>", "shtml"));
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(zipped)) {
            out.write((SVG + "<script>alert(1)</script></svg>").getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("has a <script> element", ScriptInFile.of(zipped.toByteArray(), "svgz"));
        assertTrue(of("<svg><unclosed></svg>", "svg").startsWith("cannot be read as XML here ("), of("<svg><unclosed></svg>", "svg"));
    }

    @Test
    void anEntityBombStopsAtTheJdksLimitInsteadOfTheMemory() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE svg [<!ENTITY a0 \"lol\">");
        for (int i = 1; i <= 12; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String found = of(dtd + "]>" + SVG + "<text>&a12;</text></svg>", "svg");
        assertNotNull(found);
        assertTrue(found.startsWith("cannot be read as XML here"), found);
    }

    @Test
    void markdownFromYamlMayNotLinkIt_theAuthorsMarkdownFileIsWarned(@TempDir Path content) throws IOException {
        Files.writeString(content.resolve("evil.svg"), SVG + "<script>alert(document.domain)</script></svg>");
        Position at = Position.of(content.resolve("questions/a.yaml"));

        Problems fromYaml = new Problems();
        assertNull(Media.of(content, fromYaml).link(content, "evil.svg", "image", at, false));
        assertEquals(1, fromYaml.sorted().size(), fromYaml.sorted().toString());
        assertTrue(fromYaml.sorted().get(0).toString().contains("image 'evil.svg' has a <script> element, which a reader's "
                + "browser would run on the guide's site if it opened the file; take the script out"), fromYaml.sorted().toString());

        Problems fromFile = new Problems();
        Media media = Media.of(content, fromFile);
        MediaFile linked = media.link(content, "evil.svg", "image", at, true);
        assertNotNull(linked);
        assertSame(linked, media.files().get(0));
        assertTrue(fromFile.isEmpty(), fromFile.sorted().toString());
        assertEquals(1, fromFile.warnings().size(), fromFile.warnings().toString());
        assertTrue(fromFile.warnings().get(0).message().endsWith("it is linked as written, as a Markdown file is the author's own"),
                fromFile.warnings().toString());
    }
}
