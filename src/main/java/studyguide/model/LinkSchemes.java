package studyguide.model;

import java.util.Locale;
import java.util.Set;

/**
 * Which addresses a guide's links and images may have: http, https, mailto, or none (relative, or an
 * anchor); never {@code javascript:}, {@code data:} or {@code vbscript:}, in any case and with any spaces
 * or control characters a browser ignores. The build's {@code markdown.LinkPolicy} applies it to every
 * link it renders, and the importer to the links it copies, so that what it writes builds.
 */
public final class LinkSchemes {

    /** The schemes allowed. */
    public static final Set<String> ALLOWED = Set.of("http", "https", "mailto");

    private LinkSchemes() {
    }

    /** Whether a browser would follow {@code url} to something other than http, https, mailto or a relative address. */
    public static boolean allowed(String url) {
        String scheme = scheme(url);
        return scheme == null || ALLOWED.contains(scheme);
    }

    /**
     * The scheme a browser reads from {@code url}, lower-cased, or null when it has none. As the URL
     * standard says, leading and trailing spaces and control characters are dropped and tabs and line
     * breaks anywhere are ignored; a colon before the first '/', '?' or '#' ends a scheme.
     */
    public static String scheme(String url) {
        StringBuilder cleaned = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                cleaned.append(c);
            }
        }
        String s = strip(cleaned.toString());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':') {
                return s.substring(0, i).toLowerCase(Locale.ROOT);
            }
            if (c == '/' || c == '?' || c == '#') {
                return null;
            }
        }
        return null;
    }

    /**
     * An address as a message shows it: its control characters as '?' (a tab or line break inside it would break
     * the message's line), and at most 60 characters, the rest as "...".
     */
    public static String shown(String url) {
        String oneLine = url.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }

    private static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && s.charAt(end - 1) <= ' ') {
            end--;
        }
        return s.substring(start, end);
    }
}
