package studyguide.print;

import studyguide.output.OutputFile;

/**
 * A sheet with its rendered page, ready to be written and rendered to PDF.
 *
 * @param page the page; null once it is written when it is too long to lay out ({@link #tooLong()}), as its PDFs
 *     show a stand-in made from the sheet alone
 * @param size the page's length in bytes
 */
public record RenderedSheet(Sheet sheet, OutputFile page, int size) {

    /** A sheet and its whole page. */
    public RenderedSheet(Sheet sheet, OutputFile page) {
        this(sheet, page, page.bytes().length);
    }

    /** Whether the page is too long to lay out as a PDF ({@link SheetPdfs#MAX_PAGE_BYTES}). */
    boolean tooLong() {
        return size > SheetPdfs.MAX_PAGE_BYTES;
    }

    /** What printing keeps of the sheet once its page is written: all of it, or, for one too long to lay out, no page. */
    RenderedSheet written() {
        return tooLong() ? new RenderedSheet(sheet, null, size) : this;
    }
}
