package studyguide.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import studyguide.cache.Memo;
import studyguide.output.OutputFile;
import studyguide.output.OutputSink;
import studyguide.view.Views.CategoryView;
import studyguide.view.Views.PageView;
import studyguide.view.Views.QuestionPageView;
import studyguide.view.Views.QuestionView;

/**
 * Renders every page of the site through the theme's templates: the home page, one page per category,
 * per question ({@link QuestionUrls#page}) and per free-form page, flashcards, the mock interview, the reader's
 * own answers, the 404 page, and the small files hosts look for (robots.txt, sitemap.xml, .nojekyll).
 */
public final class PageRenderer {

    private final TemplateRenderer templates;
    private final Memo<List<Object>, String> structuredData;

    /** A renderer that reuses the structured data earlier builds with the same memo made ({@code serve}). */
    public PageRenderer(TemplateRenderer templates, Memo<List<Object>, String> structuredData) {
        this.templates = templates;
        this.structuredData = structuredData;
    }

    private String jsonLd(CategoryView category, String siteTitle, String canonical, Function<QuestionView, String> answers) {
        List<Object> key = Arrays.asList(category, siteTitle, canonical);
        String json = structuredData.get(key);
        if (json == null) {
            json = StructuredData.faqPage(category, siteTitle, canonical, answers);
            if (json != null) {
                structuredData.put(key, json);
            }
        }
        return json;
    }

    /**
     * Renders the pages into {@code sink}, each as soon as it is made; a template that fails leaves its
     * page out and records a problem.
     */
    public void render(RenderedGuide guide, OutputSink sink) throws IOException {
        List<Map<String, Object>> jobs = new ArrayList<>();
        Labels labels = guide.site().labels();
        String title = guide.site().title();
        jobs.add(model(guide, "index.html", "index.ftlh", guide.site().title(), guide.site().description()));
        for (CategoryView c : guide.categories()) {
            Map<String, Object> m = model(guide, c.href(), "category.ftlh", c.title() + " — " + title,
                    labels.count("category_description", c.count()).replace("{category}", c.title()));
            m.put("category", c);
            jobs.add(m);
        }
        if (templates.has("question-page.ftlh")) {
            for (CategoryView c : guide.categories()) {
                for (QuestionPageView qp : QuestionPages.of(c)) {
                    QuestionView q = qp.question();
                    Map<String, Object> m = model(guide, q.page(), "question-page.ftlh",
                            q.question() + " — " + c.title() + " — " + title, null);
                    m.put("questionPage", qp);
                    jobs.add(m);
                }
            }
        }
        for (PageView p : guide.pages()) {
            Map<String, Object> m = model(guide, p.href(), "page.ftlh", p.title() + " — " + guide.site().title(),
                    guide.site().description());
            m.put("page", p);
            jobs.add(m);
        }
        String cards = String.join(" ", CardScripts.categories(guide));
        if (templates.has("flashcards.ftlh")) {
            Map<String, Object> m = model(guide, "flashcards.html", "flashcards.ftlh",
                    labels.format("flashcards_title", "title", title), labels.format("flashcards_description", "title", title));
            m.put("cards", cards);
            jobs.add(m);
        }
        if (templates.has("interview.ftlh")) {
            Map<String, Object> m = model(guide, "interview.html", "interview.ftlh",
                    labels.format("interview_title", "title", title), labels.format("interview_description", "title", title));
            m.put("cards", cards);
            jobs.add(m);
        }
        if (templates.has("my-answers.ftlh")) {
            jobs.add(model(guide, "my-answers.html", "my-answers.ftlh", labels.format("my_answers_title", "title", title),
                    labels.format("my_answers_description", "title", title)));
        }
        jobs.add(model(guide, "404.html", "404.ftlh", labels.format("not_found_title", "title", title),
                guide.site().description()));

        // A category's structured data and each of its question pages need the answer as text: made once each.
        Map<String, String> answerTexts = new ConcurrentHashMap<>();
        Function<QuestionView, String> answers = q -> answerTexts.computeIfAbsent(q.id(), id -> StructuredData.answerText(q));
        try {
            jobs.parallelStream().forEach(m -> {
                if (m.get("category") instanceof CategoryView c) {
                    m.put("jsonLd", jsonLd(c, guide.site().title(), (String) m.get("canonical"), answers));
                }
                if (m.get("questionPage") instanceof QuestionPageView qp) {
                    String answer = answers.apply(qp.question());
                    m.put("description", QuestionPages.description(qp.question(), answer, qp.question().question()));
                    String json = StructuredData.qaPage(qp.question(), answer, (String) m.get("canonical"));
                    if (json != null) {
                        m.put("jsonLd", json);
                    }
                }
                try {
                    templates.render((String) m.get("template"), m, sink, (String) m.get("path"));
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
                    OutputFile script = CardScripts.render(c, guide.site(), templates);
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
        sink.add(OutputFile.text("robots.txt", robots(guide.site().baseUrl())));
        if (guide.site().baseUrl() != null) {
            sink.add(OutputFile.text("sitemap.xml", sitemap(guide)));
        }
    }

    private static Map<String, Object> model(RenderedGuide guide, String path, String template, String title,
            String description) {
        Map<String, Object> m = new HashMap<>();
        m.put("site", guide.site());
        m.put("path", path);
        m.put("template", template);
        m.put("title", title);
        m.put("description", description);
        // The 404 page is served at any depth, so only an absolute base makes its links work everywhere.
        String base = guide.site().baseUrl();
        m.put("root", path.equals("404.html") && base != null ? base : path.contains("/") ? "../" : "");
        if (base != null) {
            m.put("canonical", base + (path.equals("index.html") ? "" : path));
        }
        return m;
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
