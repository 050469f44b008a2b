package studyguide.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studyguide.model.Category;
import studyguide.model.Choice;
import studyguide.model.Diagram;
import studyguide.model.Located;
import studyguide.model.Markdown;
import studyguide.model.Question;
import studyguide.model.Reference;
import studyguide.model.Site;
import studyguide.model.Snippet;
import studyguide.problem.Position;
import studyguide.problem.Problems;
import studyguide.problem.Suggestions;

/**
 * Reads one {@code questions/<category>.yaml} file, with its answer files, snippets and diagrams, each taken
 * through {@link CategoryInputs}; a reader reads one file.
 */
final class CategoryReader {

    /** What a question id (and a category or page id) may look like. */
    static final Pattern ID = Pattern.compile("[a-z0-9-]+");

    static final Set<String> CATEGORY_KEYS = Set.of("title", "summary", "questions");
    static final Set<String> QUESTION_KEYS = Set.of("id", "question", "prompt", "level", "tags", "key_points",
            "answer", "choices", "interviewer_intent", "snippets", "diagrams", "follow_ups", "related", "references",
            "source", "your_story");
    static final Set<String> CHOICE_KEYS = Set.of("text", "correct", "explanation");
    static final Set<String> SNIPPET_KEYS = Set.of("file", "title", "lines", "cheatsheet");
    static final Set<String> DIAGRAM_KEYS = Set.of("file", "caption", "cheatsheet");
    static final Set<String> REFERENCE_KEYS = Set.of("title", "url");
    private static final Pattern SVG_IMPORT = Pattern.compile("@import\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINES = Pattern.compile("\\s*(\\d+)\\s*(?:-\\s*(\\d+)\\s*)?");

    /** A category file's result: the category (null when unusable) and every question id it wrote. */
    record Result(Category category, List<String> ids) {
    }

    private final List<String> levels;
    private final CategoryInputs inputs;
    private final ContentFolder snippets;
    private final ContentFolder diagrams;
    private final Problems problems;

    CategoryReader(List<String> levels, CategoryInputs inputs, ContentFolder snippets, ContentFolder diagrams,
            Problems problems) {
        this.levels = levels;
        this.inputs = inputs;
        this.snippets = snippets;
        this.diagrams = diagrams;
        this.problems = problems;
    }

    Result read(String id, Path file, Path shownAs) {
        ReadFiles.Yaml read = inputs.yaml(file, shownAs, problems);
        String text = read == null ? null : read.text();
        LineStarts lines = read == null ? null : read.lines();
        YamlNode root = read == null ? null : read.root();
        Fields fields = root == null ? null : Fields.of(root, "a category file", CATEGORY_KEYS, problems);
        if (fields == null) {
            return new Result(null, List.of());
        }
        String title = fields.requiredText("title");
        Markdown summary = markdown(fields, "summary", text, lines);
        if (!fields.has("questions")) {
            problems.add(fields.position(), "a category file needs 'questions' (a list of questions)");
        }
        List<Question> questions = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (YamlNode node : fields.list("questions")) {
            Fields q = Fields.of(node, "a question", QUESTION_KEYS, problems);
            if (q == null) {
                continue;
            }
            String qid = q.requiredText("id");
            if (qid != null) {
                ids.add(qid);
                if (!ID.matcher(qid).matches()) {
                    problems.add(q.at("id"), "id '" + qid + "' may contain only a-z, 0-9 and '-'");
                } else if (qid.contains("--")) {
                    problems.add(q.at("id"), "id '" + qid + "' may not contain '--': the site names the parts of a question "
                            + "with it ('" + qid.substring(0, qid.indexOf("--")) + "--notes', headings of its answer), so this id "
                            + "could name a part of another question; use one '-'");
                } else if (qid.length() > Site.MAX_ID_LENGTH) {
                    problems.add(q.at("id"), "the id is " + qid.length() + " characters long; ids become file names "
                            + "and anchors, so keep them to " + Site.MAX_ID_LENGTH);
                }
            }
            Question question = question(q, qid, text, lines);
            if (question != null) {
                questions.add(question);
            }
        }
        return new Result(title == null ? null : new Category(id, title, summary, questions, fields.position()), ids);
    }

    private Question question(Fields q, String id, String source, LineStarts lines) {
        String text = q.requiredText("question");
        String level = q.optionalText("level");
        if (level != null && !levels.contains(level)) {
            String hint = Suggestions.didYouMean(level, levels);
            problems.add(q.at("level"), "unknown level '" + level + "'; the levels are " + String.join(", ", levels) + hint);
        }
        Markdown answer = markdown(q, "answer", source, lines);
        Markdown file = id == null ? null : inputs.answer(id);
        if (answer != null && file != null) {
            problems.add(q.at("answer"), "the answer is written both here and in " + file.position().file()
                    + "; keep one of them");
        } else if (file != null) {
            answer = file;
        }
        Question question = new Question(id, text, markdown(q, "prompt", source, lines), level, q.textList("tags"),
                q.textList("key_points"), answer, choices(q, source, lines), markdown(q, "interviewer_intent", source, lines),
                q.optionalText("your_story"), snippets(q), diagrams(q), q.textList("follow_ups"), related(q), references(q),
                SourceReader.read(q, problems), q.at("id"));
        return id == null || text == null ? null : question;
    }

    /** Markdown from a YAML value, positioned at its first line of text (after a '|' or '>' indicator). */
    private Markdown markdown(Fields fields, String key, String source, LineStarts lines) {
        String text = fields.optionalText(key);
        if (text == null) {
            return null;
        }
        Position at = fields.at(key);
        int offset = lines.offset(at.line(), at.column());
        boolean block = offset >= 0 && offset < source.length() && (source.charAt(offset) == '|' || source.charAt(offset) == '>');
        return Markdown.inYaml(text, block ? new Position(at.file(), at.line() + 1, 0) : at);
    }

    /**
     * The options of a multiple-choice question. A list a reader cannot answer (no right option, two
     * options alike, a single option) is an error: the question would look answerable and never be.
     */
    private List<Choice> choices(Fields q, String source, LineStarts lines) {
        if (!q.has("choices")) {
            return List.of();
        }
        List<YamlNode> nodes = q.list("choices");
        List<Choice> result = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean complete = true;
        for (YamlNode node : nodes) {
            Fields c = Fields.of(node, "a choice", CHOICE_KEYS, problems);
            String text = c == null ? null : c.requiredText("text");
            if (text == null) {
                complete = false;
                continue;
            }
            Integer earlier = seen.putIfAbsent(text.strip(), result.size() + 1);
            if (earlier != null) {
                problems.add(c.at("text"), "choice " + (result.size() + 1) + " is the same as choice " + earlier
                        + " ('" + abbreviated(text.strip()) + "'); each option must differ");
            }
            result.add(new Choice(markdown(c, "text", source, lines), c.flag("correct"),
                    markdown(c, "explanation", source, lines), c.position()));
        }
        if (nodes.size() == 1) {
            problems.add(q.at("choices"), "'choices' has one option; a multiple-choice question needs at least two");
        } else if (complete && !nodes.isEmpty() && result.stream().noneMatch(Choice::correct)) {
            problems.add(q.at("choices"), "none of the " + result.size() + " choices is marked 'correct: true'; "
                    + "mark the right one (or several)");
        } else if (nodes.isEmpty() && (q.node("choices") instanceof YamlNode.Sequence
                || q.node("choices") instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL)) {
            problems.add(q.at("choices"), "'choices' is empty; list the options, or leave the key out");
        }
        return result;
    }

    private static String abbreviated(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() > 60 || text.contains("\n") ? line.substring(0, Math.min(60, line.length())) + "…" : line;
    }

    private List<Snippet> snippets(Fields q) {
        List<Snippet> result = new ArrayList<>();
        for (YamlNode node : q.list("snippets")) {
            Fields s = Fields.of(node, "a snippet", SNIPPET_KEYS, problems);
            if (s == null) {
                continue;
            }
            String name = s.requiredText("file");
            String title = s.requiredText("title");
            String lines = s.optionalText("lines");
            boolean cheatsheet = s.flag("cheatsheet");
            String code = name == null ? null : inputs.file(snippets, name, s.at("file"), problems).text();
            if (code == null || title == null) {
                continue;
            }
            List<String> all = code.lines().toList();
            int first = 1;
            int last = all.size();
            if (lines != null) {
                Matcher m = LINES.matcher(lines);
                if (!m.matches()) {
                    problems.add(s.at("lines"), "'lines' must look like 12-30 (first and last line, inclusive), not '" + lines + "'");
                    continue;
                }
                first = lineNumber(m.group(1));
                last = m.group(2) == null ? first : lineNumber(m.group(2));
                if (first < 1 || last < first || last > all.size()) {
                    problems.add(s.at("lines"), "lines " + lines + " are outside " + name + ", which has "
                            + all.size() + " line" + (all.size() == 1 ? "" : "s"));
                    continue;
                }
            }
            String shown = String.join("\n", all.subList(first - 1, last)).stripTrailing();
            result.add(new Snippet(name, title, first, Languages.of(name), stripCommonIndent(shown), cheatsheet));
        }
        return result;
    }

    /** A line number as written; one too large for an int is past the end of any file. */
    private static int lineNumber(String digits) {
        String significant = digits.replaceFirst("^0+(?=\\d)", "");
        return significant.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(significant);
    }

    /** Lines cut from the middle of a function keep their indentation; remove what all of them share. */
    private static String stripCommonIndent(String code) {
        return code.stripIndent().stripTrailing();
    }

    private List<Diagram> diagrams(Fields q) {
        List<Diagram> result = new ArrayList<>();
        for (YamlNode node : q.list("diagrams")) {
            Fields d = Fields.of(node, "a diagram", DIAGRAM_KEYS, problems);
            if (d == null) {
                continue;
            }
            String name = d.requiredText("file");
            String caption = d.requiredText("caption");
            boolean cheatsheet = d.flag("cheatsheet");
            if (name == null) {
                continue;
            }
            Diagram.Kind kind;
            String lower = name.toLowerCase();
            if (lower.endsWith(".puml") || lower.endsWith(".plantuml")) {
                kind = Diagram.Kind.PLANTUML;
            } else if (lower.endsWith(".svg")) {
                kind = Diagram.Kind.SVG;
            } else {
                problems.add(d.at("file"), "a diagram must be a .puml (PlantUML) or .svg file, not '" + name + "'");
                continue;
            }
            CategoryInputs.FileRead file = inputs.file(diagrams, name, d.at("file"), problems);
            String source = file.text();
            if (source != null && kind == Diagram.Kind.SVG && SVG_IMPORT.matcher(source).find()) {
                problems.add(d.at("file"), "'" + name + "' loads a style sheet with @import, which neither the pages "
                        + "nor the printed sheets may fetch; put the styles inside the SVG's <style> element");
                continue;
            }
            if (source != null && caption != null) {
                result.add(new Diagram(name, caption, kind, source, cheatsheet, Position.of(diagrams.shown(file.path()))));
            }
        }
        return result;
    }

    private List<Located<String>> related(Fields q) {
        List<Located<String>> result = new ArrayList<>();
        for (YamlNode item : q.list("related")) {
            if (item instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.TEXT && s.text() != null) {
                result.add(new Located<>(s.text(), item.position()));
            } else if (!YamlNode.Scalar.isRefused(item)) {
                problems.add(item.position(), "each item of 'related' must be a question id, not " + item.describe());
            }
        }
        return result;
    }

    private List<Reference> references(Fields q) {
        List<Reference> result = new ArrayList<>();
        for (YamlNode node : q.list("references")) {
            Fields r = Fields.of(node, "a reference", REFERENCE_KEYS, problems);
            if (r == null) {
                continue;
            }
            String title = r.requiredText("title");
            String url = r.requiredText("url");
            if (url != null && WebAddress.check(url, "url", r.at("url"), problems) && title != null) {
                result.add(new Reference(title, url));
            }
        }
        return result;
    }
}
