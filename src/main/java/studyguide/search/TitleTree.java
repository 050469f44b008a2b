package studyguide.search;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A title's HTML as the search index carries it: a JSON array of its parts, each a string of text or an
 * array of an element's name and its own parts ({@code ["Why ", ["code", "useState"], "?"]}). The scripts
 * build elements from it with {@code textContent}, never parsing HTML, so search results, flashcards and
 * the mock interview show a title's code and emphasis as the pages do.
 */
final class TitleTree {

    private TitleTree() {
    }

    /** Writes the parts of {@code html}, a title rendered by {@code MarkdownRenderer.title}, as a JSON array. */
    static void write(String html, JsonGenerator out) throws IOException {
        out.writeStartArray();
        for (Node child : Jsoup.parseBodyFragment(html).body().childNodes()) {
            part(child, out);
        }
        out.writeEndArray();
    }

    private static void part(Node node, JsonGenerator out) throws IOException {
        if (node instanceof TextNode text) {
            out.writeString(text.getWholeText());
        } else if (node instanceof Element element) {
            out.writeStartArray();
            out.writeString(element.normalName());
            for (Node child : element.childNodes()) {
                part(child, out);
            }
            out.writeEndArray();
        }
    }
}
