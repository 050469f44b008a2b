package studyguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The JBang script and Maven must run the same code: the same runtime dependencies at the same versions. */
class DependencyVersionsTest {

    private static final Pattern DEPS = Pattern.compile("^//DEPS\\s+([^:\\s]+):([^:\\s]+):(\\S+)\\s*$", Pattern.MULTILINE);

    @Test
    void jbangDepsMatchThePomsRuntimeDependencies() throws IOException {
        Map<String, String> script = new TreeMap<>();
        Matcher m = DEPS.matcher(Files.readString(Path.of("jbang-build.java")));
        while (m.find()) {
            script.put(m.group(1) + ":" + m.group(2), m.group(3));
        }
        Document pom = Jsoup.parse(Files.readString(Path.of("pom.xml")), "", Parser.xmlParser());
        Map<String, String> properties = new TreeMap<>();
        for (Element p : pom.selectFirst("project > properties").children()) {
            properties.put(p.tagName(), p.text());
        }
        Map<String, String> maven = new TreeMap<>();
        for (Element d : pom.select("project > dependencies > dependency")) {
            if (d.selectFirst("scope") != null && d.selectFirst("scope").text().equals("test")) {
                continue;
            }
            String version = d.selectFirst("version").text();
            Matcher property = Pattern.compile("\\$\\{(.+)}").matcher(version);
            if (property.matches()) {
                version = properties.get(property.group(1));
            }
            maven.put(d.selectFirst("groupId").text() + ":" + d.selectFirst("artifactId").text(), version);
        }
        assertFalse(maven.isEmpty());
        assertEquals(maven, script);
    }

    @Test
    void pomVersionIsTheToolsVersion() throws IOException {
        Document pom = Jsoup.parse(Files.readString(Path.of("pom.xml")), "", Parser.xmlParser());
        assertEquals(Main.VERSION, pom.selectFirst("project > version").text());
    }
}
