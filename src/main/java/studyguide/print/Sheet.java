package studyguide.print;

import java.util.Locale;

/**
 * One printable sheet: a cheat sheet or a quiz sheet, of one category or (with {@code categoryId} null) of
 * the whole guide, and the paths of its page and its PDFs in the site.
 *
 * <p>All sheets live in {@code print/}, so their names never collide with category or free-form pages:
 * {@code print/cheatsheet.html}, {@code print/cheatsheet-<category>.html}, {@code print/quiz-<category>.html},
 * and beside each its PDFs, {@code print/cheatsheet-<category>-a4.pdf} and {@code -letter.pdf}.
 */
public record Sheet(Kind kind, String categoryId, String title) {

    /** The folder of the site that holds every sheet and PDF. */
    public static final String FOLDER = "print/";

    /** What a sheet shows. */
    public enum Kind {
        /** The questions with their key points and the code and diagrams marked for it. */
        CHEATSHEET,
        /** The questions only, with space to write. */
        QUIZ;

        /** The first part of the sheet's file names: "cheatsheet", "quiz". */
        public String fileName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether the sheet covers every category. */
    public boolean wholeGuide() {
        return categoryId == null;
    }

    /** The page's file name inside {@link #FOLDER}. */
    public String htmlName() {
        return base() + ".html";
    }

    /** The PDF's file name inside {@link #FOLDER}. */
    public String pdfName(Paper paper) {
        return base() + "-" + paper.suffix() + ".pdf";
    }

    private String base() {
        return kind.fileName() + (wholeGuide() ? "" : "-" + categoryId);
    }
}
