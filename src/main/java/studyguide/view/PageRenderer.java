package studyguide.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import studyguide.cache.Cache;
import studyguide.cache.Same;
import studyguide.output.OutputFile;
import studyguide.output.OutputSink;
import studyguide.parallel.Parallel;
import studyguide.view.PageModel.Frame;
import studyguide.view.Views.CategoryView;
import studyguide.view.Views.LibraryView;
import studyguide.view.Views.PageView;
import studyguide.view.Views.QuestionView;
import studyguide.view.Views.SiteView;
import studyguide.view.Views.SocialImage;

/**
 * Renders every page of the site through the theme's templates: the home page, one page per category,
 * per question ({@link QuestionUrls#page}) and per free-form page, flashcards, the mock interview, the reader's
 * own answers, the 404 page, and the small files hosts look for (robots.txt, sitemap.xml, .nojekyll).
 */
public final class PageRenderer {

    private final TemplateRenderer templates;
    private final Cache<List<Object>, String> pageParts;
    private final Cache<String, CategoryTexts> categoryTexts;
    private final Cache<List<Object>, byte[]> cardScripts;

    /**
     * A renderer that reuses the parts of pages (structured data), the categories' answers as text and the card
     * scripts earlier builds with the same caches made ({@code serve}).
     */
    public PageRenderer(TemplateRenderer templates, Cache<List<Object>, String> pageParts,
            Cache<String, CategoryTexts> categoryTexts, Cache<List<Object>, byte[]> cardScripts) {
        this.templates = templates;
        this.pageParts = pageParts;
        this.categoryTexts = categoryTexts;
        this.cardScripts = cardScripts;
    }

    private String jsonLd(CategoryTexts texts, String siteTitle) {
        // The category's view by reference: serve hands back the same view while it is equal, and hashing one
        // hashes every question in it.
        List<Object> key = Arrays.asList(new Same(texts.category()), siteTitle, texts.canonical());
        String json = pageParts.get(key);
        if (json == null) {
            json = StructuredData.faqPage(texts, siteTitle);
            if (json != null) {
                pageParts.put(key, json);
            }
        }
        return json;
    }

    /**
     * Renders the pages into {@code sink}, each as soon as it is made; a template that fails leaves its
     * page out and records a problem.
     */
    public void render(RenderedGuide guide, OutputSink sink) throws IOException {
        render(guide, Map.of(), sink);
    }

    /** Renders the pages, each with the social card {@code images} has for its path, if any. */
    public void render(RenderedGuide guide, Map<String, SocialImage> images, OutputSink sink) throws IOException {
        List<Job<?>> jobs = new ArrayList<>();
        SiteView site = guide.site();
        Labels labels = site.labels();
        String title = site.title();
        jobs.add(Job.of("index.ftlh", new PageModel.Plain(frame(images, site, "index.html", title, site.description()))));
        // A category page's structured data and each of its question pages need the answers as text: made once
        // each, on the thread of the first page that needs it. The category's question pages follow its page, so
        // that in a one-off build, which drops each text at its second use (CategoryTexts), the texts held are a
        // category's or two, not the whole guide's (170 MB at 100,000 questions).
        boolean questionPages = templates.has("question-page.ftlh");
        for (CategoryView c : guide.categories()) {
            Frame categoryFrame = frame(images, site, c.href(), c.title() + " — " + title,
                    labels.count("category_description", c.count()).replace("{category}", c.title()));
            CategoryTexts answers = CategoryTexts.of(c, categoryFrame.canonical(), categoryTexts, questionPages);
            List<Object> categoryKey = Arrays.asList(new Same(site), images.get(c.href()), new Same(c));
            jobs.add(new Job<>("category.ftlh", c.href(), categoryKey, () -> new PageModel.Category(categoryFrame,
                    jsonLd(answers, title), c)));
            if (!questionPages) {
                continue;
            }
            String categoryTitle = c.title();
            String categoryHref = c.href();
            for (QuestionPages.Neighbours n : QuestionPages.of(c)) {
                QuestionView q = n.question();
                // The category's title and address, not its questions: another question's edit leaves the page.
                List<Object> key = Arrays.asList(new Same(site), images.get(q.page()), categoryTitle, categoryHref,
                        new Same(n.previous()), new Same(q), new Same(n.next()));
                jobs.add(new Job<>("question-page.ftlh", q.page(), key, () -> {
                    String answer = answers.answer(q);
                    Frame frame = frame(images, site, q.page(), q.question() + " — " + categoryTitle + " — " + title,
                            QuestionPages.description(q, answer, q.question()));
                    return new PageModel.Question(frame, StructuredData.qaPage(q, answer, frame.canonical()),
                            QuestionPages.page(n, categoryHref));
                }));
            }
        }
        for (PageView p : guide.pages()) {
            jobs.add(Job.of("page.ftlh", new PageModel.Free(frame(images, site, p.href(), p.title() + " — " + title,
                    site.description()), p)));
        }
        String cards = String.join(" ", CardScripts.categories(guide));
        if (templates.has("flashcards.ftlh")) {
            jobs.add(Job.of("flashcards.ftlh", new PageModel.Cards(frame(images, site, "flashcards.html",
                    labels.format("flashcards_title", "title", title), labels.format("flashcards_description", "title", title)),
                    cards)));
        }
        if (templates.has("interview.ftlh")) {
            jobs.add(Job.of("interview.ftlh", new PageModel.Cards(frame(images, site, "interview.html",
                    labels.format("interview_title", "title", title), labels.format("interview_description", "title", title)),
                    cards)));
        }
        if (templates.has("my-answers.ftlh")) {
            jobs.add(Job.of("my-answers.ftlh", new PageModel.Plain(frame(images, site, "my-answers.html",
                    labels.format("my_answers_title", "title", title), labels.format("my_answers_description", "title", title)))));
        }
        jobs.add(Job.of("404.ftlh", new PageModel.Plain(frame(images, site, "404.html", labels.format("not_found_title", "title", title),
                site.description()))));

        // Page by page, each thread taking the next page when it is free: a parallel stream splits the list into a
        // few runs of thousands of pages, and the run that holds the category pages (the largest by far, and all
        // made again when an answer is edited) left the other thread waiting for it.
        try {
            Parallel.map(jobs, job -> {
                try {
                    return templates.render(job.template(), job.key(), job.model(), sink, job.path());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        // Each category's card script goes to the sink as soon as it is made: together they are as large as
        // the category pages.
        if (templates.has("card-fronts.ftlh")) {
            try {
                guide.categories().parallelStream().forEach(c -> {
                    OutputFile script = CardScripts.render(c, site, templates, cardScripts);
                    try {
                        if (script != null) {
                            sink.add(script);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        sink.add(OutputFile.text(".nojekyll", ""));
        sink.add(OutputFile.text("robots.txt", robots(site.baseUrl())));
        if (site.baseUrl() != null) {
            sink.add(OutputFile.text("sitemap.xml", sitemap(guide)));
        }
    }

    /**
     * Renders a library's home page ({@code library.ftlh}) and the small files hosts look for at its root;
     * {@code site} is the library's own.
     */
    public void library(SiteView site, LibraryView library, OutputSink sink) throws IOException {
        // A library page has no social card of its own (SocialCards draws a guide's pages).
        PageModel.Library page = new PageModel.Library(frame(Map.of(), site, "index.html", site.title(), site.description()), library);
        templates.render("library.ftlh", page, sink, page.path());
        sink.add(OutputFile.text(".nojekyll", ""));
        // Each guide has its own sitemap.xml; a library's robots.txt names them all.
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
        if (site.baseUrl() != null) {
            library.guides().forEach(g -> robots.append("Sitemap: ").append(site.baseUrl()).append(g.id()).append("/sitemap.xml\n"));
        }
        sink.add(OutputFile.text("robots.txt", robots.toString()));
    }

    /**
     * A page to render: its template, its path, and its model, made on the thread that renders it and only
     * when the page is not kept from an earlier build ({@code serve}), since the structured data and the
     * question pages' descriptions take the answers' text; {@code key} holds everything the model is made
     * from and compares by value (records, lists and strings). A page whose model is cheap is its own key.
     */
    private record Job<M extends Record & PageModel>(String template, String path, Object key, Supplier<M> model) {

        static <M extends Record & PageModel> Job<M> of(String template, M model) {
            return new Job<>(template, model.path(), model, () -> model);
        }
    }

    private static Frame frame(Map<String, SocialImage> images, SiteView site, String path, String title,
            String description) {
        // The 404 page is served at any depth, so only an absolute base makes its links work everywhere.
        String base = site.baseUrl();
        String root = path.equals("404.html") && base != null ? base : path.contains("/") ? "../" : "";
        String canonical = base == null ? null : base + (path.equals("index.html") ? "" : path);
        return new Frame(site, path, title, description, root, canonical, images.get(path));
    }

    private static String robots(String baseUrl) {
        return "User-agent: *\nAllow: /\n" + (baseUrl == null ? "" : "Sitemap: " + baseUrl + "sitemap.xml\n");
    }

    private static String sitemap(RenderedGuide guide) {
        String base = guide.site().baseUrl();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        List<String> paths = new ArrayList<>();
        paths.add("");
        guide.categories().forEach(c -> paths.add(c.href()));
        guide.pages().forEach(p -> paths.add(p.href()));
        guide.categories().forEach(c -> c.groups().forEach(g -> g.questions().forEach(q -> paths.add(q.page()))));
        for (String p : paths) {
            xml.append("  <url><loc>").append(escapeXml(base + p)).append("</loc></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    private static String escapeXml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
