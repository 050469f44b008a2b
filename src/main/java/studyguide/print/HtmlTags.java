package studyguide.print;

/**
 * Finding elements by name in HTML this build rendered, as the patterns {@code <name\b} and
 * {@code <pre\b[^>]*>(.*?)</pre>} find them, without a regular expression: a sheet looks at every prompt of a
 * guide for its code blocks, blocks and pictures, and the patterns were most of the time printing spent on a
 * bank of many prompts. jsoup would parse each prompt into a tree to answer what a scan for {@code <} answers.
 */
final class HtmlTags {

    private HtmlTags() {
    }

    /** A closed {@code <pre>} element: where its start tag begins, where its content begins and ends, where it ends. */
    record Pre(int start, int contentStart, int contentEnd, int end) {
    }

    /** The first {@code <pre>} element at or after {@code from} that has a closing tag, or null. */
    static Pre pre(String html, int from) {
        for (int at = html.indexOf("<pre", from); at >= 0; at = html.indexOf("<pre", at + 1)) {
            if (!nameEndsAt(html, at + 4)) {
                continue;
            }
            int open = html.indexOf('>', at + 4);
            int close = open < 0 ? -1 : html.indexOf("</pre>", open + 1);
            // Without either, no later start tag has one.
            return close < 0 ? null : new Pre(at, open + 1, close, close + "</pre>".length());
        }
        return null;
    }

    /** Whether {@code html} has a start tag named {@code name}. */
    static boolean has(String html, String name) {
        String start = "<" + name;
        for (int at = html.indexOf(start); at >= 0; at = html.indexOf(start, at + 1)) {
            if (nameEndsAt(html, at + start.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a start tag named one of {@code names} begins at {@code at}. */
    static boolean startsAt(CharSequence html, int at, String... names) {
        if (html.charAt(at) != '<') {
            return false;
        }
        for (String name : names) {
            int end = at + 1 + name.length();
            if (end <= html.length() && regionIs(html, at + 1, name) && nameEndsAt(html, end)) {
                return true;
            }
        }
        return false;
    }

    private static boolean regionIs(CharSequence html, int at, String name) {
        for (int i = 0; i < name.length(); i++) {
            if (html.charAt(at + i) != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a name ends before {@code i}, as {@code \b} after its last letter decides: at the end, or before a
     * character that is neither a letter, a digit, an underscore nor a combining mark.
     */
    static boolean nameEndsAt(CharSequence html, int i) {
        if (i >= html.length()) {
            return true;
        }
        int c = Character.codePointAt(html, i);
        return !(c == '_' || Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK);
    }
}
