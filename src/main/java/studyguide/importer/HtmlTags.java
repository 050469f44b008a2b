package studyguide.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The tags of a piece of raw HTML, read as a browser's tokenizer reads them from its data state (the
 * WHATWG HTML tokenizer, without building a tree): comments and declarations are passed over, the content
 * of an element the browser reads as text ({@code <script>}, {@code <style>}) is not read for tags, and
 * every tag keeps its place in the text, so that a caller can take out one tag or one attribute and leave
 * every other character as it is.
 *
 * <p>jsoup reads the same grammar but builds a tree, closing and moving elements, and forgets a tag the
 * text does not finish; here a piece is often half of an element ({@code <details>} split around
 * Markdown), and an unfinished tag at its end is just what matters, since the browser would read the text
 * after the piece as part of it.
 */
final class HtmlTags {

    /** Elements whose content the browser reads as text up to their end tag; {@code plaintext} to the end of the page. */
    static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "iframe", "noembed",
            "noframes", "noscript", "plaintext");

    /**
     * An attribute: its name lower-cased, its value as written (entities not decoded, null without one),
     * and {@code [from, end)}, its text with the space or slash before it.
     */
    record Attribute(String name, String value, int from, int end) {
    }

    /**
     * A start or end tag at {@code [start, end)}; for a start tag of {@link #RAW_TEXT}, {@code contentEnd} is
     * where its content ends (its end tag, or the end of the text), else {@code end}.
     */
    record Tag(String name, boolean endTag, List<Attribute> attributes, int start, int end, int contentEnd) {
    }

    /** The tags of a text, and where a tag, comment or declaration starts that the text does not finish (-1: none). */
    record Scan(List<Tag> tags, int unfinished) {
    }

    private HtmlTags() {
    }

    static Scan scan(String s) {
        List<Tag> tags = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (true) {
            int lt = s.indexOf('<', i);
            if (lt < 0) {
                return new Scan(tags, -1);
            }
            if (s.startsWith("<!--", lt)) {
                i = commentEnd(s, lt + 4);
            } else if (lt + 1 < n && (s.charAt(lt + 1) == '!' || s.charAt(lt + 1) == '?')) {
                i = bogusCommentEnd(s, lt + 2);
            } else if (s.startsWith("</", lt)) {
                if (lt + 2 >= n) {
                    i = -1; // "</" followed by the next piece's first character: a tag or a bogus comment.
                } else if (letter(s.charAt(lt + 2))) {
                    Tag tag = tag(s, lt, lt + 2, true);
                    i = tag == null ? -1 : tag.end();
                    if (tag != null) {
                        tags.add(tag);
                    }
                } else {
                    i = s.charAt(lt + 2) == '>' ? lt + 3 : bogusCommentEnd(s, lt + 2);
                }
            } else if (lt + 1 < n && letter(s.charAt(lt + 1))) {
                Tag tag = tag(s, lt, lt + 1, false);
                i = tag == null ? -1 : tag.contentEnd();
                if (tag != null) {
                    tags.add(tag);
                }
            } else {
                i = lt + 1; // a '<' the browser shows as text
            }
            if (i < 0) {
                return new Scan(tags, lt);
            }
        }
    }

    /** After {@code <!--}: the end of the comment ({@code -->}, {@code --!>}, or the abrupt {@code <!-->}), or -1. */
    private static int commentEnd(String s, int from) {
        if (s.startsWith(">", from)) {
            return from + 1;
        }
        if (s.startsWith("->", from)) {
            return from + 2;
        }
        int close = s.indexOf("-->", from);
        int bang = s.indexOf("--!>", from);
        if (close < 0 && bang < 0) {
            return -1;
        }
        return close >= 0 && (bang < 0 || close < bang) ? close + 3 : bang + 4;
    }

    /** A declaration, processing instruction or CDATA section ends at the first '>' in HTML content; -1 without one. */
    private static int bogusCommentEnd(String s, int from) {
        int gt = s.indexOf('>', from);
        return gt < 0 ? -1 : gt + 1;
    }

    /** The tag whose name starts at {@code name}, or null when the text ends inside it. */
    private static Tag tag(String s, int start, int name, boolean endTag) {
        int n = s.length();
        int i = name;
        while (i < n && !space(s.charAt(i)) && s.charAt(i) != '/' && s.charAt(i) != '>') {
            i++;
        }
        String tagName = asciiLower(s.substring(name, i));
        List<Attribute> attributes = new ArrayList<>();
        while (true) {
            int from = i;
            while (i < n && (space(s.charAt(i)) || s.charAt(i) == '/')) {
                i++;
            }
            if (i >= n) {
                return null;
            }
            if (s.charAt(i) == '>') {
                i++;
                break;
            }
            int nameStart = i;
            i++; // the first character of a name may be '=' or a quote
            while (i < n && !space(s.charAt(i)) && "/>=".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            String attrName = asciiLower(s.substring(nameStart, i));
            int afterName = i;
            while (i < n && space(s.charAt(i))) {
                i++;
            }
            String value = null;
            if (i < n && s.charAt(i) == '=') {
                i++;
                while (i < n && space(s.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    return null;
                }
                char q = s.charAt(i);
                if (q == '"' || q == '\'') {
                    int close = s.indexOf(q, i + 1);
                    if (close < 0) {
                        return null;
                    }
                    value = s.substring(i + 1, close);
                    i = close + 1;
                } else if (q == '>') {
                    value = "";
                } else {
                    int v = i;
                    while (i < n && !space(s.charAt(i)) && s.charAt(i) != '>') {
                        i++;
                    }
                    value = s.substring(v, i);
                }
            } else {
                i = afterName; // no value: the spaces belong to the next attribute
            }
            attributes.add(new Attribute(attrName, value, from, i));
        }
        int contentEnd = i;
        if (!endTag && RAW_TEXT.contains(tagName)) {
            contentEnd = tagName.equals("plaintext") ? n : rawTextEnd(s, tagName, i);
        }
        return new Tag(tagName, endTag, List.copyOf(attributes), start, i, contentEnd);
    }

    /** Where the end tag of a raw text element starts ({@code </script} and a space, '/' or '>'), or the end of the text. */
    private static int rawTextEnd(String s, String name, int from) {
        for (int at = s.indexOf("</", from); at >= 0; at = s.indexOf("</", at + 1)) {
            int after = at + 2 + name.length();
            if (after < s.length() && asciiLower(s.substring(at + 2, after)).equals(name)
                    && (space(s.charAt(after)) || s.charAt(after) == '/' || s.charAt(after) == '>')) {
                return at;
            }
        }
        return s.length();
    }

    /** Lower case as the tokenizer makes it: A to Z only. */
    private static String asciiLower(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return out.toString();
    }

    private static boolean letter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The spaces of HTML's tokenizer: tab, line feed, form feed, carriage return and space. */
    private static boolean space(char c) {
        return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
    }
}
