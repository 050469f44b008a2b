package studyguide.view;

import studyguide.view.Views.CategoryView;
import studyguide.view.Views.LibraryView;
import studyguide.view.Views.PageView;
import studyguide.view.Views.QuestionPageView;
import studyguide.view.Views.SiteView;
import studyguide.view.Views.SocialImage;

/**
 * What a page's template receives, one record per kind of page, so that the compiler checks what each
 * template is given. Templates read the components by name ({@code ${title}}, {@code ${category.title}}), as
 * they read the views' records; a component that is null is missing to them ({@code jsonLd??}).
 *
 * <p>Every page has what its frame reads ({@code layout.ftlh}, {@code sidebar.ftlh}, {@code sheet.ftlh}):
 * the site, the page's path in the site, its title and description, and {@code root}, the way back to the
 * site's root from the page's folder.
 */
public interface PageModel {

    SiteView site();

    String path();

    String title();

    String description();

    String root();

    /**
     * What every page of the site (not a printable sheet) shares; {@code canonical} is its public address,
     * null without a base address; {@code image} its social card, null when it has none.
     */
    record Frame(SiteView site, String path, String title, String description, String root, String canonical,
            SocialImage image) {
    }

    /** The home page, the reader's own answers, the 404 page: the frame and the site's views. */
    record Plain(SiteView site, String path, String title, String description, String root, String canonical,
            SocialImage image) implements PageModel {

        public Plain(Frame f) {
            this(f.site(), f.path(), f.title(), f.description(), f.root(), f.canonical(), f.image());
        }
    }

    /** A category's page, with its schema.org {@code FAQPage} data ({@code jsonLd}, null without questions). */
    record Category(SiteView site, String path, String title, String description, String root, String canonical,
            SocialImage image, String jsonLd, CategoryView category) implements PageModel {

        public Category(Frame f, String jsonLd, CategoryView category) {
            this(f.site(), f.path(), f.title(), f.description(), f.root(), f.canonical(), f.image(), jsonLd, category);
        }
    }

    /** One question's page, with its schema.org {@code QAPage} data ({@code jsonLd}, null without a base address). */
    record Question(SiteView site, String path, String title, String description, String root, String canonical,
            SocialImage image, String jsonLd, QuestionPageView questionPage) implements PageModel {

        public Question(Frame f, String jsonLd, QuestionPageView questionPage) {
            this(f.site(), f.path(), f.title(), f.description(), f.root(), f.canonical(), f.image(), jsonLd, questionPage);
        }
    }

    /** A free-form page of the guide. */
    record Free(SiteView site, String path, String title, String description, String root, String canonical,
            SocialImage image, PageView page) implements PageModel {

        public Free(Frame f, PageView page) {
            this(f.site(), f.path(), f.title(), f.description(), f.root(), f.canonical(), f.image(), page);
        }
    }

    /**
     * Flashcards and the mock interview: {@code cards} names the categories that have a card script
     * ({@code cards/<category>.js}), separated by spaces.
     */
    record Cards(SiteView site, String path, String title, String description, String root, String canonical,
            SocialImage image, String cards) implements PageModel {

        public Cards(Frame f, String cards) {
            this(f.site(), f.path(), f.title(), f.description(), f.root(), f.canonical(), f.image(), cards);
        }
    }

    /** A library's home page: its guides ({@code library}); its {@code site} is the library's, with no category. */
    record Library(SiteView site, String path, String title, String description, String root, String canonical,
            LibraryView library) implements PageModel {

        public Library(Frame f, LibraryView library) {
            this(f.site(), f.path(), f.title(), f.description(), f.root(), f.canonical(), library);
        }
    }
}
