package studyguide.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import studyguide.model.Category;
import studyguide.model.Choice;
import studyguide.model.Guide;
import studyguide.model.Markdown;
import studyguide.model.Question;
import studyguide.model.Reference;
import studyguide.model.Snippet;
import studyguide.model.Source;
import studyguide.view.RenderedGuide;
import studyguide.view.ViewBuilder;
import studyguide.view.Views.CategoryView;
import studyguide.view.Views.ChoiceView;
import studyguide.view.Views.DiagramView;
import studyguide.view.Views.LevelGroup;
import studyguide.view.Views.LevelView;
import studyguide.view.Views.PageView;
import studyguide.view.Views.QuestionView;

/**
 * {@code export/guide.json}: the whole question bank, each text both as its Markdown source and as the
 * rendered HTML. The shape is documented in docs/export.md and docs/schema/export.schema.json.
 */
final class JsonExport {

    /** Bumped when a field changes meaning or disappears; new fields may be added within a version. */
    static final int FORMAT_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonExport() {
    }

    /** Writes the export to {@code out} as it goes, without making the whole text in memory first. */
    static void write(Guide guide, RenderedGuide rendered, OutputStream out) throws IOException {
        Map<String, QuestionView> views = new HashMap<>();
        Map<String, CategoryView> categoryViews = new HashMap<>();
        for (CategoryView c : rendered.categories()) {
            categoryViews.put(c.id(), c);
            for (LevelGroup g : c.groups()) {
                g.questions().forEach(q -> views.put(q.id(), q));
            }
        }
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", "studyguide");
        root.put("version", FORMAT_VERSION);
        root.put("generator", ViewBuilder.GENERATOR);
        root.put("title", guide.site().title());
        root.put("description", guide.site().description());
        root.put("base_url", rendered.site().baseUrl());
        root.put("license", guide.site().license());
        source(root, guide.site().source());
        ArrayNode levels = root.putArray("levels");
        for (LevelView l : rendered.site().levels()) {
            levels.addObject().put("id", l.id()).put("label", l.label());
        }
        ArrayNode categories = root.putArray("categories");
        for (Category c : guide.categories()) {
            CategoryView view = categoryViews.get(c.id());
            ObjectNode category = categories.addObject();
            category.put("id", c.id());
            category.put("title", c.title());
            category.put("url", view.href());
            text(category, "summary", c.summary(), view.summaryHtml());
            ArrayNode questions = category.putArray("questions");
            for (Question q : c.questions()) {
                question(questions.addObject(), q, views.get(q.id()));
            }
        }
        ArrayNode pages = root.putArray("pages");
        for (PageView p : rendered.pages()) {
            pages.addObject().put("id", p.id()).put("title", p.title()).put("url", p.href()).put("html", p.html());
        }
        // The tree only refers to the guide's strings; what would be large is its text, which goes straight to out.
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
            // Fixed "\n" line ends, so the file is the same on every system.
            json.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            MAPPER.writeTree(json, root);
            json.writeRaw('\n');
        }
    }

    private static void question(ObjectNode out, Question q, QuestionView view) {
        out.put("id", q.id());
        out.put("question", view.question());
        out.put("question_html", view.questionHtml());
        out.put("level", q.level());
        out.put("url", view.href());
        strings(out.putArray("tags"), q.tags());
        ArrayNode keyPoints = out.putArray("key_points");
        for (int i = 0; i < q.keyPoints().size(); i++) {
            keyPoints.addObject().put("markdown", q.keyPoints().get(i)).put("html", view.keyPointsHtml().get(i));
        }
        text(out, "prompt", q.prompt(), view.promptHtml());
        text(out, "answer", q.answer(), view.answerHtml());
        ArrayNode choices = out.putArray("choices");
        for (int i = 0; i < q.choices().size(); i++) {
            Choice choice = q.choices().get(i);
            ChoiceView choiceView = view.choices().get(i);
            ObjectNode option = choices.addObject();
            option.put("letter", choiceView.letter());
            text(option, "text", choice.text(), choiceView.html());
            option.put("correct", choice.correct());
            text(option, "explanation", choice.explanation(), choiceView.explanationHtml());
        }
        text(out, "interviewer_intent", q.interviewerIntent(), view.intentHtml());
        ArrayNode snippets = out.putArray("snippets");
        for (Snippet s : q.snippets()) {
            snippets.addObject().put("file", s.file()).put("title", s.title()).put("language", s.language())
                    .put("first_line", s.firstLine()).put("code", s.code()).put("cheatsheet", s.cheatsheet());
        }
        ArrayNode diagrams = out.putArray("diagrams");
        for (int i = 0; i < view.diagrams().size(); i++) {
            DiagramView d = view.diagrams().get(i);
            diagrams.addObject().put("file", q.diagrams().get(i).file()).put("caption", d.caption())
                    .put("svg", d.svg()).put("cheatsheet", d.cheatsheet());
        }
        strings(out.putArray("follow_ups"), q.followUps());
        strings(out.putArray("related"), q.related().stream().map(r -> r.value()).toList());
        ArrayNode references = out.putArray("references");
        for (Reference r : q.references()) {
            references.addObject().put("title", r.title()).put("url", r.url());
        }
        source(out, q.source());
    }

    /** Where content comes from, as {"title", "url", "authors"}, or null when not given. */
    private static void source(ObjectNode out, Source source) {
        if (source == null) {
            out.putNull("source");
            return;
        }
        ObjectNode node = out.putObject("source");
        node.put("title", source.title());
        node.put("url", source.url());
        strings(node.putArray("authors"), source.authors());
    }

    /** A Markdown field as {"markdown": ..., "html": ...}, or null when the guide leaves it out. */
    private static void text(ObjectNode out, String name, Markdown markdown, String html) {
        if (markdown == null) {
            out.putNull(name);
        } else {
            out.putObject(name).put("markdown", markdown.text()).put("html", html);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
