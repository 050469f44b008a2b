package studyguide.view;

import java.util.ArrayList;
import java.util.List;
import studyguide.markdown.PlainText;
import studyguide.view.Views.CategoryView;
import studyguide.view.Views.QuestionPageView;
import studyguide.view.Views.QuestionView;

/** The views of a category's question pages, in the order the category page lists them, and their descriptions. */
final class QuestionPages {

    /** Link previews cut a description at about this many characters; a longer one is cut at a word. */
    static final int DESCRIPTION_LENGTH = 160;

    private QuestionPages() {
    }

    /**
     * A question with the questions before and after it on its category page (null at either end): what its
     * page is made from, with its HTML still as the category page shows it.
     */
    record Neighbours(QuestionView previous, QuestionView question, QuestionView next) {
    }

    /** Each question of the category with its neighbours: previous and next follow the category page's order. */
    static List<Neighbours> of(CategoryView category) {
        List<QuestionView> all = category.groups().stream().flatMap(g -> g.questions().stream()).toList();
        List<Neighbours> pages = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            pages.add(new Neighbours(i == 0 ? null : all.get(i - 1), all.get(i), i == all.size() - 1 ? null : all.get(i + 1)));
        }
        return pages;
    }

    /** The view of a question's page, its HTML moved one folder down ({@link QuestionPageHtml}). */
    static QuestionPageView page(Neighbours question, String categoryHref) {
        return new QuestionPageView(QuestionPageHtml.of(question.question()), categoryHref, question.previous(),
                question.next());
    }

    /**
     * What a link preview says of the question: its answer as text, cut to a preview's length; for a
     * question without a written answer or key points (multiple choice), its prompt, so that no preview
     * gives the right option away; else {@code fallback} (the question itself).
     *
     * @param answer the answer or key points as text ({@link StructuredData#answerText})
     */
    static String description(QuestionView q, String answer, String fallback) {
        String text = q.answerHtml() != null || !q.keyPointsHtml().isEmpty() ? answer
                : (q.promptHtml() == null ? "" : PlainText.of(q.promptHtml()));
        return text.isEmpty() ? fallback : shorten(text);
    }

    static String shorten(String text) {
        if (text.length() <= DESCRIPTION_LENGTH) {
            return text;
        }
        // Text without spaces (Chinese, Japanese) is cut anywhere, but never inside a surrogate pair.
        int cut = text.lastIndexOf(' ', DESCRIPTION_LENGTH - 1);
        if (cut <= DESCRIPTION_LENGTH / 2) {
            cut = Character.isHighSurrogate(text.charAt(DESCRIPTION_LENGTH - 2)) ? DESCRIPTION_LENGTH - 2 : DESCRIPTION_LENGTH - 1;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }
}
