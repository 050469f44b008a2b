package studyguide.view;

/**
 * Where a question is in the site, the one rule every page, the search index and the scripts follow
 * (the scripts through the folder the index gives each category, see {@code assets/search.js}'s
 * {@code questionHref}). Paths are relative to the site's root.
 */
public final class QuestionUrls {

    private QuestionUrls() {
    }

    /** The folder of a category's question pages: beside its page, {@code gsi.html} and {@code gsi/}. */
    public static String folder(String categoryId) {
        return categoryId + "/";
    }

    /** A question's own page. */
    public static String page(String categoryId, String questionId) {
        return folder(categoryId) + questionId + ".html";
    }

    /** A question's place on its category page, which every question keeps, so older links still work. */
    public static String anchor(String categoryId, String questionId) {
        return categoryId + ".html#" + questionId;
    }
}
