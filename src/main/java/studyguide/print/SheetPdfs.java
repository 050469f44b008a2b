package studyguide.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import studyguide.render.OutputFile;

/**
 * Renders every sheet to PDF on A4 and on US Letter, in parallel, and warns when a category's cheat sheet
 * takes more pages than fit the promise of a one- or two-page sheet.
 */
public final class SheetPdfs {

    /** The most pages a category's cheat sheet may take before the build warns. */
    public static final int CATEGORY_PAGE_LIMIT = 2;

    /** The PDFs, and warnings for the person building (the build still succeeds). */
    public record Result(List<OutputFile> files, List<String> warnings) {
    }

    private record Job(RenderedSheet sheet, Paper paper) {
    }

    private record Done(Job job, PdfRenderer.Pdf pdf) {
    }

    private SheetPdfs() {
    }

    /**
     * @param sheets the sheets' pages
     * @param site every other file of the site, for the stylesheets and fonts the pages link to
     */
    public static Result render(List<RenderedSheet> sheets, List<OutputFile> site) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        site.forEach(f -> files.put(f.path(), f.bytes()));
        sheets.forEach(s -> files.put(s.page().path(), s.page().bytes()));
        PdfRenderer renderer = new PdfRenderer(files);

        List<Job> jobs = new ArrayList<>();
        for (RenderedSheet sheet : sheets) {
            for (Paper paper : Paper.values()) {
                jobs.add(new Job(sheet, paper));
            }
        }
        List<Done> done;
        try {
            done = jobs.parallelStream().map(job -> new Done(job, render(renderer, job))).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }

        List<OutputFile> pdfs = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<Sheet, List<Done>> overflowing = new LinkedHashMap<>();
        for (Done d : done) {
            Job job = d.job();
            String path = Sheet.FOLDER + job.sheet().sheet().pdfName(job.paper());
            pdfs.add(new OutputFile(path, d.pdf().bytes()));
            d.pdf().warnings().forEach(w -> warnings.add(path + ": " + w));
            Sheet sheet = job.sheet().sheet();
            if (sheet.kind() == Sheet.Kind.CHEATSHEET && !sheet.wholeGuide() && d.pdf().pages() > CATEGORY_PAGE_LIMIT) {
                overflowing.computeIfAbsent(sheet, s -> new ArrayList<>()).add(d);
            }
        }
        overflowing.forEach((sheet, list) -> warnings.add(String.format(Locale.ROOT,
                "the cheat sheet of category '%s' (questions/%s.yaml) takes %s; a category's sheet should fit on %d: "
                        + "shorten its key points, or mark fewer snippets and diagrams with 'cheatsheet: true'",
                sheet.categoryId(), sheet.categoryId(),
                list.stream().map(d -> d.pdf().pages() + " pages on " + d.job().paper().label())
                        .collect(Collectors.joining(" and ")),
                CATEGORY_PAGE_LIMIT)));
        return new Result(pdfs, warnings);
    }

    private static PdfRenderer.Pdf render(PdfRenderer renderer, Job job) {
        try {
            return renderer.render(job.sheet().page(), job.paper());
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("could not render " + job.sheet().page().path() + " to PDF on "
                    + job.paper().label() + ": " + e.getMessage(), e));
        }
    }
}
