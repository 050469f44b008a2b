package studyguide.print;

import java.util.Locale;

/**
 * One printable sheet: a cheat sheet, a quiz sheet or an interviewer kit, of one category or (with {@code categoryId} null) of
 * the whole guide, and the paths of its page and its PDFs in the site.
 *
 * <p>All sheets live in {@code print/}, so their names never collide with category or free-form pages:
 * {@code print/cheatsheet.html}, {@code print/cheatsheet-<category>.html}, {@code print/quiz-<category>.html},
 * {@code print/interviewer-<category>.html},
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
        QUIZ,
        /**
         * For the person asking, of one category only: each question with what it tests, its key points
         * to tick and its follow-ups.
         */
        INTERVIEWER,
        /** Cut-out cards, question on the front and key points on the back, for double-sided printing. */
        CARDS;

        /** The first part of the sheet's file names: "cheatsheet", "quiz", "interviewer". */
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

    /** The page's path in the site. */
    public String htmlPath() {
        return FOLDER + htmlName();
    }

    /** The PDF's file name inside {@link #FOLDER}. */
    public String pdfName(Paper paper) {
        return base() + "-" + paper.suffix() + ".pdf";
    }

    private String base() {
        return kind.fileName() + (wholeGuide() ? "" : "-" + categoryId);
    }
}
