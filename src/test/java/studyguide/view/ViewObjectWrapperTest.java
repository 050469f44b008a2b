package studyguide.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Templates read and call what they did with FreeMarker's own wrapper, and are refused what it refused. */
class ViewObjectWrapperTest {

    public record Item(String name, List<String> tags, int count) {
        public String tagged(String prefix) {
            return prefix + String.join(",", tags);
        }
    }

    private static final Map<String, Object> MODEL = Map.of("items",
            List.of(new Item("a", List.of("x", "y"), 2), new Item("b", List.of(), 0)), "text", "words");

    private static final List<String> TEMPLATES = List.of(
            "<#list items as i>${i.name()}:${i.name}:${i.count + 1}:${i.tags?size}:${i.tagged('#')}</#list>",
            "${text?length} ${text.length()} ${text.substring(1, 3)} ${text?upper_case}",
            "${items[0].getClass().getName()}",
            "${items[0].getClass().getClassLoader()}",
            "${items[0].getClass().forName('java.lang.Runtime')}",
            "${text.getClass().getProtectionDomain()}",
            "${items[0].hashCode()?c} ${items[0].equals(items[0])?c}");

    private static String rendered(Configuration configuration, String source) {
        try {
            StringWriter out = new StringWriter();
            new Template("t.ftl", source, configuration).process(MODEL, out);
            return out.toString();
        } catch (Exception e) {
            // Which member was refused, or which call failed: the first line names it.
            return "refused: " + e.getClass().getSimpleName() + ": " + e.getMessage().lines().findFirst().orElse("");
        }
    }

    @Test
    void templatesSeeWhatFreeMarkersOwnWrapperShowsAndNoMore() throws IOException {
        Configuration ours = TemplateRenderer.configuration(Path.of("no-theme-folder"));
        Configuration theirs = TemplateRenderer.configuration(Path.of("no-theme-folder"));
        theirs.setObjectWrapper(Configuration.getDefaultObjectWrapper(Configuration.VERSION_2_3_35));
        for (int round = 0; round < 2; round++) { // the second round calls the methods made accessible in the first
            for (String template : TEMPLATES) {
                assertEquals(rendered(theirs, template), rendered(ours, template), template);
            }
        }
        assertEquals("a:a:3:2:#x,yb:b:1:0:#", rendered(ours, TEMPLATES.get(0)));
        assertEquals("refused: InvalidReferenceException: The following has evaluated to null or missing:",
                rendered(ours, TEMPLATES.get(4)), "the member access policy still hides Class.forName");
    }
}
