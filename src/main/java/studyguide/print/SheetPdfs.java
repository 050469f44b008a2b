package studyguide.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import studyguide.output.OutputFile;
import studyguide.parallel.Parallel;

/**
 * Renders every sheet to PDF on A4 and on US Letter, in parallel, reusing the PDFs of unchanged sheets
 * ({@link PdfCache}), and warns when a category's cheat sheet takes more pages than fit the promise of a
 * one- or two-page sheet.
 */
public final class SheetPdfs {

    /** The most pages a category's cheat sheet may take before the build warns. */
    public static final int CATEGORY_PAGE_LIMIT = 2;

    /**
     * A sheet page larger than this (about twelve printed pages; the DynamoDB guide's whole-guide sheet
     * is 62 KB for six) gets a one-page PDF that says so instead of the sheet: laying out hundreds of
     * pages takes minutes, and nobody prints them the night before an interview.
     */
    static final int MAX_PAGE_BYTES = 120 * 1024;

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
     * @param sheets the sheets' pages (those too long to lay out may be written already, and their pages let go)
     * @param files every file of the site the pages may load (stylesheets, fonts), the pages kept included
     */
    static Result render(List<RenderedSheet> sheets, Map<String, byte[]> files, PdfCache cache) throws IOException {
        // Made on the first PDF the cache does not have: a build whose PDFs are all kept never loads the renderer.
        Supplier<PdfRenderer> renderer = memoize(() -> new PdfRenderer(files));

        List<Job> jobs = new ArrayList<>();
        for (RenderedSheet sheet : sheets) {
            for (Paper paper : Paper.values()) {
                jobs.add(new Job(sheet, paper));
            }
        }
        List<Done> done;
        try {
            done = Parallel.map(jobs, job -> new Done(job, render(renderer, cache, job)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }

        List<OutputFile> pdfs = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<Sheet, List<Done>> overflowing = new LinkedHashMap<>();
        Map<Sheet, Integer> tooLong = new LinkedHashMap<>();
        for (Done d : done) {
            Job job = d.job();
            String path = Sheet.FOLDER + job.sheet().sheet().pdfName(job.paper());
            pdfs.add(new OutputFile(path, d.pdf().bytes()));
            d.pdf().warnings().forEach(w -> warnings.add(path + ": " + w));
            Sheet sheet = job.sheet().sheet();
            if (job.sheet().tooLong()) {
                tooLong.put(sheet, job.sheet().size());
            } else if (sheet.kind() == Sheet.Kind.CHEATSHEET && !sheet.wholeGuide() && d.pdf().pages() > CATEGORY_PAGE_LIMIT) {
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
        warnings.addAll(TooLongSheets.warnings(tooLong));
        return new Result(pdfs, warnings);
    }

    /**
     * A one-page stand-in for a sheet too long to lay out, at the sheet's own path so its links resolve,
     * in the sheets' embedded font, whose subset printing makes with this page's characters too.
     */
    static OutputFile tooLong(RenderedSheet sheet) {
        String full = sheet.sheet().title();
        // The title itself may be what makes the sheet too long; laying out a huge one takes as long.
        String shown = full.length() > 200 ? full.substring(0, 200) + "..." : full;
        String title = shown.replace("&", "&amp;").replace("<", "&lt;");
        return OutputFile.text(sheet.sheet().htmlPath(), "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"/>"
                + "<title>" + title + "</title><link rel=\"stylesheet\" href=\"../assets/sheet.css\"/></head><body><h1>" + title + "</h1><p>"
                + TooLongSheets.standInText(sheet.sheet()) + "</p></body></html>");
    }

    private static PdfRenderer.Pdf render(Supplier<PdfRenderer> renderer, PdfCache cache, Job job) {
        OutputFile page = job.sheet().tooLong() ? tooLong(job.sheet()) : job.sheet().page();
        PdfRenderer.Pdf kept = cache.get(page, job.paper());
        if (kept != null) {
            return kept;
        }
        try {
            PdfRenderer.Pdf pdf = renderer.get().render(page, job.paper());
            cache.put(page, job.paper(), pdf);
            return pdf;
        } catch (IOException | RuntimeException e) {
            // openhtmltopdf and Batik fail with runtime exceptions on input they cannot draw (an SVG's CSS
            // they cannot resolve): that is a sheet that could not be printed, not a crash of the build.
            throw new UncheckedIOException(new IOException("could not render " + job.sheet().sheet().htmlPath() + " to PDF on "
                    + job.paper().label() + ": " + (e instanceof IOException ? e.getMessage() : e.toString()), e));
        }
    }

    private static <T> Supplier<T> memoize(Supplier<T> make) {
        return new Supplier<>() {
            private T made;

            @Override
            public synchronized T get() {
                if (made == null) {
                    made = make.get();
                }
                return made;
            }
        };
    }
}
