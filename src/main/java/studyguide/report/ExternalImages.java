package studyguide.report;

import java.util.List;
import studyguide.media.ExternalImage;

/**
 * The images a guide's pages load from other sites, printed by {@code check}: the site shows them only
 * while those sites serve them, and a reader's browser asks those sites for them.
 */
public final class ExternalImages {

    private ExternalImages() {
    }

    /** The list as text, ready to print; one line saying there are none when there are none. */
    public static String format(List<ExternalImage> images) {
        if (images.isEmpty()) {
            return "Images from other sites: none; every image is the guide's own.\n";
        }
        StringBuilder out = new StringBuilder("Images from other sites (").append(images.size())
                .append("), which the pages load from there:\n");
        List<String> places = images.stream().map(i -> i.position().toString()).toList();
        int width = places.stream().mapToInt(String::length).max().orElse(0) + 2;
        for (int i = 0; i < images.size(); i++) {
            out.append("  ").append(places.get(i)).append(" ".repeat(width - places.get(i).length()))
                    .append(images.get(i).url()).append('\n');
        }
        return out.toString();
    }
}
