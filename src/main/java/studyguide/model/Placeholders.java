package studyguide.model;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders of a label's words, {@code {name}} ({@code {count}}, {@code {title}}), which the theme fills
 * in. One rule for the theme's words and the author's replacements in {@code site.yaml}: a word that leaves out a
 * placeholder loses what it stood for (the number of "{count} questions"), and one the theme does not fill shows
 * as written, so the bundle's languages are held to English's placeholders and a replacement to the word it replaces.
 *
 * @param names the names of the placeholders, sorted, each once
 */
public record Placeholders(SortedSet<String> names) {

    /** A placeholder: its name is group 1. */
    public static final Pattern PATTERN = Pattern.compile("\\{([a-z0-9_]+)}");

    public Placeholders {
        names = Collections.unmodifiableSortedSet(new TreeSet<>(names));
    }

    /** The placeholders {@code words} has. */
    public static Placeholders in(String words) {
        SortedSet<String> names = new TreeSet<>();
        Matcher m = PATTERN.matcher(words);
        while (m.find()) {
            names.add(m.group(1));
        }
        return new Placeholders(names);
    }

    /**
     * What {@code words}, written to replace a word with these placeholders, gets wrong, as the rest of a sentence
     * about the label ("leaves out {count}; its words take {count}"); null when it has exactly these.
     */
    public String mismatch(String words) {
        SortedSet<String> given = in(words).names();
        SortedSet<String> missing = new TreeSet<>(names);
        missing.removeAll(given);
        SortedSet<String> unknown = new TreeSet<>(given);
        unknown.removeAll(names);
        if (missing.isEmpty() && unknown.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        if (!missing.isEmpty()) {
            text.append("leaves out ").append(list(missing));
        }
        if (!unknown.isEmpty()) {
            text.append(missing.isEmpty() ? "" : " and ").append("has ").append(list(unknown))
                    .append(", which the theme does not fill in");
        }
        return text.append("; its words take ").append(names.isEmpty() ? "no placeholder" : list(names)).toString();
    }

    private static String list(SortedSet<String> names) {
        return String.join(", ", names.stream().map(n -> "{" + n + "}").toList());
    }
}
