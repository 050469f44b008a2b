package studyguide.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Picks the files of one language from a bank that keeps translations beside each file
 * ({@code topic-quiz.md} with {@code topic-quiz-fr.md}, {@code topic-quiz.ja.md}, {@code topic_quiz_de.md}).
 * A file counts as a translation only when the file it translates is there too, so a topic whose name
 * ends in something like a language code ({@code aws-it.md} alone) is not mistaken for one.
 */
final class Translations {

    private static final Set<String> LANGUAGES = Set.copyOf(Arrays.asList(Locale.getISOLanguages()));

    /** The files to import, and a line for each file left out saying why. */
    record Selection(List<Path> files, List<String> skipped) {
    }

    private record Translation(Path file, Path original, String lang) {
    }

    private Translations() {
    }

    static Selection select(List<Path> files, String lang) {
        Map<String, Path> byStem = new LinkedHashMap<>();
        files.forEach(f -> byStem.put(key(f.getParent(), stem(f)), f));
        Map<Path, Translation> translations = new LinkedHashMap<>();
        for (Path file : files) {
            Translation t = translation(file, byStem);
            if (t != null) {
                translations.put(file, t);
            }
        }
        boolean wanted = lang != null && translations.values().stream().anyMatch(t -> matches(t.lang(), lang));
        List<Path> chosen = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path file : files) {
            Translation t = translations.get(file);
            if (t == null) {
                Translation mine = !wanted ? null : translations.values().stream()
                        .filter(x -> x.original().equals(file) && matches(x.lang(), lang)).findFirst().orElse(null);
                if (!wanted) {
                    chosen.add(file);
                } else if (mine != null) {
                    skipped.add("skipped " + slashes(file) + ": its " + mine.lang() + " translation is imported in its place");
                } else {
                    skipped.add("skipped " + slashes(file) + ": it has no " + lang + " translation beside it");
                }
            } else if (wanted && matches(t.lang(), lang)) {
                chosen.add(file);
            } else {
                skipped.add("skipped " + slashes(file) + ": a translation (" + t.lang() + "); --lang " + t.lang()
                        + " imports it in place of " + slashes(t.original()));
            }
        }
        return new Selection(chosen, skipped);
    }

    /** The file's language when it translates another of the files: the last one or two parts of its name. */
    private static Translation translation(Path file, Map<String, Path> byStem) {
        String[] parts = stem(file).split("-");
        for (int n = 1; n <= 2 && n < parts.length; n++) {
            String code = String.join("-", Arrays.copyOfRange(parts, parts.length - n, parts.length));
            String base = String.join("-", Arrays.copyOfRange(parts, 0, parts.length - n));
            Path original = byStem.get(key(file.getParent(), base));
            if (isLanguage(code) && original != null && !original.equals(file)) {
                return new Translation(file, original, code);
            }
        }
        return null;
    }

    private static boolean isLanguage(String code) {
        String[] parts = code.split("-");
        return LANGUAGES.contains(parts[0]) && (parts.length == 1 || parts[1].matches("[a-z]{2}|[a-z]{4}|\\d{3}"));
    }

    /** Whether a file's language is the one asked for: the same tag, or the same language when one names no region. */
    private static boolean matches(String fileLang, String wanted) {
        String a = fileLang.toLowerCase(Locale.ROOT).replace('_', '-');
        String b = wanted.toLowerCase(Locale.ROOT).replace('_', '-');
        return a.equals(b) || a.split("-")[0].equals(b) || b.split("-")[0].equals(a);
    }

    /** A file name without {@code .md}, lower case, with '-' for every separator, so the three spellings compare equal. */
    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.')).toLowerCase(Locale.ROOT).replaceAll("[._\\s-]+", "-");
    }

    private static String key(Path folder, String stem) {
        return (folder == null ? "" : folder.toString()) + "/" + stem;
    }

    static String slashes(Path file) {
        return file.toString().replace('\\', '/');
    }
}
