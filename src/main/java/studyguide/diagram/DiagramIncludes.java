package studyguide.diagram;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studyguide.problem.Position;
import studyguide.problem.Problems;

/**
 * Writes the files a PlantUML diagram includes into its source, each of which must lie inside the content
 * folder once links are followed, and refuses every other way PlantUML's preprocessor reads a file or an
 * address. PlantUML itself runs in its SANDBOX profile and reads no file at all (see
 * {@link DiagramRenderer}): the build reads the included files, under the same rule as every other file
 * of the guide, and their text becomes part of the source, so of every cache key too.
 *
 * <p>A relative name is resolved against the folder of the file that names it: a diagram file's folder,
 * an included file's folder, or {@code diagrams/} for a fence in Markdown. {@code <name>} is PlantUML's
 * own library (in its jar) and is left to PlantUML.
 */
final class DiagramIncludes {

    /** The preprocessor's reading directives, as PlantUML recognises them (TLineType), longest names first. */
    private static final Pattern DIRECTIVE = Pattern.compile(
            "^\\s*!(include_many|include_once|include_sprites|includeurl|includesub|includedef|include|import|theme)\\b\\s*(.*?)\\s*$");
    private static final Pattern LOAD_JSON = Pattern.compile("%load_json\\s*\\(");
    private static final Pattern THEME_FROM = Pattern.compile("\\sfrom\\b");
    private static final Pattern LIBRARY = Pattern.compile("<[A-Za-z0-9_./-]+>");
    private static final Pattern BLOCK_MARK = Pattern.compile("^\\s*@(start|end)[a-z]*\\b.*");
    private static final Pattern START_SUB = Pattern.compile("^\\s*!startsub\\s+(\\S+)\\s*$");
    private static final Pattern END_SUB = Pattern.compile("^\\s*!endsub\\b.*");
    private static final String RULE = "a diagram can include only files inside the content folder, named by a relative path";

    /** A source with its includes written in, and for each of its lines the author's line (1-based) it comes from. */
    record Expanded(String text, int[] origin) {
        /** The author's line for a 1-based line of {@link #text}. */
        int authorLine(int line) {
            return origin == null || line < 1 || line > origin.length ? line : origin[line - 1];
        }
    }

    private final Path content;
    private final int maxChars;

    /**
     * @param content the content folder, or null when there is none (every include is then refused)
     * @param maxChars the size past which expanding stops (the renderer refuses the diagram as too large)
     */
    DiagramIncludes(Path content, int maxChars) {
        this.content = content == null ? null : content.toAbsolutePath().normalize();
        this.maxChars = maxChars;
    }

    /** The folder a fence's relative includes are resolved against. */
    Path fenceFolder() {
        return content == null ? null : content.resolve("diagrams");
    }

    /** The folder relative includes of the diagram file {@code name} (a path inside {@code diagrams/}) resolve against. */
    Path fileFolder(String name) {
        return content == null ? null : content.resolve("diagrams").resolve(name).normalize().getParent();
    }

    /** Whether the source has any directive this class acts on (then its rendering depends on other files). */
    static boolean readsFiles(String source) {
        return source.contains("!") && source.lines().anyMatch(l -> DIRECTIVE.matcher(l).matches())
                || source.contains("%load_json");
    }

    /**
     * The source with its includes written in, or null with a problem at the line of {@code at}'s file
     * that names a refused or missing file.
     *
     * @param at where line 1 of {@code source} is written
     */
    Expanded expand(String source, Path folder, Position at, Problems problems) {
        if (!readsFiles(source)) {
            return new Expanded(source, null); // the common case: the source as it is, byte for byte
        }
        Expansion expansion = new Expansion(at, problems);
        List<String> lines = List.of(source.split("\n", -1));
        if (!expansion.add(lines, null, folder, 0, new ArrayDeque<>())) {
            return null;
        }
        return new Expanded(String.join("\n", expansion.lines), expansion.origin.stream().mapToInt(i -> i).toArray());
    }

    /** One diagram's expansion: the lines so far, where each came from, and the files included once. */
    private final class Expansion {
        private final Position at;
        private final Problems problems;
        private final List<String> lines = new ArrayList<>();
        private final List<Integer> origin = new ArrayList<>();
        private final Set<Path> once = new HashSet<>();
        private int chars;

        Expansion(Position at, Problems problems) {
            this.at = at;
            this.problems = problems;
        }

        /**
         * Adds {@code text}, written in {@code file} (null: the author's source) whose relative names resolve in
         * {@code folder}; {@code authorLine} is the author's line that included it (0 for the source itself).
         */
        boolean add(List<String> text, Path file, Path folder, int authorLine, Deque<Path> including) {
            for (int i = 0; i < text.size(); i++) {
                if (chars > maxChars) {
                    return true; // already too large to draw: the renderer says so
                }
                String line = text.get(i);
                int from = authorLine == 0 ? i + 1 : authorLine;
                String where = file == null ? "" : " (line " + (i + 1) + " of '" + shown(file) + "')";
                if (LOAD_JSON.matcher(line).find()) {
                    return refuse(from, "'%load_json' reads a file or an address" + where
                            + "; write the data into the diagram instead (!$data = { ... })");
                }
                Matcher directive = DIRECTIVE.matcher(line);
                if (!directive.matches()) {
                    if (file == null || !BLOCK_MARK.matcher(line).matches()) {
                        lines.add(line);
                        origin.add(from);
                        chars += line.length() + 1;
                    }
                    continue;
                }
                String kind = directive.group(1);
                String name = unquoted(directive.group(2));
                String shownDirective = "'!" + kind + " " + directive.group(2) + "'" + where;
                if (kind.equals("theme")) {
                    if (THEME_FROM.matcher(" " + name).find()) {
                        return refuse(from, shownDirective + " reads a theme from a file or an address; use one "
                                + "of PlantUML's own themes, or !include a style file inside the content folder");
                    }
                } else if (LIBRARY.matcher(name).matches() && !name.contains("..") && !kind.equals("import")) {
                    // PlantUML's standard library, read from its own jar: nothing of the machine.
                } else if (kind.equals("includeurl") || name.contains("://")) {
                    return refuse(from, shownDirective + " reads an address; " + RULE);
                } else if (!kind.startsWith("include") || kind.equals("includedef") || kind.equals("include_sprites")) {
                    return refuse(from, shownDirective + " is not supported; " + RULE + ", with !include");
                } else if (!include(kind, name, shownDirective, folder, from, including)) {
                    return false;
                }
                if (kind.equals("theme") || name.startsWith("<")) {
                    lines.add(line);
                    origin.add(from);
                    chars += line.length() + 1;
                }
            }
            return true;
        }

        private boolean include(String kind, String name, String directive, Path folder, int from, Deque<Path> including) {
            String sub = null;
            int bang = name.lastIndexOf('!');
            if (kind.equals("includesub")) {
                if (bang <= 0) {
                    return refuse(from, directive + " names no part: write !includesub file!PART");
                }
                sub = name.substring(bang + 1);
                name = name.substring(0, bang);
            } else if (bang > 0) {
                return refuse(from, directive + " selects a part of the file with '!', which is not supported; "
                        + "use !startsub in that file and !includesub");
            }
            if (name.contains("$") || name.contains("%")) {
                return refuse(from, directive + " names its file through a variable; name the file itself");
            }
            if (folder == null || name.isEmpty() || name.startsWith("/") || name.startsWith("~") || name.contains("\\")
                    || name.contains(":")) {
                return refuse(from, directive + " names a file outside the content folder; " + RULE);
            }
            Path file = folder.resolve(name).normalize();
            if (!file.startsWith(content)) {
                return refuse(from, directive + " names a file outside the content folder; " + RULE);
            }
            if (!Files.isRegularFile(file)) {
                return refuse(from, directive + ": file '" + shown(file) + "' not found");
            }
            try {
                if (!file.toRealPath().startsWith(content.toRealPath())) {
                    return refuse(from, directive + " is a link to a file outside the content folder; copy the file "
                            + "into the guide instead");
                }
            } catch (IOException e) {
                return refuse(from, directive + ": could not read '" + shown(file) + "': " + e.getMessage());
            }
            if (including.contains(file)) {
                return refuse(from, directive + ": '" + shown(file) + "' includes itself");
            }
            if (kind.equals("include_once") && !once.add(file)) {
                return true;
            }
            List<String> text;
            try {
                text = List.of(Files.readString(file).split("\r?\n", -1));
            } catch (CharacterCodingException e) {
                return refuse(from, directive + ": '" + shown(file) + "' is not UTF-8; save it as UTF-8");
            } catch (IOException e) {
                return refuse(from, directive + ": could not read '" + shown(file) + "': " + e.getMessage());
            }
            if (sub != null) {
                text = part(text, sub);
                if (text == null) {
                    return refuse(from, directive + ": '" + shown(file) + "' has no '!startsub " + sub + "'");
                }
            } else if (!text.isEmpty() && text.get(text.size() - 1).isEmpty()) {
                text = text.subList(0, text.size() - 1);
            }
            including.push(file);
            boolean added = add(text, file, file.getParent(), from, including);
            including.pop();
            return added;
        }

        private boolean refuse(int line, String why) {
            problems.add(at == null ? null : new Position(at.file(), at.line() + line - 1, 0), "PlantUML: " + why);
            return false;
        }
    }

    /** The lines between {@code !startsub name} and {@code !endsub}, every such part in order; null when none. */
    private static List<String> part(List<String> text, String name) {
        List<String> part = new ArrayList<>();
        boolean found = false;
        boolean inside = false;
        for (String line : text) {
            Matcher start = START_SUB.matcher(line);
            if (start.matches() && start.group(1).equals(name)) {
                found = true;
                inside = true;
            } else if (inside && END_SUB.matcher(line).matches()) {
                inside = false;
            } else if (inside) {
                part.add(line);
            }
        }
        return found ? part : null;
    }

    private static String unquoted(String name) {
        return name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"") ? name.substring(1, name.length() - 1) : name;
    }

    /** A file as named in messages: its path inside the content folder. */
    private String shown(Path file) {
        return content.relativize(file).toString().replace('\\', '/');
    }
}
