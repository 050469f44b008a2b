package studyguide.view;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Builds {@code assets/prism.js}: Prism's core and the languages the guide's code names, read from the
 * prismjs WebJar on the class path, so the browser highlights code with no network access.
 */
public final class PrismBundle {

    private PrismBundle() {
    }

    /**
     * The concatenated, minified scripts for code blocks and snippets that name these languages, each
     * component after those it needs. A name Prism does not register itself ({@code c++}, {@code tsql},
     * {@code JavaScript}) is made an alias of its language, as the pages' class names carry it as written.
     */
    public static byte[] build(PrismLanguages languages, Collection<String> names) throws IOException {
        ClassLoader loader = PrismBundle.class.getClassLoader();
        String root = PrismLanguages.root(languages.version());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("/* Prism " + languages.version() + " (MIT licence, https://prismjs.com), from the prismjs WebJar */\n")
                .getBytes(StandardCharsets.UTF_8));
        append(loader, root + "components/prism-core.min.js", out);
        for (String component : languages.components(names)) {
            append(loader, root + "components/prism-" + component + ".min.js", out);
        }
        StringBuilder aliases = new StringBuilder();
        for (String name : new TreeSet<>(names)) {
            String id = languages.component(name).orElse(null);
            if (id != null && !languages.registers(name)) {
                aliases.append("Prism.languages[").append(jsString(name)).append("]=Prism.languages[")
                        .append(jsString(id)).append("];\n");
            }
        }
        out.writeBytes(aliases.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void append(ClassLoader loader, String path, ByteArrayOutputStream out) throws IOException {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("the prismjs WebJar has no " + path);
            }
            out.writeBytes(in.readAllBytes());
            out.write('\n');
        }
    }

    /** A language name as a JavaScript string: names come from the guide's fences. */
    private static String jsString(String name) {
        StringBuilder s = new StringBuilder("'");
        for (char c : name.toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '+' || c == '#' || c == '.') {
                s.append(c);
            } else {
                s.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return s.append('\'').toString();
    }
}
