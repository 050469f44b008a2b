package studyguide.print;

import studyguide.output.OutputFile;



/** A sheet with its rendered page, ready to be written and rendered to PDF. */
public record RenderedSheet(Sheet sheet, OutputFile page) {
}
