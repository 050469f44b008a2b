package studyguide.build;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import studyguide.output.OutputFile;

/** The site's static files: the theme's {@code assets/} (built-in, or the guide's own), plus Prism from its WebJar. */
final class Assets {

    private Assets() {
    }

    /** The assets among the theme's files ({@link studyguide.view.Theme#files}), and Prism for the guide's code languages. */
    static List<OutputFile> collect(Map<String, byte[]> themeFiles, Set<String> codeLanguages, RenderCache cache)
            throws IOException {
        List<OutputFile> files = new ArrayList<>();
        themeFiles.forEach((path, bytes) -> {
            if (path.startsWith("assets/")) {
                files.add(new OutputFile(path, bytes));
            }
        });
        files.add(new OutputFile("assets/prism.js", cache.prism(codeLanguages)));
        return files;
    }
}
