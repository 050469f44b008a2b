package studyguide.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studyguide.model.Category;
import studyguide.model.Guide;
import studyguide.model.Markdown;
import studyguide.model.Question;

/**
 * How complete a guide is: a category × level matrix of question counts, and the questions that lack
 * an answer, key points, code, a diagram or references; a multiple-choice question is judged by what it
 * can have: it needs no answer and no key points (the right options are both), but it lacks explanations
 * when none of its right options says why it is right. In a guide that gives any question an interviewer
 * intent, a question without one lacks it; a guide that uses none is not told about them. Printed by
 * {@code check}.
 */
public final class Coverage {

    /** What a question can lack, in the order they are reported. */
    public enum Part {
        ANSWER("answer"), KEY_POINTS("key points"), EXPLANATIONS("explanations"), INTENT("interviewer intent"),
        CODE("code"), DIAGRAM("diagram"), REFERENCES("references");

        private final String words;

        Part(String words) {
            this.words = words;
        }

        /** How the part is named in the report, e.g. "key points". */
        public String words() {
            return words;
        }
    }

    /** A question that lacks something, and where it is written. */
    public record Gap(Question question, List<Part> missing) {
    }

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```+|~~~+)\\s*([^\\s`]*)", Pattern.MULTILINE);

    private final Guide guide;
    /** Whether the guide gives any question an interviewer intent, which makes one missing elsewhere a gap. */
    private final boolean intents;

    public Coverage(Guide guide) {
        this.guide = guide;
        this.intents = guide.questions().anyMatch(q -> q.interviewerIntent() != null);
    }

    /** Questions per level for one category, in the site's level order; the key null counts questions without one. */
    public Map<String, Integer> counts(Category category) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        guide.site().levels().forEach(l -> counts.put(l, 0));
        counts.put(null, 0);
        category.questions().forEach(q -> counts.merge(q.level(), 1, Integer::sum));
        return counts;
    }

    /** Every question that lacks at least one part, in guide order. */
    public List<Gap> gaps() {
        List<Gap> gaps = new ArrayList<>();
        guide.questions().forEach(q -> {
            List<Part> missing = missing(q);
            if (!missing.isEmpty()) {
                gaps.add(new Gap(q, missing));
            }
        });
        return gaps;
    }

    /**
     * What a question lacks. Code and diagrams count when they are in the answer or the prompt too (a
     * fenced block). A multiple-choice question is answered by its choices, and its right options are what
     * a cheat sheet prints for it, so it lacks neither an answer nor key points; it lacks explanations when
     * no right option has one (a wrong option is often wrong on its face). An interviewer intent is missing
     * only in a guide that uses them.
     */
    public List<Part> missing(Question q) {
        List<String> fences = fences(q.answer());
        fences.addAll(fences(q.prompt()));
        List<Part> missing = new ArrayList<>();
        if (q.isMultipleChoice()) {
            if (q.choices().stream().noneMatch(c -> c.correct() && c.explanation() != null)) {
                missing.add(Part.EXPLANATIONS);
            }
        } else {
            if (q.answer() == null) {
                missing.add(Part.ANSWER);
            }
            if (q.keyPoints().isEmpty()) {
                missing.add(Part.KEY_POINTS);
            }
        }
        if (intents && q.interviewerIntent() == null) {
            missing.add(Part.INTENT);
        }
        if (q.snippets().isEmpty() && fences.stream().noneMatch(f -> !f.equals("plantuml"))) {
            missing.add(Part.CODE);
        }
        if (q.diagrams().isEmpty() && !fences.contains("plantuml")) {
            missing.add(Part.DIAGRAM);
        }
        if (q.references().isEmpty()) {
            missing.add(Part.REFERENCES);
        }
        return missing;
    }

    /** The info strings of the fenced code blocks opened in a Markdown text. */
    private static List<String> fences(Markdown markdown) {
        List<String> fences = new ArrayList<>();
        if (markdown == null) {
            return fences;
        }
        Matcher m = FENCE.matcher(markdown.text());
        boolean open = false;
        while (m.find()) {
            if (!open) {
                fences.add(m.group(2).toLowerCase(Locale.ROOT));
            }
            open = !open; // every other fence line closes a block
        }
        return fences;
    }

    /** The report as text, ready to print. */
    public String format() {
        StringBuilder out = new StringBuilder();
        List<String> levels = guide.site().levels();
        boolean unlevelled = guide.questions().anyMatch(q -> q.level() == null);
        List<String> header = new ArrayList<>();
        header.add("category");
        header.addAll(levels);
        if (unlevelled) {
            header.add("no level");
        }
        header.add("total");
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        int[] totals = new int[header.size() - 1];
        for (Category c : guide.categories()) {
            Map<String, Integer> counts = counts(c);
            List<String> row = new ArrayList<>();
            row.add(c.id());
            List<Integer> values = new ArrayList<>();
            levels.forEach(l -> values.add(counts.get(l)));
            if (unlevelled) {
                values.add(counts.get(null));
            }
            values.add(c.questions().size());
            for (int i = 0; i < values.size(); i++) {
                totals[i] += values.get(i);
                row.add(Integer.toString(values.get(i)));
            }
            rows.add(row);
        }
        List<String> total = new ArrayList<>();
        total.add("total");
        for (int t : totals) {
            total.add(Integer.toString(t));
        }
        rows.add(total);
        out.append("Coverage: questions per category and level\n\n");
        table(out, rows);

        List<Gap> gaps = gaps();
        boolean multipleChoice = guide.questions().anyMatch(Question::isMultipleChoice);
        out.append('\n');
        if (gaps.isEmpty()) {
            out.append("Every question has ")
                    .append(multipleChoice ? "an answer and key points or explained right options" : "an answer, key points")
                    .append(intents ? ", an interviewer intent" : "")
                    .append(", code, a diagram and references.\n");
            return out.toString();
        }
        out.append("Questions that lack something (").append(gaps.size()).append(" of ").append(guide.questionCount())
                .append("):\n");
        List<String> places = gaps.stream().map(g -> g.question().position() + "  " + g.question().id()).toList();
        int width = places.stream().mapToInt(String::length).max().orElse(0) + 2;
        for (int i = 0; i < gaps.size(); i++) {
            out.append("  ").append(places.get(i)).append(" ".repeat(width - places.get(i).length())).append("lacks ")
                    .append(String.join(", ", gaps.get(i).missing().stream().map(Part::words).toList())).append('\n');
        }
        out.append("\nQuestions without");
        // Explanations are counted only in a guide that has options to explain, intents only in one that uses them.
        List<Part> parts = List.of(Part.values()).stream()
                .filter(p -> p != Part.EXPLANATIONS || multipleChoice)
                .filter(p -> p != Part.INTENT || intents)
                .toList();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            long n = gaps.stream().filter(g -> g.missing().contains(part)).count();
            out.append(i == 0 ? " " : ", ").append(part.words()).append(": ").append(n);
        }
        out.append('\n');
        return out.toString();
    }

    /** Left-aligned first column, right-aligned numbers. */
    private static void table(StringBuilder out, List<List<String>> rows) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < columns; i++) {
                String cell = row.get(i);
                if (i == 0) {
                    line.append(cell).append(" ".repeat(widths[i] - cell.length()));
                } else {
                    line.append("  ").append(" ".repeat(widths[i] - cell.length())).append(cell);
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
