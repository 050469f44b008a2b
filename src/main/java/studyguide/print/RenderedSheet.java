package studyguide.print;

import studyguide.render.OutputFile;

/** A sheet with its rendered page, ready to be written and rendered to PDF. */
public record RenderedSheet(Sheet sheet, OutputFile page) {
}
