package studyguide.print;

import java.util.List;
import java.util.stream.Collectors;
import studyguide.view.Views.ChoiceView;

/**
 * What the sheet templates ({@code cheatsheet.ftlh}, {@code quiz.ftlh}) see: the categories to print and the
 * links of the on-screen bar. Every href is relative to the sheet's own page in {@code print/}, except
 * {@code backHref}, which is relative to the site's root (templates prefix it with {@code root}).
 *
 * <p>The questions come without their answers and the rest the sheets do not print, so that editing an
 * answer leaves every sheet's model, and so its page and PDFs, as they were: {@code serve} then renders
 * no sheet again.
 *
 * @param footerCss the sheet's name as a quoted CSS string, for the page footer of the print
 * @param answerKey the right options of every multiple-choice question, in the order printed (the quiz
 *     sheet prints it at the end; empty on the cheat sheet)
 * @param pageNumberCss "page 1 of 3" in the guide's language, as the CSS content of the page footer
 */
public record SheetView(String heading, String subtitle, String description, boolean wholeGuide,
        List<Category> categories, int questionCount, String backHref, String backTitle, String otherHref,
        String otherTitle, String pdfA4, String pdfLetter, List<SheetFigure> figures, String footerCss,
        List<KeyEntry> answerKey, String pageNumberCss) {

    /** Every question of the sheet in the order printed (the cards take them eight to a sheet of paper). */
    public List<Question> allQuestions() {
        return categories.stream().flatMap(c -> c.groups().stream()).flatMap(g -> g.questions().stream()).toList();
    }

    /** A category on a sheet: its questions grouped by level, in the order of its page. */
    public record Category(String id, String title, String href, int count, List<Group> groups) {
    }

    /** The questions of one level (level is null for the group of questions without a level). */
    public record Group(String level, String label, List<Question> questions) {
    }

    /**
     * A question on a sheet.
     *
     * @param question the title as plain text, {@code questionHtml} with its inline Markdown
     * @param href the question on its category page, relative to the site's root
     * @param code only the snippets marked for the cheat sheet
     * @param number the question's number on the sheet, counted across categories, 1 first
     * @param promptHtml what belongs to the question (code, a table), or null
     * @param promptFitsColumn whether the prompt is small enough for a cheat sheet's column (see
     *     {@link SheetPages#fitsColumn})
     * @param choices the options of a multiple-choice question, with their explanations; empty otherwise
     * @param intentHtml what the question tests, for the interviewer kit, or null
     * @param followUps the questions to ask after it, for the interviewer kit
     */
    public record Question(String id, String question, String questionHtml, String href, List<String> keyPointsHtml,
            List<Code> code, int number, String promptHtml, boolean promptFitsColumn,
            List<ChoiceView> choices, String intentHtml, List<String> followUps) {

        /** Whether the reader answers by ticking options. */
        public boolean multipleChoice() {
            return !choices.isEmpty();
        }

        /** Whether more than one option is right: square boxes and "choose all that apply". */
        public boolean severalCorrect() {
            return correctChoices().size() > 1;
        }

        /** The right options, in their order. */
        public List<ChoiceView> correctChoices() {
            return choices.stream().filter(ChoiceView::correct).toList();
        }
    }

    /**
     * A snippet marked for the cheat sheet.
     *
     * @param html the code as the inside of its {@code <pre><code>}, line by line (see {@link SheetCode})
     */
    public record Code(String title, String html) {
    }

    /**
     * One line of the quiz sheet's answer key.
     *
     * @param number the question's number on the sheet
     * @param correct its right options, whose explanations the key prints
     */
    public record KeyEntry(int number, String questionId, List<ChoiceView> correct) {

        /** The right letters as printed, with the language's {@code separator} between them: "A" or "A, C" ("A、C"). */
        public String letters(String separator) {
            return correct.stream().map(ChoiceView::letter).collect(Collectors.joining(separator));
        }
    }
}
