package studyguide.export;

import java.util.ArrayList;
import java.util.List;
import studyguide.model.Guide;
import studyguide.render.OutputFile;
import studyguide.render.RenderedGuide;
import studyguide.render.TemplateRenderer;

/**
 * The files of {@code site/export/}. Runs after every other stage, because the single-file guide
 * inlines whatever the site's pages load (styles, scripts such as search, images).
 */
public final class Exports {

    /** Where the exports go, relative to the site. */
    public static final String FOLDER = "export/";
    public static final String JSON = FOLDER + "guide.json";
    public static final String CSV = FOLDER + "anki.csv";
    public static final String HTML = FOLDER + "guide.html";

    private Exports() {
    }

    /**
     * The export files for a guide.
     *
     * @param site every file of the site built so far, for the single file to inline from
     */
    public static List<OutputFile> render(Guide guide, RenderedGuide rendered, TemplateRenderer templates,
            List<OutputFile> site) {
        List<OutputFile> files = new ArrayList<>();
        files.add(OutputFile.text(JSON, JsonExport.render(guide, rendered)));
        files.add(OutputFile.text(CSV, AnkiExport.render(rendered)));
        String single = SingleFile.render(rendered, templates, site);
        if (single != null) {
            files.add(OutputFile.text(HTML, single));
        }
        return files;
    }
}
