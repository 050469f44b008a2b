package studyguide.view;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * Builds {@code assets/prism.js}: Prism's core and the languages snippets use, read from the prismjs
 * WebJar on the class path, so the browser highlights code with no network access.
 */
public final class PrismBundle {

    /** Languages in dependency order (scala needs java, typescript needs javascript, markdown needs markup). */
    private static final List<String> COMPONENTS = List.of("core", "markup", "clike", "javascript", "java",
            "scala", "python", "bash", "json", "yaml", "sql", "hcl", "go", "typescript", "properties", "ini",
            "toml", "markdown");
    private static final String POM = "META-INF/maven/org.webjars.npm/prismjs/pom.properties";

    private PrismBundle() {
    }

    /** The concatenated, minified scripts. */
    public static byte[] build() throws IOException {
        ClassLoader loader = PrismBundle.class.getClassLoader();
        String version = version(loader);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("/* Prism " + version + " (MIT licence, https://prismjs.com), from the prismjs WebJar */\n")
                .getBytes(StandardCharsets.UTF_8));
        for (String component : COMPONENTS) {
            String path = "META-INF/resources/webjars/prismjs/" + version + "/components/prism-" + component + ".min.js";
            try (InputStream in = loader.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IOException("the prismjs WebJar has no " + path);
                }
                out.writeBytes(in.readAllBytes());
                out.write('\n');
            }
        }
        return out.toByteArray();
    }

    private static String version(ClassLoader loader) throws IOException {
        try (InputStream in = loader.getResourceAsStream(POM)) {
            if (in == null) {
                throw new IOException("the prismjs WebJar is not on the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        }
    }
}
