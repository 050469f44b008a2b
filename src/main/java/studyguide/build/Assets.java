package studyguide.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import studyguide.output.OutputFile;
import studyguide.view.Theme;

/** The site's static files: the theme's {@code assets/} (built-in, or the guide's own), plus Prism from its WebJar. */
final class Assets {

    private Assets() {
    }

    static List<OutputFile> collect(Path templates, RenderCache cache) throws IOException {
        List<OutputFile> files = new ArrayList<>();
        Theme.files(templates).forEach((path, bytes) -> {
            if (path.startsWith("assets/")) {
                files.add(new OutputFile(path, bytes));
            }
        });
        files.add(new OutputFile("assets/prism.js", cache.prism()));
        return files;
    }
}
