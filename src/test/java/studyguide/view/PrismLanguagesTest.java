package studyguide.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrismLanguagesTest {

    private final PrismLanguages prism;

    PrismLanguagesTest() throws IOException {
        prism = PrismLanguages.fromWebJar();
    }

    @Test
    void theLanguagesGuidesUseAndTheNamesPeopleWriteForThemAreKnown() {
        for (String name : List.of("jsx", "tsx", "kotlin", "swift", "rust", "cpp", "csharp", "php", "ruby", "go", "r",
                "sql", "yaml", "json", "bash", "docker", "hcl", "java", "scala", "python", "typescript", "text",
                "plantuml")) {
            assertTrue(prism.knows(name), name);
        }
        assertEquals(Optional.of("javascript"), prism.component("js"));
        assertEquals(Optional.of("typescript"), prism.component("ts"));
        assertEquals(Optional.of("bash"), prism.component("sh"));
        assertEquals(Optional.of("bash"), prism.component("shell"));
        assertEquals(Optional.of("yaml"), prism.component("yml"));
        assertEquals(Optional.of("cpp"), prism.component("c++"));
        assertEquals(Optional.of("csharp"), prism.component("cs"));
        assertEquals(Optional.of("go"), prism.component("golang"));
        assertEquals(Optional.of("docker"), prism.component("dockerfile"));
        assertEquals(Optional.of("hcl"), prism.component("tf"));
        assertEquals(Optional.of("sql"), prism.component("tsql"));
        assertEquals(Optional.of("javascript"), prism.component("JavaScript"));
        assertFalse(prism.knows("kotln"));
        assertEquals(Optional.empty(), prism.component("text"), "plain text loads nothing");
    }

    @Test
    void eachComponentComesAfterWhatItNeedsFromPrismsOwnList() {
        List<String> order = prism.components(List.of("tsx", "cpp", "php"));
        assertEquals(List.of("clike", "c", "cpp", "markup", "javascript", "jsx", "markup-templating", "php", "typescript",
                "tsx"), order);
        assertEquals(List.of(), prism.components(List.of("text", "plantuml")));
    }

    @Test
    void theBundleHoldsTheCoreTheComponentsAndAliasesPrismDoesNotRegister() throws IOException {
        String bundle = new String(PrismBundle.build(prism, List.of("kotlin", "c++", "js")), StandardCharsets.UTF_8);
        assertTrue(bundle.contains("languages.kotlin=n.languages.extend(\"clike\""), "kotlin's component");
        assertTrue(bundle.contains("Prism.languages['c++']=Prism.languages['cpp'];"), bundle.substring(bundle.length() - 200));
        assertFalse(bundle.contains("Prism.languages['js']"), "Prism's javascript registers js itself");
        assertFalse(bundle.contains("languages.python="), "no language the guide does not use");
    }
}
