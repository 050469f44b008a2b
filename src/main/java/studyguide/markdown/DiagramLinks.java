package studyguide.markdown;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import studyguide.model.LinkSchemes;

/**
 * The links a PlantUML diagram draws ({@code [[address label]]}) held to the rule of every link Markdown writes
 * ({@link LinkPolicy}): PlantUML itself blanks only {@code javascript:}, so a diagram in Markdown from YAML could
 * otherwise put a {@code data:} or {@code vbscript:} link on the page.
 */
final class DiagramLinks {

    /** An address in PlantUML's SVG, which writes every attribute in double quotes. */
    private static final Pattern ADDRESS = Pattern.compile("\\s(?:xlink:)?href=\"([^\"]*)\"");

    private DiagramLinks() {
    }

    /**
     * The SVG without the addresses the rule refuses, each passed to {@code refused} as a browser reads it (its
     * character references decoded); the linked text stays, as a label.
     */
    static String withoutRefused(String svg, Consumer<String> refused) {
        if (!svg.contains("href=")) {
            return svg;
        }
        Matcher address = ADDRESS.matcher(svg);
        StringBuilder kept = new StringBuilder(svg.length());
        boolean changed = false;
        while (address.find()) {
            String url = Parser.unescapeEntities(address.group(1), true);
            if (!LinkSchemes.allowed(url)) {
                refused.accept(url);
                address.appendReplacement(kept, "");
                changed = true;
            }
        }
        if (!changed) {
            return svg;
        }
        address.appendTail(kept);
        return kept.toString();
    }
}
