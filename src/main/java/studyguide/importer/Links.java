package studyguide.importer;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import studyguide.model.LinkSchemes;

/**
 * Drops the links of a source file whose address the build refuses ({@link LinkSchemes}: a
 * {@code javascript:} link in a prompt or an option would stop the guide from building), keeping their
 * text, with a warning at their line when a cut uses them.
 */
final class Links {

    private Links() {
    }

    /** Registers a replacement in {@code doc} for every link, image, autolink and link definition it may not keep. */
    static void scan(SourceDocument doc) {
        for (Node node : doc.document().getDescendants()) {
            if (node instanceof Link link && !LinkSchemes.allowed(link.getUrl().toString())) {
                // The brackets and the address go; the text stays, with whatever its own replacements make of it.
                doc.replace(new SourceDocument.Replacement(link.getStartOffset(), link.getText().getStartOffset(), "", null,
                        refused("a link to", link.getUrl().toString(), "only its text is kept")));
                doc.replace(new SourceDocument.Replacement(link.getText().getEndOffset(), link.getEndOffset(), "", null, null));
            } else if (node instanceof Image image && !LinkSchemes.allowed(image.getUrl().toString())) {
                Images.byDescription(doc, image, refused("an image from", image.getUrl().toString(), "its description stands in its place"));
            } else if (node instanceof AutoLink auto && !LinkSchemes.allowed(auto.getUrl().toString())) {
                doc.replace(new SourceDocument.Replacement(auto.getStartOffset(), auto.getEndOffset(),
                        auto.getText().toString(), null, refused("a link to", auto.getUrl().toString(), "only its text is kept")));
            } else if (node instanceof Reference ref && !LinkSchemes.allowed(ref.getUrl().toString())) {
                doc.replace(new SourceDocument.Replacement(ref.getStartOffset(), ref.getEndOffset(), "", null,
                        refused("a link definition of", ref.getUrl().toString(), "it is left out")));
            }
        }
    }

    /** The warning for an address the build refuses, shown as the build's messages show one ({@link LinkSchemes#shown}). */
    static String refused(String what, String url, String instead) {
        return what + " '" + LinkSchemes.shown(url) + "' is not allowed in a guide (only http, https, mailto and relative addresses); " + instead;
    }
}
