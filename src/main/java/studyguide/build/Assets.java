package studyguide.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import studyguide.output.OutputFile;
import studyguide.view.Labels;

/**
 * The site's static files: the theme's {@code assets/} (built-in, or the guide's own), plus Prism from its WebJar
 * and the theme's words in the guide's language ({@link Labels#file}).
 */
final class Assets {

    private Assets() {
    }

    /**
     * The assets among the theme's files ({@link studyguide.view.Theme#files}), Prism for the guide's code
     * languages, and the script with the guide's words.
     */
    static List<OutputFile> collect(Map<String, byte[]> themeFiles, Set<String> codeLanguages, Labels labels,
            Caches cache)
            throws IOException {
        List<OutputFile> files = new ArrayList<>();
        themeFiles.forEach((path, bytes) -> {
            if (path.startsWith("assets/")) {
                files.add(new OutputFile(path, bytes));
            }
        });
        files.add(new OutputFile("assets/prism.js", cache.prism(codeLanguages)));
        files.add(new OutputFile(labels.file(), labels.script().getBytes(StandardCharsets.UTF_8)));
        return files;
    }
}
