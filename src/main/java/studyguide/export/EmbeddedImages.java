package studyguide.export;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The guide's own images in the single file, each written once however often the guide shows it: the
 * bytes go into one SVG {@code <image>} at the end of the body, and every place that shows the image
 * becomes a small inline SVG that {@code <use>}s it. A data URI per {@code <img>} would hold an image
 * used on five questions five times over (and a third larger again for base64); SVG's {@code <use>}
 * needs no script, prints, and keeps the width and height the page was laid out with. Images over the
 * single file's budget are not embedded at all ({@link SingleFile#IMAGE_BUDGET}).
 */
final class EmbeddedImages {

    private final boolean embedded;

    /** Site path of an image to the id of its definition, in the order they were first shown. */
    private final Map<String, String> ids = new LinkedHashMap<>();
    private final StringBuilder definitions = new StringBuilder();

    /** Images that are written into the file when {@code embedded}, else left in the site's media folder. */
    EmbeddedImages(boolean embedded) {
        this.embedded = embedded;
    }

    /** Whether the guide's images are written into the file. */
    boolean embedded() {
        return embedded;
    }

    /**
     * An element that shows the image at {@code path} (bytes {@code bytes}, of type {@code type}) in place
     * of an {@code <img>} with these attributes; null when the image has no width and height to draw it at.
     */
    String show(Map<String, String> img, String path, byte[] bytes, String type) {
        String width = img.get("width");
        String height = img.get("height");
        if (width == null || height == null || !width.matches("[0-9]+") || !height.matches("[0-9]+")) {
            return null;
        }
        String id = ids.get(path);
        if (id == null) {
            id = "media-image-" + (ids.size() + 1);
            ids.put(path, id);
            definitions.append("<image id=\"").append(id).append("\" width=\"").append(width).append("\" height=\"")
                    .append(height).append("\" href=\"data:").append(type).append(";base64,")
                    .append(Base64.getEncoder().encodeToString(bytes)).append("\"/>");
        }
        String alt = img.getOrDefault("alt", "");
        String label = alt.isBlank() ? " aria-hidden=\"true\"" : " role=\"img\" aria-label=\"" + alt + "\"";
        String title = img.containsKey("title") ? "<title>" + img.get("title") + "</title>" : "";
        return "<svg class=\"media-image\" width=\"" + width + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " "
                + height + "\"" + label + ">" + title + "<use href=\"#" + id + "\"/></svg>";
    }

    /** The images' definitions, for the end of the body; empty when the guide shows none. */
    String definitions() {
        if (ids.isEmpty()) {
            return "";
        }
        return "<svg class=\"media-definitions\" width=\"0\" height=\"0\" aria-hidden=\"true\"><defs>" + definitions
                + "</defs></svg>\n";
    }
}
