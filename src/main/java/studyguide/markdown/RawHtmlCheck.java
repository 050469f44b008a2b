package studyguide.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Tag;

/**
 * Finds raw HTML in a Markdown file that a browser would read differently from what its author meant: an
 * element HTML does not have, and an element that is never closed or closed without being open. Both
 * happen when a tag is written in prose to be shown ("elements {@code <a>} to {@code <img>}"): the browser
 * makes it a real element, which takes in the rest of the page, and nothing says so.
 *
 * <p>The tags are read with a regular expression rather than jsoup's parser: the parser repairs what it
 * reads (closing an {@code <a>} at the end, dropping a stray {@code </div>}) without saying which tag it
 * repaired or where, and Markdown cuts the HTML into pieces between paragraphs. jsoup says which
 * elements HTML knows.
 */
final class RawHtmlCheck {

    private static final Pattern TAG = Pattern.compile(
            "<!--.*?-->|<![^>]*>|<\\?.*?>|<(/?)([A-Za-z][A-Za-z0-9-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>", Pattern.DOTALL);
    /** Elements whose end tag HTML lets an author leave out. */
    private static final Set<String> OPTIONAL_END = Set.of("p", "li", "dt", "dd", "option", "optgroup", "rb", "rt",
            "rtc", "rp", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption", "html", "head", "body");
    /** Elements whose content is text up to their end tag. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title");
    /** SVG and MathML have element names of their own (and in any case), which HTML's list does not hold. */
    private static final Set<String> FOREIGN = Set.of("svg", "math");
    private static final String AS_CODE = "write it in backticks (`%s`) to show it as code";

    private RawHtmlCheck() {
    }

    /** The notes for the raw HTML of a document, in the order of its tags. */
    static List<MarkdownRenderer.Warning> of(Document document) {
        String text = document.getChars().toString();
        List<MarkdownRenderer.Warning> notes = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        String rawText = null;
        for (Node node : document.getDescendants()) {
            if (!(node instanceof HtmlBlock) && !(node instanceof HtmlInline)) {
                continue;
            }
            int start = node.getStartOffset();
            Matcher m = TAG.matcher(text).region(start, node.getEndOffset());
            while (m.find()) {
                if (m.group(2) == null) {
                    continue; // a comment, declaration or processing instruction
                }
                boolean end = !m.group(1).isEmpty();
                String name = m.group(2).toLowerCase(Locale.ROOT);
                String written = m.group();
                if (rawText != null) {
                    if (end && name.equals(rawText)) {
                        rawText = null;
                        open.pop();
                    }
                    continue;
                }
                boolean foreign = open.stream().anyMatch(o -> FOREIGN.contains(o.name()));
                if (end) {
                    close(name, m.start(), text, open, notes);
                    continue;
                }
                Tag tag = Tag.valueOf(name);
                if (!foreign && !FOREIGN.contains(name) && !Tag.isKnownTag(name) && name.indexOf('-') < 0) {
                    notes.add(note(text, m.start(), "<" + m.group(2) + "> is not an HTML element, so the browser shows nothing "
                            + "of the tag; " + AS_CODE.formatted(written)));
                    continue;
                }
                if (!foreign && tag.isEmpty()) {
                    if (name.equals("img") && !m.group(3).toLowerCase(Locale.ROOT).matches("(?s).*\\bsrc\\s*=.*")) {
                        notes.add(note(text, m.start(), "<img> has no src, so it shows nothing; " + AS_CODE.formatted(written)));
                    }
                    continue;
                }
                if (m.group(3).endsWith("/") && (foreign || name.indexOf('-') >= 0)) {
                    continue; // <path/>: self-closing in SVG, not in HTML
                }
                open.push(new Open(name, m.start(), written));
                if (RAW_TEXT.contains(name)) {
                    rawText = name;
                }
            }
        }
        while (!open.isEmpty()) {
            notClosed(open.pop(), text, notes);
        }
        notes.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column()));
        return notes;
    }

    /** An end tag: closes its element and any left open inside it, or is a note when none is open. */
    private static void close(String name, int at, String text, Deque<Open> open, List<MarkdownRenderer.Warning> notes) {
        if (open.stream().noneMatch(o -> o.name().equals(name))) {
            if (!OPTIONAL_END.contains(name) || name.equals("p")) {
                notes.add(note(text, at, "</" + name + "> closes no open element; remove it, or "
                        + AS_CODE.formatted("</" + name + ">")));
            }
            return;
        }
        while (!open.peek().name().equals(name)) {
            notClosed(open.pop(), text, notes);
        }
        open.pop();
    }

    private static void notClosed(Open element, String text, List<MarkdownRenderer.Warning> notes) {
        if (!OPTIONAL_END.contains(element.name())) {
            notes.add(note(text, element.at(), "<" + element.name() + "> is never closed, so it takes in the rest "
                    + "of the text; close it with </" + element.name() + ">, or " + AS_CODE.formatted(element.written())));
        }
    }

    private static MarkdownRenderer.Warning note(String text, int offset, String message) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new MarkdownRenderer.Warning(line, offset - lineStart + 1, message);
    }

    /** An element open at this point, where its start tag is and how it was written. */
    private record Open(String name, int at, String written) {
    }
}
