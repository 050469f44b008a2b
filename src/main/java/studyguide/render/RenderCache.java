package studyguide.render;

import freemarker.template.Configuration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a long-running process ({@code serve}) keeps from one build to the next: rendered diagrams and
 * Markdown, the theme's parsed templates and the Prism bundle. A one-off build uses a fresh one.
 */
public final class RenderCache {

    private final Memo<String, String> diagrams = new Memo<>();
    private final Memo<MarkdownRenderer.Key, String> markdown = new Memo<>();
    private final Map<Path, Configuration> themes = new ConcurrentHashMap<>();
    private volatile byte[] prism;

    /** SVG by PlantUML source. */
    public Memo<String, String> diagrams() {
        return diagrams;
    }

    /** HTML by Markdown source and rendering options. */
    public Memo<MarkdownRenderer.Key, String> markdown() {
        return markdown;
    }

    /** The FreeMarker configuration (with its cache of parsed templates) for a theme folder. */
    public Configuration theme(Path folder) {
        return themes.computeIfAbsent(folder.toAbsolutePath().normalize(), f -> {
            try {
                return TemplateRenderer.configuration(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Forgets the parsed templates, after a file of the theme changed. */
    public void themeChanged() {
        themes.values().forEach(Configuration::clearTemplateCache);
    }

    /** {@code assets/prism.js}, built once. */
    public byte[] prism() throws IOException {
        byte[] bytes = prism;
        if (bytes == null) {
            bytes = PrismBundle.build();
            prism = bytes;
        }
        return bytes;
    }

    /** Called after a successful build: drops what that build did not use. */
    public void keepOnlyUsed() {
        diagrams.keepOnlyUsed();
        markdown.keepOnlyUsed();
    }
}
