package studyguide.importer;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.parser.Parser;
import studyguide.model.LinkSchemes;

/**
 * Takes out of a source file's raw HTML what would run script or take over the page, with a warning at
 * its line when a cut uses it: answers keep their raw HTML (the build passes a Markdown file's HTML as
 * written, trusting its author), but the author of a bank is someone else. What is taken out: the elements
 * of {@link #ELEMENTS}, event handler attributes ({@code on...}), {@code srcdoc} and {@code formaction}, and
 * an address the build refuses ({@link LinkSchemes}: {@code javascript:}, {@code data:}) in an attribute
 * that holds one, read with its entities decoded as a browser reads it; and a tag or comment a block of
 * HTML leaves unfinished, which would take in the text after it.
 *
 * <p>flexmark gives raw HTML in pieces (a {@code <details>} block is split around the Markdown inside it,
 * {@code <kbd>} and {@code </kbd>} are two nodes), so each piece is read by {@link HtmlTags} on its own and
 * only the tags or attributes taken out change: every other character stays as the bank wrote it.
 */
final class RawHtml {

    private static final String SCRIPT = "it would run script on the guide's pages";
    private static final String AS_TEXT = "the browser would read the page after it as text, up to an end tag the Markdown around it may not have";

    /** Elements taken out, and why. */
    static final Map<String, String> ELEMENTS = Map.ofEntries(
            Map.entry("script", SCRIPT),
            Map.entry("svg", "its markup can run script (event handlers, animated links)"),
            Map.entry("math", "its markup can run script (links on any element)"),
            Map.entry("style", "it would restyle the whole site"),
            Map.entry("link", "it would load a style sheet or other file into the page"),
            Map.entry("iframe", "it would load another page into the guide's"),
            Map.entry("frame", "it would load another page into the guide's"),
            Map.entry("frameset", "it would load other pages into the guide's"),
            Map.entry("object", "it would load another page or a plug-in into the guide's"),
            Map.entry("embed", "it would load another page or a plug-in into the guide's"),
            Map.entry("applet", "it would load a plug-in into the guide's page"),
            Map.entry("portal", "it would load another page into the guide's"),
            Map.entry("base", "it would change where every link of the page leads"),
            Map.entry("meta", "it would change how the page loads (a refresh to another address)"),
            Map.entry("form", "it would send what a reader types to an address the bank chooses"),
            Map.entry("template", "it holds markup for script to place"),
            Map.entry("noscript", AS_TEXT),
            Map.entry("textarea", AS_TEXT),
            Map.entry("title", AS_TEXT),
            Map.entry("xmp", AS_TEXT),
            Map.entry("noembed", AS_TEXT),
            Map.entry("noframes", AS_TEXT),
            Map.entry("plaintext", AS_TEXT));

    /** Elements that go with what they hold: content the browser reads as text, or markup of another language. */
    private static final Set<String> WITH_CONTENT = Set.of("svg", "math");

    /** Attributes whose value is an address a browser may follow or load. */
    static final Set<String> ADDRESSES = Set.of("href", "src", "action", "xlink:href", "poster", "data", "background",
            "cite", "lowsrc", "dynsrc", "longdesc", "codebase", "manifest", "icon");

    private RawHtml() {
    }

    /** Registers a replacement in {@code doc} for everything its raw HTML may not keep. */
    static void scan(SourceDocument doc) {
        for (Node node : pieces(doc)) {
            clean(doc, node.getStartOffset(), node.getChars().toString());
        }
    }

    /** The nodes of raw HTML (blocks, inline tags, comments), none inside another. */
    private static List<Node> pieces(SourceDocument doc) {
        List<Node> found = new ArrayList<>();
        for (Node node : doc.document().getDescendants()) {
            if ((node instanceof HtmlBlockBase || node instanceof HtmlInlineBase)
                    && !(node.getParent() instanceof HtmlBlockBase) && !(node.getParent() instanceof HtmlInlineBase)) {
                found.add(node);
            }
        }
        return found;
    }

    private static void clean(SourceDocument doc, int base, String html) {
        HtmlTags.Scan scan = HtmlTags.scan(html);
        int skip = 0;
        for (int t = 0; t < scan.tags().size(); t++) {
            HtmlTags.Tag tag = scan.tags().get(t);
            if (tag.start() < skip) {
                continue;
            }
            String why = ELEMENTS.get(tag.name());
            if (tag.endTag()) {
                if (why != null) { // its start tag is gone (or never was): said there
                    remove(doc, base + tag.start(), base + tag.end(), null);
                }
            } else if (why != null) {
                int end = tag.contentEnd();
                boolean content = end > tag.end();
                if (WITH_CONTENT.contains(tag.name())) {
                    int close = endTag(scan.tags(), t, tag.name());
                    end = close < 0 ? end : close;
                    content = close >= 0;
                    skip = end;
                }
                remove(doc, base + tag.start(), base + end, article(tag.name()) + " <" + tag.name() + "> "
                        + (content ? "element is left out with what it holds" : "tag is left out") + ", since " + why);
            } else {
                for (HtmlTags.Attribute a : tag.attributes()) {
                    String refused = refused(tag.name(), a);
                    if (refused != null) {
                        remove(doc, base + a.from(), base + a.end(), refused);
                    }
                }
            }
        }
        if (scan.unfinished() >= 0) {
            remove(doc, base + scan.unfinished(), base + html.length(), "an unfinished tag or comment at the end of a block of "
                    + "HTML is left out, since the browser would read the text after it as part of it");
        }
    }

    /** The end of the first end tag named {@code name} after tag {@code t}, or -1. */
    private static int endTag(List<HtmlTags.Tag> tags, int t, String name) {
        for (int i = t + 1; i < tags.size(); i++) {
            if (tags.get(i).endTag() && tags.get(i).name().equals(name)) {
                return tags.get(i).end();
            }
        }
        return -1;
    }

    /** Why an attribute is taken out, or null when it may stay. */
    private static String refused(String tag, HtmlTags.Attribute a) {
        String name = a.name();
        if (name.startsWith("on")) {
            return "the " + name + " attribute of " + article(tag) + " <" + tag + "> is left out, since " + SCRIPT;
        }
        if (name.equals("srcdoc")) {
            return "the srcdoc attribute of " + article(tag) + " <" + tag + "> is left out, since it would put a page of its own into the guide's";
        }
        if (name.equals("formaction")) {
            return "the formaction attribute of " + article(tag) + " <" + tag + "> is left out, since it would send a form to an address the bank chooses";
        }
        // As the browser reads it: &#106;avascript: is javascript:.
        if (ADDRESSES.contains(name) && a.value() != null && !LinkSchemes.allowed(Parser.unescapeEntities(a.value(), true))) {
            return Links.refused("an address", a.value(), "the " + name + " attribute of its <" + tag + "> is left out");
        }
        return null;
    }

    /** "an" before a tag name said with a vowel (an <img>, an <iframe>), else "a". */
    private static String article(String tag) {
        return tag.matches("[aeio].*") ? "an" : "a";
    }

    private static void remove(SourceDocument doc, int start, int end, String warning) {
        doc.replace(new SourceDocument.Replacement(start, end, "", null, warning));
    }
}
