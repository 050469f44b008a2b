package studyguide.view;

import java.util.List;
import java.util.Map;
import java.util.Set;
import studyguide.model.Reference;
import studyguide.model.Source;
import studyguide.model.Snippet;

/**
 * The small, read-only records that templates see. They hold ready HTML where Markdown was rendered
 * (fields ending in {@code Html}); every other string is plain text that templates escape.
 */
public final class Views {

    private Views() {
    }

    /**
     * What every page knows about the guide: its title, description, navigation and optional base URL, its
     * language and the theme's words in it, and whom to credit. {@code levels} is empty when no question has
     * a level: then no page shows anything about levels.
     *
     * @param lang the guide's language, a BCP 47 tag, for {@code <html lang>}
     * @param license the licence the content is under, as written, or null
     * @param source where the content comes from, or null
     * @param place where the guide stands in a library (the library's page, the guide in other languages); null
     *     for a guide built on its own
     */
    public record SiteView(String title, String description, List<CategoryLink> categories, List<PageLink> pages,
            List<LevelView> levels, String baseUrl, int questionCount, String generator, String lang, Labels labels,
            String license, Source source, Place place) {

        /**
         * Whether the guide's language is written right to left ({@code ar}, {@code he}, {@code fa},
         * {@code ur}...): then its pages say {@code dir="rtl"}, and the browser lays them out from the right.
         */
        public boolean rtl() {
            return TextDirection.rightToLeft(lang);
        }

        /** The same guide as if built on its own, with no library around it. */
        public SiteView alone() {
            return new SiteView(title, description, categories, pages, levels, baseUrl, questionCount, generator, lang,
                    labels, license, source, null);
        }
    }

    /**
     * A guide's place in a library. Paths are relative to the guide's root, as the pages' {@code root} is.
     *
     * @param libraryHref the library's page
     * @param translations the guide in each language it is written in, itself included, the original first;
     *     empty when it has no translation
     */
    public record Place(String libraryTitle, String libraryHref, List<Translation> translations) {
    }

    /**
     * One language of a guide, for the language switcher and {@code hreflang} links.
     *
     * @param language the language's name in itself (日本語, Deutsch), which is how a reader looks for it
     * @param folder the guide's root relative to another guide's root ({@code ../ja/})
     * @param current whether this is the guide the page belongs to
     * @param paths every page of the guide, relative to its root
     * @param questionPages each question's page by question id, for a question its translation files elsewhere
     */
    public record Translation(String id, String lang, String language, String title, String folder, boolean current,
            Set<String> paths, Map<String, String> questionPages) {

        /**
         * The same page in this language, relative to the root of the page's guide: the page of the same path,
         * else the question of the same id, else the guide's home page.
         */
        public String href(String path) {
            if (paths.contains(path)) {
                return folder + path;
            }
            int slash = path.lastIndexOf('/');
            if (slash > 0 && path.endsWith(".html")) {
                String page = questionPages.get(path.substring(slash + 1, path.length() - ".html".length()));
                if (page != null) {
                    return folder + page;
                }
            }
            return folder + "index.html";
        }

        /**
         * The same page's public address, for a page of the guide at {@code baseUrl} (its {@code --base-url}, within
         * a library the guide's folder there): absolute, as search engines read {@code hreflang} links, and a home
         * page by its folder, as its canonical link names it.
         */
        public String address(String baseUrl, String path) {
            String address = java.net.URI.create(baseUrl).resolve(href(path)).normalize().toString();
            return address.endsWith("/index.html") ? address.substring(0, address.length() - "index.html".length()) : address;
        }
    }

    /** The library's home page: its guides, in the order of their folders' names. */
    public record LibraryView(List<GuideCard> guides) {
    }

    /**
     * A guide as the library's page lists it.
     *
     * @param href its home page, relative to the library's root
     * @param language its language's name in itself
     * @param translations the guide in its other languages, if any
     */
    public record GuideCard(String id, String title, String description, String href, int count, String lang,
            String language, List<Translation> translations) {
    }

    /** A level with its display label. */
    public record LevelView(String id, String label) {
    }

    /** A category as listed on the home page and in navigation. */
    public record CategoryLink(String id, String title, String href, int count, List<LevelCount> levels) {
    }

    /** How many questions of a category have one level. */
    public record LevelCount(String level, String label, int count) {
    }

    /** A free-form page as linked from the home page. */
    public record PageLink(String id, String title, String href) {
    }

    /** A category page: summary and its questions grouped by level. */
    public record CategoryView(String id, String title, String href, String summaryHtml, int count,
            List<LevelGroup> groups) {
    }

    /** The questions of one level (level is null for the group of questions without a level). */
    public record LevelGroup(String level, String label, List<QuestionView> questions) {
    }

    /**
     * One question with everything rendered.
     *
     * @param question the title as plain text; {@code questionHtml} the same title with its inline Markdown
     * @param promptHtml what belongs to the question (code, an image), shown with it; null when there is none
     * @param choices the options of a multiple-choice question; empty otherwise
     * @param yourStory what the reader's notes on this question should say (their placeholder), as plain text; or null
     * @param source where the question comes from, when it differs from the guide's source; or null
     * @param href the question's place on its category page; {@code page} its own page (both from {@link QuestionUrls})
     */
    public record QuestionView(String id, String question, String questionHtml, String promptHtml, String level, String levelLabel,
            String categoryId, String categoryTitle, String href, String page, List<String> tags, List<String> keyPointsHtml,
            String answerHtml, List<ChoiceView> choices, String intentHtml, String yourStory, List<Snippet> snippets,
            List<DiagramView> diagrams, List<String> followUps, List<RelatedLink> related, List<Reference> references,
            Source source) {

        /** Whether the reader answers by picking options. */
        public boolean multipleChoice() {
            return !choices.isEmpty();
        }

        /** Whether more than one option is right, so the reader picks with checkboxes rather than radio buttons. */
        public boolean severalCorrect() {
            return choices.stream().filter(ChoiceView::correct).count() > 1;
        }
    }

    /**
     * A question's own page: the question with its HTML as the page shows it ({@link QuestionPageHtml}), the
     * category's page, and the questions before and after it on that page (null at either end).
     */
    public record QuestionPageView(QuestionView question, String categoryHref, QuestionView previous, QuestionView next) {
    }

    /**
     * One option of a multiple-choice question, rendered.
     *
     * @param letter the option's letter as printed and read out (A, B, …; after Z, AA, AB, …)
     * @param explanationHtml why it is right or wrong, or null
     */
    public record ChoiceView(String letter, String html, boolean correct, String explanationHtml) {
    }

    /**
     * A rendered diagram with its caption.
     *
     * @param readableWidth the narrowest width in CSS pixels at which its smallest text stays readable
     *        ({@code diagram.ReadableWidth}), or 0 when the SVG does not say
     */
    public record DiagramView(String caption, String svg, boolean cheatsheet, int readableWidth) {
    }

    /** A link to a related question, possibly on another category page. */
    public record RelatedLink(String id, String question, String questionHtml, String href) {
    }

    /** A free-form page, rendered. */
    public record PageView(String id, String title, String href, String html) {
    }

    /**
     * A page's social card, the picture a link preview shows ({@code og:image}): where it is in the site
     * ({@code file}) and on the web ({@code url}), its size, its text as the picture's description
     * ({@code alt}), and the lines drawn on it ({@code guide} at the top, may be null; {@code title}; and
     * {@code detail} at the bottom, may be null).
     */
    public record SocialImage(String file, String url, int width, int height, String alt, String guide, String title,
            String detail) {
    }
}
