package studyguide.search;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import studyguide.model.Page;

/**
 * Splits a free-form page, as rendered, into the sections search finds on their own: the text before its
 * first heading, then each {@code h2} and {@code h3} with the text up to the next one, each with the
 * address of its heading's anchor, so a result opens the page where the words are.
 */
final class PageSections {

    /** One section: its page's title, its heading (empty before the first), where it is, and its text. */
    record Section(String pageTitle, String heading, String href, String text) {
    }

    private PageSections() {
    }

    /** The sections of a page whose body rendered to {@code html}; sections with no text and no heading are left out. */
    static List<Section> of(Page page, String html) {
        List<Section> sections = new ArrayList<>();
        String href = page.id() + ".html";
        String heading = "";
        String anchor = "";
        StringBuilder text = new StringBuilder();
        for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
            if (node instanceof Element e && (e.nameIs("h2") || e.nameIs("h3"))) {
                add(sections, page, heading, anchor, href, text);
                heading = e.text();
                anchor = anchorOf(e);
                text.setLength(0);
            } else if (node instanceof Element e) {
                text.append(e.wholeText()).append('\n');
            } else if (node instanceof TextNode t) {
                text.append(t.getWholeText());
            }
        }
        add(sections, page, heading, anchor, href, text);
        return sections;
    }

    private static void add(List<Section> sections, Page page, String heading, String anchor, String href, StringBuilder text) {
        String body = text.toString().strip();
        if (!heading.isEmpty() || !body.isEmpty()) {
            sections.add(new Section(page.title(), heading, anchor.isEmpty() ? href : href + "#" + anchor, body));
        }
    }

    /** A heading's id, on itself or on the anchor link inside it (as the Markdown renderer writes it). */
    private static String anchorOf(Element heading) {
        if (heading.hasAttr("id")) {
            return heading.id();
        }
        Element inner = heading.selectFirst("[id]");
        return inner == null ? "" : inner.id();
    }
}
