package studyguide.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import studyguide.output.OutputFile;
import studyguide.view.RenderedGuide;
import studyguide.view.TemplateRenderer;

/** Everything of {@code site/print/}: the sheets' pages, the fonts they embed and their PDFs. */
public final class Printing {

    /** The files, warnings for the person building, and how long printing took. */
    public record Result(List<OutputFile> files, List<String> warnings, long nanos) {
    }

    /**
     * What the last print of a long-running process ({@code serve}) made, and from what: a rebuild whose
     * sheet pages and theme assets are byte for byte the same (an edited answer is not on the sheets)
     * takes its fonts and PDFs from here instead of subsetting and looking them up again.
     */
    public static final class Memory {

        private final boolean remembers;
        private List<OutputFile> inputs = List.of();
        private Result result;

        private Memory(boolean remembers) {
            this.remembers = remembers;
        }

        /** A memory for a process that prints again and again. */
        public static Memory forRebuilds() {
            return new Memory(true);
        }

        /** No memory, for a one-off build. */
        public static Memory none() {
            return new Memory(false);
        }

        private synchronized Result recall(List<OutputFile> now) {
            if (result == null || inputs.size() != now.size()) {
                return null;
            }
            for (int i = 0; i < now.size(); i++) {
                OutputFile a = inputs.get(i);
                OutputFile b = now.get(i);
                if (!a.path().equals(b.path()) || !Arrays.equals(a.bytes(), b.bytes())) {
                    return null;
                }
            }
            return result;
        }

        private synchronized void keep(List<OutputFile> now, Result printed) {
            if (remembers) {
                inputs = now;
                result = printed;
            }
        }
    }

    private Printing() {
    }

    /**
     * Prints the guide. A sheet template that fails records a problem with the template renderer's
     * problems, like the pages' templates, and its sheet is left out.
     *
     * @param assets the theme's assets, for the stylesheets the sheets link to
     * @param environment where to find the user's {@link PdfCache} and {@link FontCache}
     * @param memory the previous print, reused when nothing it was made from changed
     */
    public static Result print(TemplateRenderer templates, RenderedGuide guide, List<OutputFile> assets,
            Map<String, String> environment, Memory memory) throws IOException {
        long start = System.nanoTime();
        List<RenderedSheet> sheets = new SheetPages(templates).render(guide);
        if (sheets.isEmpty()) {
            return new Result(List.of(), List.of(), System.nanoTime() - start);
        }
        List<OutputFile> inputs = new ArrayList<>(assets);
        sheets.forEach(s -> inputs.add(s.page()));
        Result last = memory.recall(inputs);
        if (last != null) {
            return new Result(last.files(), last.warnings(), System.nanoTime() - start);
        }
        Set<Integer> used = PrintFonts.usedBy(sheets);
        List<OutputFile> files = new ArrayList<>(PrintFonts.collect(used, FontCache.forUser(environment)));
        Map<String, byte[]> site = new LinkedHashMap<>();
        assets.forEach(f -> site.put(f.path(), f.bytes()));
        files.forEach(f -> site.put(f.path(), f.bytes()));
        sheets.forEach(s -> site.put(s.page().path(), s.page().bytes()));
        SheetPdfs.Result pdfs = SheetPdfs.render(sheets, site, PdfCache.forUser(environment, site));
        sheets.forEach(s -> files.add(s.page()));
        files.addAll(pdfs.files());
        List<String> warnings = new ArrayList<>(pdfs.warnings());
        SortedSet<Integer> uncovered = PrintFonts.uncovered(used);
        if (!uncovered.isEmpty()) {
            int first = uncovered.first();
            warnings.add(String.format(Locale.ROOT, "%s: the PDFs cannot show %d different characters of the sheets, "
                    + "such as '%s' (U+%04X): their fonts (DejaVu) have no Chinese, Japanese or Korean glyphs, so each "
                    + "prints as '#'; the sheets' pages print them in the browser with the reader's fonts "
                    + "(docs/languages.md)", Sheet.FOLDER, uncovered.size(), Character.toString(first), first));
        }
        Result printed = new Result(files, warnings, System.nanoTime() - start);
        memory.keep(inputs, printed);
        return printed;
    }
}
