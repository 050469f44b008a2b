package studyguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studyguide.BuiltSites;

/**
 * Text from a guide never runs as script. The hostile fixture guide puts {@code <img src=x onerror=...>}
 * and {@code </script><script>...} into every plain-text field (and into code in its Markdown), each
 * payload setting {@code window.studyguideXss} to the name of its field. Every page of the built site,
 * in any folder, is checked twice: here in its HTML, and in headless Chromium by
 * {@link ScriptSafetyInBrowserTest}.
 */
class ScriptSafetyTest {

    /** The global every payload of the hostile guide sets. */
    static final String MARKER = "studyguideXss";
    /** Script types that hold data, not code. */
    private static final Set<String> DATA_SCRIPT_TYPES = Set.of("application/json", "application/ld+json");

    @Test
    void noPayloadBecomesLiveMarkupOnAnyPage() throws IOException {
        BuiltSites.Site site = BuiltSites.get("hostile");
        List<String> found = new ArrayList<>();
        int payloads = 0;
        for (Path page : site.pages()) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            payloads += doc.text().split(MARKER, -1).length - 1;
            for (String problem : scriptableMarkers(doc)) {
                found.add(site.root().relativize(page) + ": " + problem);
            }
        }
        assertEquals(List.of(), found);
        assertTrue(payloads >= 20, "the payloads are on the pages, shown as text (" + payloads + " found)");
    }

    /** The HTML check can fail: each way a payload can become live markup is reported. */
    @Test
    void theHtmlCheckSeesLiveMarkup(@TempDir Path temp) throws IOException {
        Path page = temp.resolve("bad.html");
        Files.writeString(page, "<p>" + MARKER + " as text is fine</p><img src=x onerror=\"window." + MARKER + "=1\">"
                + "<script type=\"application/ld+json\">{\"name\": \"</script><script>window." + MARKER + "=2</script>\"}</script>"
                + "<a href=\"javascript:window." + MARKER + "=3\">x</a><iframe srcdoc=\"&lt;b&gt;" + MARKER + "\"></iframe>");
        List<String> problems = scriptableMarkers(Jsoup.parse(page.toFile(), "UTF-8"));
        assertEquals(4, problems.size(), problems::toString);
    }

    /** Places in a page where the marker could run: handlers, script code, script URLs, srcdoc. */
    private static List<String> scriptableMarkers(Document doc) {
        List<String> problems = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase();
                String value = a.getValue();
                if (!value.contains(MARKER)) {
                    continue;
                }
                if (name.startsWith("on") || name.equals("srcdoc")
                        || value.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase().startsWith("javascript:")) {
                    problems.add("<" + e.tagName() + " " + name + "=\"" + value + "\">");
                }
            }
            if (e.tagName().equals("script") && outsideStringLiterals(e.data()).contains(MARKER)
                    && !DATA_SCRIPT_TYPES.contains(e.attr("type").strip().toLowerCase())) {
                problems.add("<script> with a payload in its code: " + e.data().strip());
            }
        }
        return problems;
    }

    /**
     * A script's code with its string literals and comments blanked out: content that sits inside a
     * string (the search index passes its data to JSON.parse as one) is data; a payload that broke out of
     * its string would be left standing in the code.
     */
    static String outsideStringLiterals(String code) {
        StringBuilder out = new StringBuilder(code.length());
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int j = i + 1;
                while (j < code.length() && code.charAt(j) != c) {
                    j += code.charAt(j) == '\\' ? 2 : 1;
                }
                out.append(c).append(c);
                i = j + 1;
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                i = end < 0 ? code.length() : end + 2;
            } else if (code.startsWith("//", i)) {
                int end = code.indexOf('\n', i);
                i = end < 0 ? code.length() : end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
