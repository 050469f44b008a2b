package studyguide.export;

import java.util.List;
import studyguide.model.Guide;
import studyguide.render.OutputFile;
import studyguide.render.RenderedGuide;
import studyguide.render.TemplateRenderer;

/**
 * The files of {@code site/export/}. The single-file guide is made after the site's other pages,
 * because it inlines whatever they load (styles, scripts such as search, images).
 */
public final class Exports {

    /** Where the exports go, relative to the site. */
    public static final String FOLDER = "export/";
    public static final String JSON = FOLDER + "guide.json";
    public static final String CSV = FOLDER + "anki.csv";
    public static final String HTML = FOLDER + "guide.html";

    private Exports() {
    }

    /** The question bank as data: {@link #JSON} and {@link #CSV}. */
    public static List<OutputFile> data(Guide guide, RenderedGuide rendered) {
        return List.of(OutputFile.text(JSON, JsonExport.render(guide, rendered)), OutputFile.text(CSV, AnkiExport.render(rendered)));
    }

    /**
     * {@link #HTML}, when the theme has a template for it.
     *
     * @param site every file of the site built so far, for the single file to inline from
     */
    public static List<OutputFile> singleFile(RenderedGuide rendered, TemplateRenderer templates, List<OutputFile> site) {
        String single = SingleFile.render(rendered, templates, site);
        return single == null ? List.of() : List.of(OutputFile.text(HTML, single));
    }
}
