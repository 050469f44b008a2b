package studyguide.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
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

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonExport() {
    }

    /**
     * Writes the export to {@code out} as it goes: neither the whole text nor a tree of it is made in memory.
     * A Jackson tree of 10,000 questions was 30 MB of maps and nodes, made on the exports' thread while the
     * pages rendered, at the build's peak of memory.
     */
    static void write(Guide guide, RenderedGuide rendered, OutputStream out) throws IOException {
        Map<String, QuestionView> views = new HashMap<>();
        Map<String, CategoryView> categoryViews = new HashMap<>();
        for (CategoryView c : rendered.categories()) {
            categoryViews.put(c.id(), c);
            for (LevelGroup g : c.groups()) {
                g.questions().forEach(q -> views.put(q.id(), q));
            }
        }
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            // Fixed "\n" line ends, so the file is the same on every system.
            json.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            json.writeStartObject();
            json.writeStringField("format", "studyguide");
            json.writeNumberField("version", FORMAT_VERSION);
            json.writeStringField("generator", ViewBuilder.GENERATOR);
            json.writeStringField("title", guide.site().title());
            json.writeStringField("description", guide.site().description());
            json.writeStringField("base_url", rendered.site().baseUrl());
            json.writeStringField("lang", guide.site().lang());
            json.writeStringField("license", guide.site().license());
            source(json, guide.site().source());
            json.writeArrayFieldStart("levels");
            for (LevelView l : rendered.site().levels()) {
                json.writeStartObject();
                json.writeStringField("id", l.id());
                json.writeStringField("label", l.label());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("categories");
            for (Category c : guide.categories()) {
                CategoryView view = categoryViews.get(c.id());
                json.writeStartObject();
                json.writeStringField("id", c.id());
                json.writeStringField("title", c.title());
                json.writeStringField("url", view.href());
                text(json, "summary", c.summary(), view.summaryHtml());
                json.writeArrayFieldStart("questions");
                for (Question q : c.questions()) {
                    question(json, q, views.get(q.id()));
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("pages");
            for (PageView p : rendered.pages()) {
                json.writeStartObject();
                json.writeStringField("id", p.id());
                json.writeStringField("title", p.title());
                json.writeStringField("url", p.href());
                json.writeStringField("html", p.html());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void question(JsonGenerator json, Question q, QuestionView view) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", q.id());
        json.writeStringField("question", view.question());
        json.writeStringField("question_html", view.questionHtml());
        json.writeStringField("level", q.level());
        json.writeStringField("url", view.href());
        strings(json, "tags", q.tags());
        json.writeArrayFieldStart("key_points");
        for (int i = 0; i < q.keyPoints().size(); i++) {
            json.writeStartObject();
            json.writeStringField("markdown", q.keyPoints().get(i));
            json.writeStringField("html", view.keyPointsHtml().get(i));
            json.writeEndObject();
        }
        json.writeEndArray();
        text(json, "prompt", q.prompt(), view.promptHtml());
        text(json, "answer", q.answer(), view.answerHtml());
        json.writeArrayFieldStart("choices");
        for (int i = 0; i < q.choices().size(); i++) {
            Choice choice = q.choices().get(i);
            ChoiceView choiceView = view.choices().get(i);
            json.writeStartObject();
            json.writeStringField("letter", choiceView.letter());
            text(json, "text", choice.text(), choiceView.html());
            json.writeBooleanField("correct", choice.correct());
            text(json, "explanation", choice.explanation(), choiceView.explanationHtml());
            json.writeEndObject();
        }
        json.writeEndArray();
        text(json, "interviewer_intent", q.interviewerIntent(), view.intentHtml());
        if (q.yourStory() == null) {
            json.writeNullField("your_story");
        } else {
            json.writeStringField("your_story", q.yourStory());
        }
        json.writeArrayFieldStart("snippets");
        for (Snippet s : q.snippets()) {
            json.writeStartObject();
            json.writeStringField("file", s.file());
            json.writeStringField("title", s.title());
            json.writeStringField("language", s.language());
            json.writeNumberField("first_line", s.firstLine());
            json.writeStringField("code", s.code());
            json.writeBooleanField("cheatsheet", s.cheatsheet());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("diagrams");
        for (int i = 0; i < view.diagrams().size(); i++) {
            DiagramView d = view.diagrams().get(i);
            json.writeStartObject();
            json.writeStringField("file", q.diagrams().get(i).file());
            json.writeStringField("caption", d.caption());
            json.writeStringField("svg", d.svg());
            json.writeBooleanField("cheatsheet", d.cheatsheet());
            json.writeEndObject();
        }
        json.writeEndArray();
        strings(json, "follow_ups", q.followUps());
        strings(json, "related", q.related().stream().map(r -> r.value()).toList());
        json.writeArrayFieldStart("references");
        for (Reference r : q.references()) {
            json.writeStartObject();
            json.writeStringField("title", r.title());
            json.writeStringField("url", r.url());
            json.writeEndObject();
        }
        json.writeEndArray();
        source(json, q.source());
        json.writeEndObject();
    }

    /** Whom to credit, as {"title", "url", "authors"}, or null when the guide names no source. */
    private static void source(JsonGenerator json, Source source) throws IOException {
        if (source == null) {
            json.writeNullField("source");
        } else {
            json.writeObjectFieldStart("source");
            json.writeStringField("title", source.title());
            json.writeStringField("url", source.url());
            strings(json, "authors", source.authors());
            json.writeEndObject();
        }
    }

    /** A Markdown field as {"markdown": ..., "html": ...}, or null when the guide leaves it out. */
    private static void text(JsonGenerator json, String name, Markdown markdown, String html) throws IOException {
        if (markdown == null) {
            json.writeNullField(name);
        } else {
            json.writeObjectFieldStart(name);
            json.writeStringField("markdown", markdown.text());
            json.writeStringField("html", html);
            json.writeEndObject();
        }
    }

    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
