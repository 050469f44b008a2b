package studyguide.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studyguide.markdown.AsciiText;
import studyguide.markdown.HtmlIds;
import studyguide.media.Media;
import studyguide.media.MediaFile;
import studyguide.output.OutputFile;
import studyguide.search.SearchIndex;
import studyguide.view.RenderedGuide;
import studyguide.view.StructuredData;
import studyguide.view.TemplateRenderer;
import studyguide.view.Views.CategoryView;
import studyguide.view.Views.PageView;

/**
 * {@code export/guide.html}: the whole guide as one file that works from disk with no network. The
 * theme's {@code single-file.ftlh} renders every category and page into one document through the
 * usual layout; then links between pages become links to sections of the file, and every style
 * sheet, script, icon and image the page loads from the site is written into it, the guide's own images
 * up to {@link #IMAGE_BUDGET} (docs/export.md).
 *
 * <p>Patterns rather than an HTML parser do the rewriting: they only ever see HTML this build wrote
 * (FreeMarker and flexmark quote every attribute), and re-serialising the document through a parser
 * would change the inline SVG diagrams.
 */
final class SingleFile {

    static final String TEMPLATE = "single-file.ftlh";

    private static final Pattern HREF = Pattern.compile("(\\shref\\s*=\\s*)(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>(.*?)</script\\s*>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK = Pattern.compile("<link\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern IMG = Pattern.compile("<img\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s=/>\"']+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+)))?");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]+)\\1\\s*\\)");
    /** The tags {@link #inline} rewrites, a bit each. */
    private static final int SCRIPT_TAG = 1;
    private static final int LINK_TAG = 2;
    private static final int IMG_TAG = 4;
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("css", "text/css"), Map.entry("js", "text/javascript"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"), Map.entry("woff", "font/woff"), Map.entry("ttf", "font/ttf"),
            Map.entry("json", "application/json"));

    private SingleFile() {
    }

    /**
     * The most bytes of the guide's own images the file holds, about 13 MB of base64. Within it the file
     * is the guide with nothing beside it; a guide whose images weigh more shows them from the site's
     * {@code media/} instead, and says so, rather than store every image a second time in a file too
     * large to open or send (the images of a 10,000-question bank with 300 figures made it 118 MB).
     */
    static final long IMAGE_BUDGET = 10_000_000;

    /** What stands for the bytes of an image the file shows from the site's {@code media/}, never read. */
    private static final byte[] NOT_READ = new byte[0];

    /** Text is rewritten in pieces of about this many characters, so the file is never whole in memory. */
    static final int PIECE = 256 * 1024;

    /**
     * Writes the single file to {@code out}, for a theme that has {@link #TEMPLATE}; false when the template
     * failed, with a problem recorded (what was written then is to be thrown away).
     */
    static boolean write(RenderedGuide guide, TemplateRenderer templates, List<OutputFile> site, List<MediaFile> media,
            Writer out) throws IOException {
        return write(guide, templates, site, media, out, PIECE);
    }

    static boolean write(RenderedGuide guide, TemplateRenderer templates, List<OutputFile> site, List<MediaFile> media,
            Writer out, int piece) throws IOException {
        long imageBytes = 0;
        for (MediaFile file : media) {
            if (isImage(file.path())) {
                imageBytes += Files.size(file.source());
            }
        }
        EmbeddedImages images = new EmbeddedImages(imageBytes <= IMAGE_BUDGET);
        Map<String, byte[]> files = new HashMap<>();
        site.forEach(f -> files.put(f.path(), f.bytes()));
        for (MediaFile file : media) {
            // An image the file shows from media/ is only named: its bytes need not be read.
            files.put(file.path(), images.embedded() || !isImage(file.path()) ? Files.readAllBytes(file.source()) : NOT_READ);
        }
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put("index.html", "home");
        for (CategoryView c : guide.categories()) {
            targets.put(c.href(), "category--" + c.id());
        }
        List<PageView> pages = new ArrayList<>();
        for (PageView p : guide.pages()) {
            targets.put(p.href(), "page--" + p.id());
            // Pages' heading ids are unique on their own page only; in one file they need the page's prefix.
            pages.add(new PageView(p.id(), p.title(), p.href(), HtmlIds.prefix(p.html(), p.id() + "--")));
        }
        // One file on a reader's disk has no library or other language beside it to link to.
        SingleFilePage model = new SingleFilePage(guide.site().alone(), Exports.HTML, guide.site().title(),
                guide.site().description(), "", guide.categories(), pages,
                images.embedded() ? null : Math.round(imageBytes / 1e6) + " MB");
        Map<String, String> prefixes = pagePrefixes(guide);
        List<String> deferred = new ArrayList<>();
        Rewriter rewriter = new Rewriter(out, piece,
                html -> inline(rewriteLinks(html, targets, prefixes), files, deferred, images));
        if (!templates.render(TEMPLATE, model, rewriter)) {
            return false;
        }
        String rest = rewriter.rest();
        int bodyEnd = bodyEnd(rest);
        out.write(rest, 0, bodyEnd);
        out.write(images.definitions());
        // search.js loads the search index, and a split one's parts when someone searches; the file has them
        // all, at the end of the body before the deferred scripts, which use them. Written a file at a time: at
        // 100,000 questions the index is 70 MB, which joined into one text with the page's end is held several times.
        for (OutputFile file : site) {
            if (file.path().equals(SearchIndex.PATH) || SearchIndex.isPart(file.path())) {
                out.write("<script>" + scriptText(new String(file.bytes(), StandardCharsets.UTF_8)) + "</script>\n");
            }
        }
        for (String script : deferred) {
            out.write(script + "\n");
        }
        out.write("<script>" + scriptText(linkScript(targets, prefixes)) + "</script>\n");
        out.write(rest, bodyEnd, rest.length() - bodyEnd);
        return true;
    }

    /**
     * Takes the template's output and passes it on rewritten, a piece at a time. A piece ends only where
     * no rewrite can reach across: before a tag, outside any script, style element or comment, and
     * before the first {@code </body>} (the end of the file, after it, is rewritten by the caller).
     */
    static final class Rewriter extends Writer {

        private final Writer out;
        private final int piece;
        private final Function<String, String> rewrite;
        private final StringBuilder pending = new StringBuilder();
        private int nextTry;

        Rewriter(Writer out, int piece, Function<String, String> rewrite) {
            this.out = out;
            this.piece = piece;
            this.rewrite = rewrite;
            this.nextTry = piece;
        }

        @Override
        public void write(char[] text, int offset, int length) throws IOException {
            pending.append(text, offset, length);
            passOn();
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            pending.append(text, offset, offset + length);
            passOn();
        }

        private void passOn() throws IOException {
            if (pending.length() < nextTry) {
                return;
            }
            int cut = lastCut(pending);
            if (cut > 0) {
                out.write(rewrite.apply(pending.substring(0, cut)));
                pending.delete(0, cut);
            }
            // Without a place to cut (a long script, say) wait for another piece rather than look again at once.
            nextTry = pending.length() + piece;
        }

        /** What is left at the end, rewritten. */
        String rest() {
            String text = rewrite.apply(pending.toString());
            pending.setLength(0);
            return text;
        }

        @Override
        public void flush() {
            // Pieces are passed on when they are complete; the rest only once the template has finished.
        }

        @Override
        public void close() {
        }
    }

    /** The last place in {@code text} where a piece may end, or 0 when there is none. */
    static int lastCut(CharSequence text) {
        String s = text.toString();
        int last = 0;
        int at = s.indexOf('<');
        while (at >= 0 && !AsciiText.startsIgnoringCase(s, at, "</body")) {
            String closing = s.startsWith("<!--", at) ? "-->"
                    : AsciiText.startsIgnoringCase(s, at, "<script") ? "</script"
                    : AsciiText.startsIgnoringCase(s, at, "<style") ? "</style" : null;
            if (closing != null || at + 1 < s.length() && Character.isLetter(s.charAt(at + 1))) {
                last = at;
            }
            if (closing == null) {
                at = s.indexOf('<', at + 1);
            } else {
                // Text inside may hold '<' (a script's comparisons, a comment's markup): no cut until its end. A
                // '</body' inside stops the cutting too: no piece reaches past the first one, wherever it is.
                int end = indexOf(s, closing, at + 1, true);
                int next = end < 0 ? -1 : s.indexOf('<', end + 1);
                if (hasBodyEnd(s, at + 1, next < 0 ? s.length() : next)) {
                    break;
                }
                at = next;
            }
        }
        return last;
    }

    /** Whether a {@code </body} starts in {@code text} at or after {@code from} and before {@code to}. */
    private static boolean hasBodyEnd(String text, int from, int to) {
        for (int at = text.indexOf('<', from); at >= 0 && at < to; at = text.indexOf('<', at + 1)) {
            if (AsciiText.startsIgnoringCase(text, at, "</body")) {
                return true;
            }
        }
        return false;
    }

    /** Page name to the prefix its ids get in the single file (categories keep theirs). */
    private static Map<String, String> pagePrefixes(RenderedGuide guide) {
        Map<String, String> prefixes = new HashMap<>();
        guide.pages().forEach(p -> prefixes.put(p.href(), p.id() + "--"));
        return prefixes;
    }

    /**
     * Turns {@code storage.html#q} into {@code #q} and {@code storage.html} into the category's section, and
     * points links to the guide's files at the site's copies.
     */
    static String rewriteLinks(String html, Map<String, String> targets, Map<String, String> prefixes) {
        return replaceAll(html, HREF, "href", 1, false, m -> {
            String value = m.group(2) != null ? m.group(2) : m.group(3);
            if (value.startsWith(Media.FOLDER)) {
                // A file the guide links to (a PDF) stays a file of the site, one folder up from export/.
                return m.group(1) + "\"../" + value + "\"";
            }
            String local = local(value.replace("&amp;", "&"), targets, prefixes);
            return local == null ? m.group() : m.group(1) + "\"" + local + "\"";
        });
    }

    private static String local(String href, Map<String, String> targets, Map<String, String> prefixes) {
        String path = href.startsWith("./") ? href.substring(2) : href;
        int hash = path.indexOf('#');
        String page = hash < 0 ? path : path.substring(0, hash);
        if (!targets.containsKey(page)) {
            return null;
        }
        if (hash < 0 || hash == path.length() - 1) {
            return "#" + targets.get(page);
        }
        return "#" + prefixes.getOrDefault(page, "") + path.substring(hash + 1);
    }

    /**
     * Writes the site's style sheets, scripts, icons and images into the page.
     *
     * @param deferred where deferred scripts go, to be added at the end of the body after what it holds
     * @param images the guide's images written so far, each once
     */
    static String inline(String html, Map<String, byte[]> files, List<String> deferred, EmbeddedImages images) {
        // Most pieces of a large guide's file hold none of these tags, or only images: one look for all three
        // spares a pass over the piece for each that is missing. A pass that changed the text looks again, as an
        // inlined file's text may hold the next pass's tags (which that pass, over the whole text, rewrites).
        int tags = tagsIn(html);
        if ((tags & SCRIPT_TAG) != 0) {
            String before = html;
            html = inlineScripts(html, files, deferred);
            tags = html == before ? tags : tagsIn(html);
        }
        if ((tags & LINK_TAG) != 0) {
            String before = html;
            html = inlineLinks(html, files);
            tags = html == before ? tags : tagsIn(html);
        }
        return (tags & IMG_TAG) != 0 ? inlineImages(html, files, images) : html;
    }

    /** Which of {@code <script}, {@code <link} and {@code <img} (letters in either case) {@code html} holds, a bit each. */
    private static int tagsIn(String html) {
        int tags = 0;
        for (int at = html.indexOf('<'); at >= 0 && tags != (SCRIPT_TAG | LINK_TAG | IMG_TAG); at = html.indexOf('<', at + 1)) {
            tags |= AsciiText.startsIgnoringCase(html, at, "<script") ? SCRIPT_TAG
                    : AsciiText.startsIgnoringCase(html, at, "<link") ? LINK_TAG
                    : AsciiText.startsIgnoringCase(html, at, "<img") ? IMG_TAG : 0;
        }
        return tags;
    }

    static String inlineScripts(String html, Map<String, byte[]> files, List<String> deferred) {
        return replaceAll(html, SCRIPT, "<script", 0, true, m -> {
            Map<String, String> attributes = attributes(m.group(1));
            byte[] script = attributes.containsKey("src") ? files.get(resolve("", attributes.get("src"))) : null;
            if (script == null) {
                return m.group();
            }
            boolean later = attributes.containsKey("defer") || attributes.containsKey("async");
            attributes.keySet().removeAll(List.of("src", "defer", "async", "integrity", "crossorigin"));
            String element = "<script" + render(attributes) + ">" + scriptText(new String(script, StandardCharsets.UTF_8))
                    + "</script>";
            if (later && !"module".equals(attributes.get("type"))) {
                // A deferred script runs once the document is parsed; at the end of <body> an inline one does too.
                deferred.add(element);
                return "";
            }
            return element;
        });
    }

    static String inlineLinks(String html, Map<String, byte[]> files) {
        return replaceAll(html, LINK, "<link", 0, true, m -> {
            Map<String, String> attributes = attributes(m.group(1));
            String rel = attributes.getOrDefault("rel", "").toLowerCase(Locale.ROOT);
            String path = attributes.containsKey("href") ? resolve("", attributes.get("href")) : null;
            byte[] bytes = path == null ? null : files.get(path);
            if (bytes == null) {
                return m.group();
            }
            if (rel.contains("stylesheet")) {
                String media = attributes.containsKey("media") ? " media=\"" + attributes.get("media") + "\"" : "";
                String css = inlineCssUrls(new String(bytes, StandardCharsets.UTF_8), path, files);
                return "<style" + media + ">" + css.replace("</style", "<\\/style") + "</style>";
            }
            attributes.put("href", dataUri(path, bytes));
            return "<link" + render(attributes) + ">";
        });
    }

    static String inlineImages(String html, Map<String, byte[]> files, EmbeddedImages images) {
        return replaceAll(html, IMG, "<img", 0, true, m -> {
            Map<String, String> attributes = attributes(m.group(1));
            String path = attributes.containsKey("src") ? resolve("", attributes.get("src")) : null;
            if (path == null || !files.containsKey(path)) {
                return m.group();
            }
            if (path.startsWith(Media.FOLDER) && !images.embedded()) {
                // The file lies in export/, one folder below the site's media/.
                attributes.put("src", "../" + path);
                return "<img" + render(attributes) + ">";
            }
            String shown = path.startsWith(Media.FOLDER)
                    ? images.show(attributes, path, files.get(path), type(path)) : null;
            if (shown != null) {
                return shown;
            }
            attributes.put("src", dataUri(path, files.get(path)));
            return "<img" + render(attributes) + ">";
        });
    }

    private static String inlineCssUrls(String css, String cssPath, Map<String, byte[]> files) {
        String folder = cssPath.contains("/") ? cssPath.substring(0, cssPath.lastIndexOf('/') + 1) : "";
        return CSS_URL.matcher(css).replaceAll(m -> {
            String path = resolve(folder, m.group(2));
            byte[] bytes = path == null ? null : files.get(path);
            return Matcher.quoteReplacement(bytes == null ? m.group() : "url(\"" + dataUri(path, bytes) + "\")");
        });
    }

    /** The site path a relative URL names from {@code folder}, or null for absolute URLs and paths that leave the site. */
    static String resolve(String folder, String url) {
        String value = url.replace("&amp;", "&").strip();
        if (value.isEmpty() || value.startsWith("#") || value.startsWith("/") || value.startsWith("data:")
                || value.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return null;
        }
        value = value.replaceAll("[?#].*$", "");
        List<String> parts = new ArrayList<>(List.of((folder + value).split("/")));
        List<String> path = new ArrayList<>();
        for (String part : parts) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (path.isEmpty()) {
                    return null;
                }
                path.remove(path.size() - 1);
            } else {
                path.add(part);
            }
        }
        return String.join("/", path);
    }

    private static String dataUri(String path, byte[] bytes) {
        return "data:" + type(path) + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    private static boolean isImage(String path) {
        return type(path).startsWith("image/");
    }

    /** The media type of a file of the site, by its extension. */
    private static String type(String path) {
        String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    /** Script text that cannot end its element early or switch the HTML parser into another state. */
    static String scriptText(String js) {
        // By position rather than by a pattern: at 100,000 questions the search index is 70 MB of script.
        StringBuilder out = null;
        int copied = 0;
        for (int at = indexOf(js, "</script", 0, true); at >= 0; at = indexOf(js, "</script", at + 1, true)) {
            out = out == null ? new StringBuilder(js.length() + 64) : out;
            out.append(js, copied, at).append("<\\/script");
            copied = at + "</script".length();
        }
        String text = out == null ? js : out.append(js, copied, js.length()).toString();
        return text.replace("<!--", "<\\!--");
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            attributes.put(m.group(1).toLowerCase(Locale.ROOT), value);
        }
        return attributes;
    }

    private static String render(Map<String, String> attributes) {
        StringBuilder s = new StringBuilder();
        attributes.forEach((name, value) -> {
            s.append(' ').append(name);
            if (value != null) {
                s.append("=\"").append(value.replace("\"", "&quot;")).append('"');
            }
        });
        return s.toString();
    }

    /** Where the last {@code </body>} of {@code html} starts, or its length when it has none. */
    private static int bodyEnd(String html) {
        int end = html.lastIndexOf('<');
        while (end >= 0 && !AsciiText.startsIgnoringCase(html, end, "</body>")) {
            end = html.lastIndexOf('<', end - 1);
        }
        return end < 0 ? html.length() : end;
    }

    /**
     * What {@code pattern.matcher(text).replaceAll(replacer)} returns (with the replacer's text taken as
     * it is), for a pattern whose every match has {@code literal} at {@code offset} from its start. Only
     * the places where the literal occurs are tried: the single file is megabytes long, and a regular
     * expression tries every position of it.
     */
    static String replaceAll(String text, Pattern pattern, String literal, int offset, boolean ignoreCase,
            Function<MatchResult, String> replacer) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        StringBuilder out = null; // made on the first match: most passes over a page find nothing to replace
        int copied = 0;
        int from = offset;
        for (int at = indexOf(text, literal, from, ignoreCase); at >= 0; at = indexOf(text, literal, from, ignoreCase)) {
            int start = at - offset;
            if (m.region(start, text.length()).lookingAt()) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 1024);
                }
                out.append(text, copied, start).append(replacer.apply(m));
                copied = m.end();
                from = Math.max(copied + offset, at + 1);
            } else {
                from = at + 1;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * The next place of {@code literal} from {@code from}; with {@code ignoreCase}, a lower-case literal whose first
     * character is not a letter, matched as {@link AsciiText#startsIgnoringCase} matches it.
     */
    private static int indexOf(String text, String literal, int from, boolean ignoreCase) {
        if (!ignoreCase) {
            return text.indexOf(literal, from);
        }
        for (int at = text.indexOf(literal.charAt(0), from); at >= 0; at = text.indexOf(literal.charAt(0), at + 1)) {
            if (AsciiText.startsIgnoringCase(text, at, literal)) {
                return at;
            }
        }
        return -1;
    }

    /**
     * A click handler for links that scripts create at run time (such as search results), which the
     * build could not rewrite: a link to another page of the site goes to that page's section instead.
     * The script is {@code single-file-links.js} beside this class on the class path, with the targets
     * put in for its {@code TARGETS} comment.
     */
    private static String linkScript(Map<String, String> targets, Map<String, String> prefixes) throws IOException {
        StringBuilder json = new StringBuilder("{");
        targets.forEach((page, id) -> json.append(json.length() > 1 ? "," : "").append('"').append(page).append("\":[\"")
                .append(id).append("\",\"").append(prefixes.getOrDefault(page, "")).append("\"]"));
        json.append('}');
        try (InputStream in = SingleFile.class.getResourceAsStream("single-file-links.js")) {
            if (in == null) {
                throw new IOException("single-file-links.js is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("/*TARGETS*/", StructuredData.forScript(json.toString()));
        }
    }
}
