package studyguide.social;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import studyguide.model.Category;
import studyguide.model.Guide;
import studyguide.model.Page;
import studyguide.model.Question;
import studyguide.output.OutputFile;
import studyguide.output.OutputSink;
import studyguide.parallel.Parallel;
import studyguide.problem.Position;
import studyguide.problem.Problems;
import studyguide.view.RenderedGuide;
import studyguide.view.Views.CategoryView;
import studyguide.view.Views.LevelGroup;
import studyguide.view.Views.PageView;
import studyguide.view.Views.QuestionView;
import studyguide.view.Views.SiteView;
import studyguide.view.Views.SocialImage;

/**
 * The site's social cards: which pages get one and with what text ({@link #plan}), and the PNGs themselves,
 * drawn in parallel or taken from the cache ({@link #write}).
 *
 * <p>Open Graph wants the image's absolute URL, so only a build with a base address makes cards; without
 * one the site is what it would be without this class. The home page, each category, each question and each
 * free-form page get a card, at {@code assets/social/<the page's path>.png}; the tools' pages (flashcards,
 * the mock interview, the reader's answers, 404) keep the small summary card. A page whose card text has a
 * character DejaVu Sans lacks (Chinese, Japanese, Korean) gets none rather than a card with boxes for
 * letters, and the build warns once.
 */
public final class SocialCards {

    /** The folder of the cards in the site. */
    public static final String FOLDER = "assets/social/";

    private SocialCards() {
    }

    /**
     * The social card of each page, by the page's path, in the order of the pages; empty without a base
     * address. Warns, at the first page concerned, when the font cannot draw a page's text.
     *
     * @param model the guide as read, for the places of the titles a warning names
     * @param siteFile the guide's {@code site.yaml}, where the home page's text comes from
     */
    public static Map<String, SocialImage> plan(RenderedGuide guide, Guide model, Path siteFile, Problems problems) {
        SiteView site = guide.site();
        Map<String, SocialImage> images = new LinkedHashMap<>();
        if (site.baseUrl() == null) {
            return images;
        }
        Missing missing = new Missing();
        String count = site.labels().count("question_count", site.questionCount());
        add(images, missing, site, "index.html", null, site.title(), count, Position.of(siteFile), "title");
        Map<String, Category> categories = new LinkedHashMap<>();
        model.categories().forEach(c -> categories.put(c.id(), c));
        for (CategoryView c : guide.categories()) {
            Category category = categories.get(c.id());
            add(images, missing, site, c.href(), site.title(), c.title(), site.labels().count("question_count", c.count()),
                    category.position(), "title");
        }
        for (CategoryView c : guide.categories()) {
            Map<String, Question> questions = new LinkedHashMap<>();
            categories.get(c.id()).questions().forEach(q -> questions.put(q.id(), q));
            for (LevelGroup group : c.groups()) {
                for (QuestionView q : group.questions()) {
                    add(images, missing, site, q.page(), site.title(), q.question(), c.title(),
                            questions.get(q.id()).position(), "question");
                }
            }
        }
        Map<String, Page> pages = new LinkedHashMap<>();
        model.pages().forEach(p -> pages.put(p.id(), p));
        for (PageView p : guide.pages()) {
            add(images, missing, site, p.href(), site.title(), p.title(), null, pages.get(p.id()).body().position(), "title");
        }
        if (missing.pages > 0) {
            problems.warn(missing.first, String.format(Locale.ROOT,
                    "%s: the social cards' font, %s, has no '%s' (U+%04X): %d %s no og:image", missing.field,
                    CardFont.NAME, Character.toString(missing.codePoint), missing.codePoint, missing.pages,
                    missing.pages == 1 ? "page gets" : "pages get"));
        }
        return images;
    }

    /** The first character the font lacks, where it is, and on how many pages. */
    private static final class Missing {
        int pages;
        int codePoint;
        Position first;
        String field;
    }

    private static void add(Map<String, SocialImage> images, Missing missing, SiteView site, String page, String guide,
            String title, String detail, Position position, String field) {
        String text = (guide == null ? "" : guide) + title + (detail == null ? "" : detail);
        int lacked = CardFont.missing(text);
        if (lacked >= 0) {
            if (missing.pages++ == 0) {
                missing.codePoint = lacked;
                missing.first = position;
                missing.field = field;
            }
            return;
        }
        String file = FOLDER + page.substring(0, page.length() - ".html".length()) + ".png";
        StringBuilder alt = new StringBuilder(title);
        if (detail != null) {
            alt.append(" — ").append(detail);
        }
        if (guide != null) {
            alt.append(" — ").append(guide);
        }
        images.put(page, new SocialImage(file, site.baseUrl() + file, CardPainter.WIDTH, CardPainter.HEIGHT,
                alt.toString(), guide, title, detail));
    }

    /** Draws the cards, or takes them from {@code cache}, in parallel, into {@code sink}. */
    public static void write(Collection<SocialImage> images, CardCache cache, OutputSink sink) throws IOException {
        try {
            Parallel.map(List.copyOf(images), image -> {
                byte[] png = cache.card(image.guide(), image.title(), image.detail(),
                        () -> CardPainter.paint(image.guide(), image.title(), image.detail()));
                try {
                    sink.add(new OutputFile(image.file(), png));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
