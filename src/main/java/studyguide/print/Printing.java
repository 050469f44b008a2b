package studyguide.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import studyguide.cache.Cache;
import studyguide.output.OutputFile;
import studyguide.output.OutputSink;
import studyguide.view.RenderedGuide;
import studyguide.view.TemplateRenderer;

/** Everything of {@code site/print/}: the sheets' pages, the fonts they embed and their PDFs. */
public final class Printing {

    /** The files, warnings for the person building, and how long printing took. */
    public record Result(List<OutputFile> files, List<String> warnings, long nanos) {
    }

    /**
     * Where printing keeps its work between builds: the whole print by what it was made from, in memory for a
     * long-running process ({@code serve}), where a rebuild whose sheet pages and theme assets are byte for
     * byte the same (an edited answer is not on the sheets) takes its fonts and PDFs without subsetting and
     * looking them up again; each question as the sheets print it ({@code sheetViews}, {@link SheetPages}), in
     * memory too; and the fonts' subsets and the PDFs, on disk.
     */
    public record Caches(Cache<Inputs, Result> prints, Cache<String, byte[]> fonts, Cache<String, byte[]> pdfs,
            Cache<Object, Object> sheetViews) {
        /** Nothing kept: every font is subset and every PDF rendered. */
        public static Caches none() {
            return new Caches(Cache.none(), Cache.none(), Cache.none());
        }

        /** Caches that keep no sheet's questions as printed ({@link SheetPages}). */
        public Caches(Cache<Inputs, Result> prints, Cache<String, byte[]> fonts, Cache<String, byte[]> pdfs) {
            this(prints, fonts, pdfs, Cache.none());
        }
    }

    /**
     * What a print is made from: the theme's assets and the sheets' pages, equal when their paths and bytes
     * are. The hash reads paths and sizes only, so a lookup costs one comparison of the bytes.
     */
    public record Inputs(List<OutputFile> files) {
        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Inputs other) || other.files.size() != files.size()) {
                return false;
            }
            for (int i = 0; i < files.size(); i++) {
                OutputFile a = files.get(i);
                OutputFile b = other.files.get(i);
                if (!a.path().equals(b.path()) || !Arrays.equals(a.bytes(), b.bytes())) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int hash = 1;
            for (OutputFile f : files) {
                hash = 31 * (31 * hash + f.path().hashCode()) + f.bytes().length;
            }
            return hash;
        }
    }

    private Printing() {
    }

    /**
     * Prints the guide. A sheet template that fails records a problem with the template renderer's
     * problems, like the pages' templates, and its sheet is left out.
     *
     * @param assets the theme's assets, for the stylesheets the sheets link to
     * @param caches earlier prints, fonts and PDFs, reused when nothing they were made from changed
     */
    public static Result print(TemplateRenderer templates, RenderedGuide guide, List<OutputFile> assets,
            Caches caches) throws IOException {
        return print(templates, guide, assets, caches, null);
    }

    /**
     * Prints the guide into {@code sink}, each file as soon as it is made, and returns no file. Where no print
     * is kept for the next build (one build, not {@code serve}), a sheet's page is written as soon as it is
     * made, and a page too long to lay out is let go then: its PDFs show a stand-in. At 10,000 questions the
     * sheets are 40 to 80 MB, which the pages and the exports would otherwise share the heap with.
     */
    public static Result print(TemplateRenderer templates, RenderedGuide guide, List<OutputFile> assets,
            Caches caches, OutputSink sink) throws IOException {
        long start = System.nanoTime();
        boolean writeAsMade = sink != null && !caches.prints().keeps();
        UsedCharacters used = new UsedCharacters();
        List<RenderedSheet> sheets;
        try {
            sheets = new SheetPages(templates, caches.sheetViews()).render(guide, !writeAsMade ? UnaryOperator.identity()
                    : sheet -> writtenAsMade(sheet, used, sink));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (sheets.isEmpty()) {
            return new Result(List.of(), List.of(), System.nanoTime() - start);
        }
        Inputs key = null;
        if (caches.prints().keeps()) {
            List<OutputFile> inputs = new ArrayList<>(assets);
            sheets.forEach(s -> inputs.add(s.page()));
            key = new Inputs(inputs);
            Result last = caches.prints().get(key);
            if (last != null) {
                return written(new Result(last.files(), last.warnings(), System.nanoTime() - start), sink);
            }
        }
        if (!writeAsMade) {
            sheets.forEach(s -> PrintFonts.addUsedBy(s.page().bytes(), used));
        }
        sheets.stream().filter(RenderedSheet::tooLong).forEach(s -> PrintFonts.addUsedBy(SheetPdfs.tooLong(s).bytes(), used));
        Set<Integer> codePoints = used.codePoints();
        List<OutputFile> files = new ArrayList<>(PrintFonts.collect(codePoints, FontCache.of(caches.fonts())));
        Map<String, byte[]> site = new LinkedHashMap<>();
        assets.forEach(f -> site.put(f.path(), f.bytes()));
        files.forEach(f -> site.put(f.path(), f.bytes()));
        sheets.stream().filter(s -> s.page() != null).forEach(s -> site.put(s.page().path(), s.page().bytes()));
        SheetPdfs.Result pdfs = SheetPdfs.render(sheets, site, PdfCache.of(caches.pdfs(), site));
        if (!writeAsMade) {
            sheets.forEach(s -> files.add(s.page()));
        }
        files.addAll(pdfs.files());
        List<String> warnings = new ArrayList<>(pdfs.warnings());
        warnings.addAll(CharacterWarnings.of(codePoints));
        Result printed = new Result(files, warnings, System.nanoTime() - start);
        if (key != null) {
            caches.prints().put(key, printed);
        }
        return written(printed, sink);
    }

    /**
     * Writes a sheet's page as soon as it is made, on the thread that made it, after marking its characters in
     * {@code used}; returns what printing keeps of the sheet.
     */
    private static RenderedSheet writtenAsMade(RenderedSheet sheet, UsedCharacters used, OutputSink sink) {
        UsedCharacters mine = new UsedCharacters();
        PrintFonts.addUsedBy(sheet.page().bytes(), mine);
        synchronized (used) {
            used.addAll(mine);
        }
        try {
            sink.add(sheet.page());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sheet.written();
    }

    /** The result, or with a sink its files written there and the result without them. */
    private static Result written(Result result, OutputSink sink) throws IOException {
        if (sink == null) {
            return result;
        }
        for (OutputFile file : result.files()) {
            sink.add(file);
        }
        return new Result(List.of(), result.warnings(), result.nanos());
    }
}
