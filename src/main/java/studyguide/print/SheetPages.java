package studyguide.print;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studyguide.media.Media;
import studyguide.model.Snippet;
import studyguide.output.OutputFile;
import studyguide.view.RenderedGuide;
import studyguide.view.TemplateRenderer;
import studyguide.view.Views.CategoryView;
import studyguide.view.Views.DiagramView;
import studyguide.view.Views.LevelGroup;
import studyguide.view.Views.QuestionView;

/**
 * Renders the printable sheets' pages through the theme's {@code cheatsheet.ftlh} and {@code quiz.ftlh}: one
 * of each for the whole guide and for every category. A theme without one of these templates has no such
 * sheets.
 */
public final class SheetPages {

    private static final Map<Sheet.Kind, String> TEMPLATES = Map.of(
            Sheet.Kind.CHEATSHEET, "cheatsheet.ftlh",
            Sheet.Kind.QUIZ, "quiz.ftlh");

    /** An image as flexmark writes it: every attribute in double quotes, the alternative text escaped. */
    private static final Pattern IMG = Pattern.compile("<img\\s[^>]*?\\balt=\"([^\"]*)\"[^>]*>");
    private static final Pattern IMG_WITHOUT_ALT = Pattern.compile("<img\\s[^>]*>");
    private static final Pattern MEDIA_HREF = Pattern.compile("(\\shref=\")(" + Pattern.quote(Media.FOLDER) + ")");
    private static final Pattern SVG_ROOT = Pattern.compile("<svg\\b[^>]*>");
    private static final Pattern SVG_WIDTH = Pattern.compile("\\swidth=\"([0-9.]+)(?:px)?\"");

    private final TemplateRenderer templates;

    public SheetPages(TemplateRenderer templates) {
        this.templates = templates;
    }

    /** The sheets' pages, whole guide first and then category by category; a failing template records a problem. */
    public List<RenderedSheet> render(RenderedGuide guide) {
        List<Sheet.Kind> kinds = List.of(Sheet.Kind.values()).stream()
                .filter(k -> templates.has(TEMPLATES.get(k)))
                .toList();
        List<Map<String, Object>> jobs = new ArrayList<>();
        List<Sheet> sheets = new ArrayList<>();
        for (Sheet.Kind kind : kinds) {
            Sheet whole = new Sheet(kind, null, guide.site().title());
            sheets.add(whole);
            jobs.add(model(guide, whole, guide.categories(), kinds));
            for (CategoryView c : guide.categories()) {
                Sheet sheet = new Sheet(kind, c.id(), c.title());
                sheets.add(sheet);
                jobs.add(model(guide, sheet, List.of(c), kinds));
            }
        }
        List<OutputFile> pages = jobs.parallelStream()
                .map(m -> {
                    // A page kept from an earlier build (serve) comes back as the same bytes, not copied again.
                    byte[] html = templates.renderBytes((String) m.get("template"), m);
                    return html == null ? null : new OutputFile((String) m.get("path"), html);
                })
                .toList();
        List<RenderedSheet> result = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            if (pages.get(i) != null) {
                result.add(new RenderedSheet(sheets.get(i), pages.get(i)));
            }
        }
        return result;
    }

    /** A category as the sheets print it: without answers, so that editing one changes no sheet's model. */
    private static SheetView.Category onSheet(CategoryView c) {
        List<SheetView.Group> groups = c.groups().stream()
                .map(g -> new SheetView.Group(g.level(), g.label(), g.questions().stream()
                        .map(q -> new SheetView.Question(q.id(), q.question(), q.href(),
                                q.keyPointsHtml().stream().map(SheetPages::keyPoint).toList(),
                                q.snippets().stream().filter(Snippet::cheatsheet).toList()))
                        .toList()))
                .toList();
        return new SheetView.Category(c.id(), c.title(), c.href(), c.count(), groups);
    }

    /**
     * A key point as a sheet prints it. An image becomes its alternative text in brackets: a sheet is a
     * page or two of text, each PDF would hold every image again (a guide's sheets are two papers times
     * the whole guide and each category), and an image from another site would make printing fetch it.
     * A link to a file of the guide is written from {@code print/}, one folder down.
     */
    static String keyPoint(String html) {
        if (!html.contains("<img") && !html.contains(Media.FOLDER)) {
            return html;
        }
        String text = IMG.matcher(html).replaceAll(m -> m.group(1).isBlank() ? ""
                : Matcher.quoteReplacement("<span class=\"sheet-image\">[" + m.group(1) + "]</span>"));
        text = IMG_WITHOUT_ALT.matcher(text).replaceAll("");
        return MEDIA_HREF.matcher(text).replaceAll("$1../$2");
    }

    /** The diagrams marked for the cheat sheet, numbered in the order their questions are printed. */
    private static List<SheetFigure> figures(List<CategoryView> categories) {
        List<SheetFigure> figures = new ArrayList<>();
        for (CategoryView c : categories) {
            for (LevelGroup g : c.groups()) {
                for (QuestionView q : g.questions()) {
                    for (DiagramView d : q.diagrams()) {
                        if (d.cheatsheet()) {
                            figures.add(new SheetFigure(figures.size() + 1, q.id(), q.question(), d.caption(),
                                    inSheetFonts(d.svg()), printWidthMm(d.svg())));
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

    private static Map<String, Object> model(RenderedGuide guide, Sheet sheet, List<CategoryView> categories,
            List<Sheet.Kind> kinds) {
        Sheet.Kind other = kinds.stream().filter(k -> k != sheet.kind()).findFirst().orElse(null);
        String scope = sheet.wholeGuide() ? "the whole guide" : sheet.title();
        String heading = (sheet.wholeGuide() ? guide.site().title() : sheet.title()) + " — "
                + sheet.kind().label().toLowerCase(java.util.Locale.ROOT);
        String subtitle = sheet.kind() == Sheet.Kind.CHEATSHEET
                ? "key points by level"
                : "write your answers, then check them against the cheat sheet";
        String description = sheet.kind() == Sheet.Kind.CHEATSHEET
                ? "A printable cheat sheet of " + scope + ": every question with its key points."
                : "A printable quiz sheet of " + scope + ": the questions with space to write your answers.";
        String back = sheet.wholeGuide() ? "index.html" : categories.get(0).href();
        String backTitle = sheet.wholeGuide() ? guide.site().title() : sheet.title();
        SheetView view = new SheetView(heading, subtitle, description, sheet.wholeGuide(),
                categories.stream().map(SheetPages::onSheet).toList(),
                categories.stream().mapToInt(CategoryView::count).sum(), back, backTitle,
                other == null ? null : new Sheet(other, sheet.categoryId(), sheet.title()).htmlName(),
                other == null ? null : other.label(), sheet.pdfName(Paper.A4), sheet.pdfName(Paper.LETTER),
                sheet.kind() == Sheet.Kind.CHEATSHEET ? figures(categories) : List.of(), cssString(heading));

        Map<String, Object> m = new HashMap<>();
        m.put("site", guide.site());
        m.put("sheet", view);
        m.put("path", Sheet.FOLDER + sheet.htmlName());
        m.put("template", Objects.requireNonNull(TEMPLATES.get(sheet.kind())));
        m.put("title", heading);
        m.put("description", description);
        m.put("root", "../");
        return m;
    }
}
