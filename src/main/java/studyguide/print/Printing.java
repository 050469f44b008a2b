package studyguide.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studyguide.render.OutputFile;
import studyguide.render.RenderedGuide;
import studyguide.render.TemplateRenderer;

/** Everything of {@code site/print/}: the sheets' pages, the fonts they embed and their PDFs. */
public final class Printing {

    /** The files, warnings for the person building, and how long printing took. */
    public record Result(List<OutputFile> files, List<String> warnings, long nanos) {
    }

    private Printing() {
    }

    /**
     * Prints the guide. A sheet template that fails records a problem with the template renderer's
     * problems, like the pages' templates, and its sheet is left out.
     *
     * @param assets the theme's assets, for the stylesheets the sheets link to
     * @param environment where to find the user's {@link PdfCache}
     */
    public static Result print(TemplateRenderer templates, RenderedGuide guide, List<OutputFile> assets,
            Map<String, String> environment) throws IOException {
        long start = System.nanoTime();
        List<RenderedSheet> sheets = new SheetPages(templates).render(guide);
        if (sheets.isEmpty()) {
            return new Result(List.of(), List.of(), System.nanoTime() - start);
        }
        List<OutputFile> files = new ArrayList<>(PrintFonts.collect(PrintFonts.usedBy(sheets)));
        Map<String, byte[]> site = new LinkedHashMap<>();
        assets.forEach(f -> site.put(f.path(), f.bytes()));
        files.forEach(f -> site.put(f.path(), f.bytes()));
        sheets.forEach(s -> site.put(s.page().path(), s.page().bytes()));
        SheetPdfs.Result pdfs = SheetPdfs.render(sheets, site, PdfCache.forUser(environment, site));
        sheets.forEach(s -> files.add(s.page()));
        files.addAll(pdfs.files());
        return new Result(files, pdfs.warnings(), System.nanoTime() - start);
    }
}
