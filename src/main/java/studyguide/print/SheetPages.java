package studyguide.print;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studyguide.cache.Cache;
import studyguide.cache.Same;
import studyguide.media.Media;
import studyguide.model.Snippet;
import studyguide.output.OutputFile;
import studyguide.parallel.Parallel;
import studyguide.view.Labels;
import studyguide.view.RenderedGuide;
import studyguide.view.TemplateRenderer;
import studyguide.view.Views.CategoryView;
import studyguide.view.Views.ChoiceView;
import studyguide.view.Views.DiagramView;
import studyguide.view.Views.LevelGroup;
import studyguide.view.Views.QuestionView;

/**
 * Renders the printable sheets' pages through the theme's {@code cheatsheet.ftlh}, {@code quiz.ftlh} and
 * {@code interviewer.ftlh}: one of each for every category, and a cheat sheet and a quiz sheet for the whole
 * guide. A theme without one of these templates has no such sheets.
 */
public final class SheetPages {

    private static final Map<Sheet.Kind, String> TEMPLATES = Map.of(
            Sheet.Kind.CHEATSHEET, "cheatsheet.ftlh",
            Sheet.Kind.QUIZ, "quiz.ftlh",
            Sheet.Kind.INTERVIEWER, "interviewer.ftlh",
            Sheet.Kind.CARDS, "cards.ftlh");

    /** The label keys of each kind: {@code <key>}, {@code <key>_kind}, {@code <key>_description}. */
    private static final Map<Sheet.Kind, String> LABELS = Map.of(
            Sheet.Kind.CHEATSHEET, "cheat_sheet",
            Sheet.Kind.QUIZ, "quiz_sheet",
            Sheet.Kind.INTERVIEWER, "interviewer_kit",
            Sheet.Kind.CARDS, "cards");

    /** The longest prompt, in printed lines, that a cheat sheet prints in its question's column. */
    static final int COLUMN_PROMPT_LINES = 12;

    /** The elements that each count as a printed line of a prompt outside its code. */
    private static final String[] BLOCKS = {"p", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd"};
    /** An image as flexmark writes it: every attribute in double quotes, the alternative text escaped. */
    private static final Pattern IMG = Pattern.compile("<img\\s[^>]*?\\balt=\"([^\"]*)\"[^>]*>");
    private static final Pattern IMG_WITHOUT_ALT = Pattern.compile("<img\\s[^>]*>");
    private static final Pattern MEDIA_HREF = Pattern.compile("(\\shref=\")(" + Pattern.quote(Media.FOLDER) + ")");
    private static final Pattern SVG_ROOT = Pattern.compile("<svg\\b[^>]*>");
    private static final Pattern COUNTER = Pattern.compile("\\{(pages?)}");
    private static final Pattern SVG_WIDTH = Pattern.compile("\\swidth=\"([0-9.]+)(?:px)?\"");

    private final TemplateRenderer templates;
    private final Cache<Object, Object> earlier;

    public SheetPages(TemplateRenderer templates) {
        this(templates, Cache.none());
    }

    /**
     * Sheets that take each question as printed, and each figure, from earlier builds with the same cache
     * ({@code serve}), by the question's view (which {@code view/ViewBuilder} hands back the same when it is
     * equal) and its number: a sheet's model is then made of the same objects as before, and comparing it with
     * the model of the page kept from the build before costs a reference check a question.
     */
    public SheetPages(TemplateRenderer templates, Cache<Object, Object> earlier) {
        this.templates = templates;
        this.earlier = earlier;
    }

    /** The sheets' pages, whole guide first and then category by category; a failing template records a problem. */
    public List<RenderedSheet> render(RenderedGuide guide) {
        return render(guide, UnaryOperator.identity());
    }

    /**
     * The sheets as {@link #render(RenderedGuide)} makes them, each passed through {@code made} on the thread
     * that made it, as soon as it is made, and the list of what {@code made} returns kept.
     */
    public List<RenderedSheet> render(RenderedGuide guide, UnaryOperator<RenderedSheet> made) {
        List<Sheet.Kind> kinds = List.of(Sheet.Kind.values()).stream()
                .filter(k -> templates.has(TEMPLATES.get(k)))
                .toList();
        // An interview is about one topic: the kit of the whole guide would be the cheat sheet again.
        Scope whole = new Scope(0, guide.categories(),
                (int) kinds.stream().filter(k -> k != Sheet.Kind.INTERVIEWER).count());
        Map<String, Scope> byCategory = new HashMap<>();
        guide.categories().forEach(c -> byCategory.put(c.id(), new Scope(byCategory.size() + 1, List.of(c), kinds.size())));
        // Kind by kind, whole guide first; made scope by scope, so that a scope's questions are let go early.
        List<Job> jobs = new ArrayList<>();
        for (Sheet.Kind kind : kinds) {
            if (kind != Sheet.Kind.INTERVIEWER) {
                jobs.add(new Job(jobs.size(), new Sheet(kind, null, guide.site().title()), whole));
            }
            for (CategoryView c : guide.categories()) {
                jobs.add(new Job(jobs.size(), new Sheet(kind, c.id(), c.title()), byCategory.get(c.id())));
            }
        }
        List<Job> byScope = new ArrayList<>(jobs);
        byScope.sort(Comparator.comparingInt(job -> job.scope().order()));
        List<RenderedSheet> rendered = Parallel.map(byScope, job -> {
            // A sheet is made from the site's and its categories' views, which serve hands back the same while
            // they are equal: a kept page is found by them without making its model or hashing one.
            List<CategoryView> categories = job.scope().categories();
            List<Object> key = List.of(new Same(guide.site()), job.sheet(), kinds,
                    categories.stream().map(Same::new).toList());
            // A page kept from an earlier build (serve) comes back as the same bytes, not copied again.
            byte[] html = templates.renderBytes(TEMPLATES.get(job.sheet().kind()), job.sheet(), key,
                    () -> model(guide, job.sheet(), categories, job.scope().onSheet(), kinds));
            job.scope().done();
            return html == null ? null
                    : made.apply(new RenderedSheet(job.sheet(), new OutputFile(job.sheet().htmlPath(), html)));
        });
        RenderedSheet[] inOrder = new RenderedSheet[jobs.size()];
        for (int i = 0; i < byScope.size(); i++) {
            inOrder[byScope.get(i).index()] = rendered.get(i);
        }
        return Arrays.stream(inOrder).filter(Objects::nonNull).toList();
    }

    private record Job(int index, Sheet sheet, Scope scope) {
    }

    /**
     * The categories of a guide's sheets of every kind, whole guide or one category, and their questions as the
     * sheets print them: made once for the kinds, which number and print them alike, and let go once the last
     * kind's sheet is made. Made for each sheet, they were most of the time spent printing a bank of many
     * prompts and options.
     */
    private final class Scope {
        private final int order;
        private final List<CategoryView> categories;
        private int sheetsLeft;
        private List<SheetView.Category> onSheet;

        Scope(int order, List<CategoryView> categories, int sheets) {
            this.order = order;
            this.categories = categories;
            this.sheetsLeft = sheets;
        }

        int order() {
            return order;
        }

        List<CategoryView> categories() {
            return categories;
        }

        synchronized List<SheetView.Category> onSheet() {
            if (onSheet == null) {
                onSheet = SheetPages.this.onSheet(categories);
            }
            return onSheet;
        }

        synchronized void done() {
            if (--sheetsLeft == 0) {
                onSheet = null;
            }
        }
    }

    /**
     * The categories as the sheets print them, their questions numbered across categories: without answers,
     * so that editing one changes no sheet's model.
     */
    private List<SheetView.Category> onSheet(List<CategoryView> categories) {
        List<SheetView.Category> result = new ArrayList<>();
        int number = 0;
        for (CategoryView c : categories) {
            List<SheetView.Group> groups = new ArrayList<>();
            for (LevelGroup g : c.groups()) {
                List<SheetView.Question> questions = new ArrayList<>();
                for (QuestionView q : g.questions()) {
                    int n = ++number;
                    questions.add(kept(List.of(new Same(q), n), () -> onSheet(q, n)));
                }
                groups.add(new SheetView.Group(g.level(), g.label(), questions));
            }
            result.add(new SheetView.Category(c.id(), c.title(), c.href(), c.count(), groups));
        }
        return result;
    }

    private static SheetView.Question onSheet(QuestionView q, int number) {
        String prompt = q.promptHtml() == null ? null : SheetCode.inCodeBlocks(printable(q.promptHtml()));
        List<ChoiceView> choices = q.choices().stream()
                .map(o -> new ChoiceView(o.letter(), printable(o.html()), o.correct(),
                        o.explanationHtml() == null ? null : printable(o.explanationHtml())))
                .toList();
        return new SheetView.Question(q.id(), q.question(), q.questionHtml(), q.href(),
                q.keyPointsHtml().stream().map(SheetPages::printable).toList(),
                q.snippets().stream().filter(Snippet::cheatsheet)
                        .map(s -> new SheetView.Code(s.title(), SheetCode.lines(s.code()))).toList(),
                number, prompt,
                prompt != null && fitsColumn(prompt), choices,
                q.intentHtml() == null ? null : printable(q.intentHtml()), q.followUps());
    }

    /** The value kept under {@code key} from an earlier build, or the one {@code make} makes, kept for the next. */
    @SuppressWarnings("unchecked")
    private <T> T kept(List<Object> key, Supplier<T> make) {
        if (!earlier.keeps()) {
            return make.get();
        }
        Object kept = earlier.get(key);
        if (kept == null) {
            kept = make.get();
            earlier.put(key, kept);
        }
        return (T) kept;
    }

    /** The right options of every multiple-choice question, in the order the sheet numbers them. */
    static List<SheetView.KeyEntry> answerKey(List<SheetView.Category> categories) {
        return categories.stream()
                .flatMap(c -> c.groups().stream())
                .flatMap(g -> g.questions().stream())
                .filter(SheetView.Question::multipleChoice)
                .map(q -> new SheetView.KeyEntry(q.number(), q.id(), q.correctChoices()))
                .toList();
    }

    /**
     * Whether a prompt is small enough for a cheat sheet's column: at most {@value #COLUMN_PROMPT_LINES}
     * lines (a line of code, a paragraph, a list item or a table row each count as one) and no picture,
     * which a column would shrink past reading. A longer prompt would cost a category's sheet its two-page
     * budget; the cheat sheet then points to the quiz sheet, which prints every prompt. The count is an
     * estimate made on the rendered HTML, which this build wrote itself, so finding its tags by name is enough.
     */
    static boolean fitsColumn(String promptHtml) {
        return !HtmlTags.has(promptHtml, "img") && !HtmlTags.has(promptHtml, "svg")
                && printedLines(promptHtml) <= COLUMN_PROMPT_LINES;
    }

    /** The lines a prompt prints as, by {@link #fitsColumn}'s count. */
    static int printedLines(String promptHtml) {
        int lines = 0;
        StringBuilder outsideCode = new StringBuilder(promptHtml.length());
        int end = 0;
        for (HtmlTags.Pre pre = HtmlTags.pre(promptHtml, 0); pre != null; pre = HtmlTags.pre(promptHtml, pre.end())) {
            lines += lines(promptHtml.substring(pre.contentStart(), pre.contentEnd()));
            outsideCode.append(promptHtml, end, pre.start());
            end = pre.end();
        }
        outsideCode.append(promptHtml, end, promptHtml.length());
        for (int at = outsideCode.indexOf("<"); at >= 0; at = outsideCode.indexOf("<", at + 1)) {
            if (HtmlTags.startsAt(outsideCode, at, BLOCKS)) {
                lines++;
            }
        }
        return lines;
    }

    /**
     * The lines of a code block's HTML as printed: its text without tags, stripped, counted by its line breaks.
     * Written out, as a pattern for the tags would be compiled again for every prompt.
     */
    static int lines(String codeHtml) {
        StringBuilder text = new StringBuilder(codeHtml.length());
        int i = 0;
        while (i < codeHtml.length()) {
            int tag = codeHtml.indexOf('<', i);
            int close = tag < 0 ? -1 : codeHtml.indexOf('>', tag + 1);
            if (close < 0) {
                text.append(codeHtml, i, codeHtml.length());
                break;
            }
            text.append(codeHtml, i, tag);
            i = close + 1;
        }
        String printed = text.toString().strip();
        return (int) printed.chars().filter(c -> c == '\n').count() + 1;
    }

    /**
     * Rendered Markdown (a key point, a prompt, an option or its explanation) as a sheet prints it. An image
     * becomes its alternative text in brackets: a sheet is a
     * page or two of text, each PDF would hold every image again (a guide's sheets are two papers times
     * the whole guide and each category), and an image from another site would make printing fetch it.
     * A link to a file of the guide is written from {@code print/}, one folder down.
     */
    static String printable(String html) {
        if (!html.contains("<img") && !html.contains(Media.FOLDER)) {
            return html;
        }
        String text = IMG.matcher(html).replaceAll(m -> m.group(1).isBlank() ? ""
                : Matcher.quoteReplacement("<span class=\"sheet-image\">[" + m.group(1) + "]</span>"));
        text = IMG_WITHOUT_ALT.matcher(text).replaceAll("");
        return MEDIA_HREF.matcher(text).replaceAll("$1../$2");
    }

    /** The diagrams marked for the cheat sheet, numbered in the order their questions are printed. */
    private List<SheetFigure> figures(List<CategoryView> categories) {
        List<SheetFigure> figures = new ArrayList<>();
        for (CategoryView c : categories) {
            for (LevelGroup g : c.groups()) {
                for (QuestionView q : g.questions()) {
                    for (DiagramView d : q.diagrams()) {
                        if (d.cheatsheet()) {
                            int number = figures.size() + 1;
                            figures.add(kept(List.of(new Same(q), new Same(d), number), () -> new SheetFigure(number, q.id(),
                                    q.question(), q.questionHtml(), d.caption(), inSheetFonts(d.svg()), printWidthMm(d.svg()))));
                        }
                    }
                }
            }
        }
        return figures;
    }

    /**
     * PlantUML draws its text at 13 to 14 px; printed at 0.75 of its pixel size (1 px = 0.2646 mm) that text
     * is about 7.5 pt, the sheet's type size. A diagram without a width in pixels gets the page's width.
     */
    static int printWidthMm(String svg) {
        Matcher root = SVG_ROOT.matcher(svg);
        if (root.find()) {
            Matcher width = SVG_WIDTH.matcher(root.group());
            if (width.find()) {
                return (int) Math.round(Double.parseDouble(width.group(1)) * 0.2646 * 0.75);
            }
        }
        return 1000;
    }

    /**
     * PlantUML names generic fonts on its text; the sheet names its own, so that the browser and the PDF
     * draw diagram labels with the same font, and the PDF embeds it.
     */
    static String inSheetFonts(String svg) {
        return svg.replace("font-family=\"sans-serif\"", "font-family=\"SheetDiagram\"")
                .replace("font-family=\"monospace\"", "font-family=\"SheetMono\"");
    }

    /** A CSS string literal: quotes and backslashes escaped, and '<' so that it cannot close a style element. */
    static String cssString(String text) {
        StringBuilder css = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\' || c == '<' || c < 0x20) {
                css.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                css.appendCodePoint(c);
            }
        });
        return css.append('"').toString();
    }

    /** The line under a sheet's title: what to do with it, by what its questions ask for. */
    private static String subtitle(Sheet.Kind kind, List<SheetView.Category> categories, Labels labels) {
        List<SheetView.Question> questions = categories.stream().flatMap(c -> c.groups().stream())
                .flatMap(g -> g.questions().stream()).toList();
        boolean ticked = questions.stream().anyMatch(SheetView.Question::multipleChoice);
        boolean written = questions.stream().anyMatch(q -> !q.multipleChoice());
        if (kind == Sheet.Kind.CHEATSHEET) {
            return labels.get(ticked ? "cheat_sheet_subtitle_choices" : "cheat_sheet_subtitle");
        }
        if (kind == Sheet.Kind.INTERVIEWER || kind == Sheet.Kind.CARDS) {
            return labels.get(LABELS.get(kind) + "_subtitle");
        }
        if (!ticked) {
            return labels.get("quiz_sheet_subtitle");
        }
        return labels.get(written ? "quiz_sheet_subtitle_mixed" : "quiz_sheet_subtitle_tick");
    }

    /** "page {page} of {pages}" as CSS content: the words as strings around the page counters. */
    static String pageNumberCss(String words) {
        StringBuilder css = new StringBuilder();
        Matcher m = COUNTER.matcher(words);
        int from = 0;
        while (m.find()) {
            if (m.start() > from) {
                css.append(cssString(words.substring(from, m.start()))).append(' ');
            }
            css.append("counter(").append(m.group(1)).append(") ");
            from = m.end();
        }
        if (from < words.length()) {
            css.append(cssString(words.substring(from)));
        }
        return css.toString().strip();
    }

    private SheetPage model(RenderedGuide guide, Sheet sheet, List<CategoryView> categories, List<SheetView.Category> onSheet,
            List<Sheet.Kind> kinds) {
        // The bar links to the cheat sheet, or from it to the quiz sheet.
        Sheet.Kind other = kinds.stream().filter(k -> k != sheet.kind() && (k == Sheet.Kind.CHEATSHEET || k == Sheet.Kind.QUIZ))
                .findFirst().orElse(null);
        Labels labels = guide.site().labels();
        String kind = LABELS.get(sheet.kind());
        String scope = sheet.wholeGuide() ? labels.get("whole_guide") : sheet.title();
        String heading = labels.format("sheet_heading", "title", sheet.wholeGuide() ? guide.site().title() : sheet.title(),
                "kind", labels.get(kind + "_kind"));
        String description = labels.format(kind + "_description", "scope", scope);
        String back = sheet.wholeGuide() ? "index.html" : categories.get(0).href();
        String backTitle = sheet.wholeGuide() ? guide.site().title() : sheet.title();
        boolean quiz = sheet.kind() == Sheet.Kind.QUIZ;
        SheetView view = new SheetView(heading, subtitle(sheet.kind(), onSheet, labels), description, sheet.wholeGuide(),
                onSheet, categories.stream().mapToInt(CategoryView::count).sum(), back, backTitle,
                other == null ? null : new Sheet(other, sheet.categoryId(), sheet.title()).htmlName(),
                other == null ? null : labels.get(LABELS.get(other)),
                sheet.pdfName(Paper.A4), sheet.pdfName(Paper.LETTER),
                sheet.kind() == Sheet.Kind.CHEATSHEET ? figures(categories) : List.of(),
                cssString(heading), quiz ? answerKey(onSheet) : List.of(), pageNumberCss(labels.get("page_number")));

        return new SheetPage(guide.site(), sheet.htmlPath(), heading, description, "../", view);
    }
}
