package studyguide.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import studyguide.output.OutputFile;

/** The site's static files: the theme's {@code assets/} folder as it is, plus Prism from its WebJar. */
final class Assets {

    private Assets() {
    }

    static List<OutputFile> collect(Path templates, RenderCache cache) throws IOException {
        List<OutputFile> files = new ArrayList<>();
        Path assets = templates.resolve("assets");
        if (Files.isDirectory(assets)) {
            try (Stream<Path> walk = Files.walk(assets)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String relative = assets.relativize(file).toString().replace('\\', '/');
                    files.add(new OutputFile("assets/" + relative, Files.readAllBytes(file)));
                }
            }
        }
        files.add(new OutputFile("assets/prism.js", cache.prism()));
        return files;
    }
}
