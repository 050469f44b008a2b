package studyguide.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import studyguide.media.MediaFile;
import studyguide.model.Guide;
import studyguide.output.OutputFile;
import studyguide.output.OutputSink;
import studyguide.view.RenderedGuide;
import studyguide.view.TemplateRenderer;

/**
 * The files of {@code site/export/}. The single-file guide inlines whatever the site's pages load (styles,
 * scripts such as search, images), so it is made once those files are.
 */
public final class Exports {

    /** Where the exports go, relative to the site. */
    public static final String FOLDER = "export/";
    public static final String JSON = FOLDER + "guide.json";
    public static final String CSV = FOLDER + "anki.csv";
    public static final String HTML = FOLDER + "guide.html";

    private Exports() {
    }

    /** Writes the question bank as data, {@link #JSON} and {@link #CSV}, into {@code sink}. */
    public static void data(Guide guide, RenderedGuide rendered, OutputSink sink) throws IOException {
        try (OutputStream json = sink.create(JSON)) {
            JsonExport.write(guide, rendered, json);
        }
        try (Writer csv = sink.createText(CSV)) {
            AnkiExport.write(rendered, csv);
        }
    }

    /**
     * Writes {@link #HTML} into {@code sink}, when the theme has a template for it.
     *
     * @param site the site's files it may inline (style sheets, scripts, the search index)
     * @param media the guide's files, which it shows inline (images, within its budget) or from the site
     */
    public static void singleFile(RenderedGuide rendered, TemplateRenderer templates, List<OutputFile> site,
            List<MediaFile> media, OutputSink sink) throws IOException {
        if (!templates.has(SingleFile.TEMPLATE)) {
            return;
        }
        try (Writer out = sink.createText(HTML)) {
            SingleFile.write(rendered, templates, site, media, out);
        }
    }
}
