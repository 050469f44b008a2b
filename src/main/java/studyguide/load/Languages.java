package studyguide.load;

import java.util.Map;

/** Maps a snippet's file extension to the language name that Prism highlights. */
final class Languages {

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("py", "python"), Map.entry("sh", "bash"), Map.entry("bash", "bash"),
            Map.entry("json", "json"), Map.entry("yaml", "yaml"), Map.entry("yml", "yaml"),
            Map.entry("java", "java"), Map.entry("scala", "scala"), Map.entry("sql", "sql"),
            Map.entry("tf", "hcl"), Map.entry("hcl", "hcl"), Map.entry("js", "javascript"),
            Map.entry("mjs", "javascript"), Map.entry("ts", "typescript"), Map.entry("go", "go"),
            Map.entry("properties", "properties"), Map.entry("ini", "ini"), Map.entry("toml", "toml"),
            Map.entry("md", "markdown"), Map.entry("txt", "plain"));

    private Languages() {
    }

    /** The language for a file name; the bare extension when it is not one we know. */
    static String of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return "plain";
        }
        String extension = fileName.substring(dot + 1).toLowerCase();
        return BY_EXTENSION.getOrDefault(extension, extension);
    }
}
