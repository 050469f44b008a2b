package studyguide.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studyguide.cache.Cache;
import studyguide.cache.Memo;
import studyguide.diagram.DiagramRenderer;
import studyguide.diagram.ReadableWidth;
import studyguide.media.Media;
import studyguide.model.ControlCharacters;
import studyguide.model.LinkSchemes;
import studyguide.model.Located;
import studyguide.model.Markdown;
import studyguide.problem.Position;
import studyguide.problem.Problems;

/**
 * Renders Markdown (CommonMark with GitHub tables, strikethrough, task lists, autolinks, footnotes and
 * heading anchors) to HTML; fenced {@code plantuml} blocks become inline SVG diagrams, and relative images and
 * links to files point at the site's copies ({@link MediaLinks}).
 */
public final class MarkdownRenderer {

    private static final NullableDataKey<Position> POSITION = new NullableDataKey<>("STUDYGUIDE_POSITION");
    /** Set by a diagram that failed or a link refused, so that a render with problems is never cached. */
    private static final NullableDataKey<AtomicBoolean> FAILED = new NullableDataKey<>("STUDYGUIDE_FAILED");
    /**
     * Set when a diagram in the document includes other files, or a link names a file of the guide or an
     * image elsewhere: what it reads is not in the cache key, and the site's list of files needs each build's.
     */
    static final NullableDataKey<AtomicBoolean> READS_FILES = new NullableDataKey<>("STUDYGUIDE_READS_FILES");
    private static final Pattern HEADING = Pattern.compile("(</?h)([1-6])(?=[\\s>])");
    private static final Pattern EMPTY_HEADER_CELL = Pattern.compile("<th(\\s[^>]*)?>\\s*</th>");
    private static final Pattern PARAGRAPH = Pattern.compile("^<p>(.*)</p>$", Pattern.DOTALL);
    /**
     * What separates key points in one document: an empty fence, which a key point cannot hold (one that
     * contains a fence renders on its own), and not an HTML comment, which made flexmark compile its dozen
     * HTML block expressions for every question's key points (10,000 questions' key points: 1.3 -> 1.05 s).
     */
    private static final String NEXT_INFO = "studyguide-next";
    private static final String NEXT = "```" + NEXT_INFO + "\n```";
    /** The separator as rendered. */
    private static final Pattern SEPARATOR = Pattern.compile(
            Pattern.quote("<pre><code class=\"language-" + NEXT_INFO + "\"></code></pre>"));

    /** What a text that could not be rendered gives: its problem is reported, and the build stops. */
    private static final Rendered NOTHING = new Rendered("", List.of(), List.of(), List.of());

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final HtmlRenderer escapingRenderer;
    private final TitleRenderer titleRenderer = new TitleRenderer();
    /** Titles rendered in this build: the pages, the search index and the sheets each ask for them. */
    private final Map<String, Title> titles = new ConcurrentHashMap<>();
    /**
     * Titles kept from earlier builds ({@code serve}): the same title is then the same strings, which the keys of
     * the views that show it (a related question's link) compare at once instead of character by character.
     */
    private final Cache<String, Title> keptTitles;
    /** The language of every code fence rendered in this build, where it is written. */
    private final Queue<Located<String>> fenceLanguages = new ConcurrentLinkedQueue<>();
    private final Cache<Key, Rendered> cache;
    private final Problems problems;
    /** Texts of this renderer (one build) that ran out of time; see {@link TimeLimitedText#MAX_TIMEOUTS}. */
    private final AtomicInteger slowTexts = new AtomicInteger();
    /** What {@link #recorded} collects on the thread that runs its work; null on other threads. */
    private final ThreadLocal<Recording> recording = new ThreadLocal<>();

    /**
     * What a rendering depends on: the source, whether raw HTML passes, the options of {@link #render}, and
     * whether the source joins key points (whose plain text is each key point's, not the whole's).
     */
    public record Key(String text, boolean rawHtml, String idPrefix, int topHeading, boolean keyPoints) {
    }

    /**
     * A rendering kept between builds: the HTML, the plain text the search index reads (of the whole, or of
     * each key point when the text joins a question's key points), and what the build reports for it each
     * time, also when it comes from the cache: the language of each code fence and the warnings about its raw HTML.
     */
    public record Rendered(String html, List<String> texts, List<Fence> fences, List<Warning> warnings) {
        public Rendered {
            texts = List.copyOf(texts);
            fences = List.copyOf(fences);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * A block of Markdown rendered: its HTML, and its words as plain text for the search index (markup and
     * HTML tags dropped, code kept, PlantUML source left out, as a picture is not prose; blocks and table
     * cells end with a line break so that their words never run together). Both come from one parse:
     * parsing again for the text would cost as much as the rendering.
     */
    public record Output(String html, String plainText) {
    }

    /** A warning about the text, at a 0-based line from its first line and a 1-based column. */
    public record Warning(int line, int column, String message) {
    }

    /** A code fence's language (the first word of its info string), at a 0-based line from the text's first. */
    public record Fence(String language, int line) {
    }

    /**
     * What rendering one text reported to the build (its code fences, warnings) with where the text starts (null:
     * nowhere to report), to report again when the result is kept instead of rendered ({@link #reportAgain}).
     */
    public record Report(Rendered rendered, Position start) {
    }

    /**
     * The result of some work that rendered texts, what they reported, and whether the result may be kept
     * in their place: false when one of them could not be rendered, reads files (an image, a diagram's
     * include: an edited file must reach the page) or had a link refused.
     */
    public record Recorded<T>(T value, List<Report> reports, boolean keepable) {
        public Recorded {
            reports = List.copyOf(reports);
        }
    }

    private static final class Recording {
        final List<Report> reports = new ArrayList<>();
        boolean keepable = true;
    }

    /** Renders diagrams in fences with {@code diagrams}; Markdown it cannot render is reported to {@code problems}. */
    public MarkdownRenderer(DiagramRenderer diagrams, Problems problems) {
        this(diagrams, problems, new Memo<>());
    }

    /** A renderer that shares its cache of rendered Markdown with other builds (see {@code studyguide.build.Caches}). */
    public MarkdownRenderer(DiagramRenderer diagrams, Problems problems, Cache<Key, Rendered> cache) {
        this(diagrams, problems, cache, Cache.none(), null);
    }

    /**
     * A renderer whose relative images and links to files point at the site's copies, registered with
     * {@code media}; with null, they are left as written. Rendered Markdown is kept in {@code cache}, titles
     * in {@code titles}.
     */
    public MarkdownRenderer(DiagramRenderer diagrams, Problems problems, Cache<Key, Rendered> cache,
            Cache<String, Title> titles, Media media) {
        this.problems = problems;
        this.cache = cache;
        this.keptTitles = titles;
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(QuickTablesExtension.create(), StrikethroughExtension.create(),
                TaskListExtension.create(), new QuickAutolinkExtension(), FootnoteExtension.create(),
                AnchorLinkExtension.create()));
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        // flexmark quietly turns links that start with a lower-case "javascript:" (only those) into text;
        // every address goes to LinkPolicy instead, which knows them all and says where they are.
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "(?!)");
        options.set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, true);
        options.set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "heading-anchor");
        options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-back");
        parser = InlineParserWithoutCopies.install(Parser.builder(options), options).build();
        renderer = links(HtmlRenderer.builder(options), media)
                .nodeRendererFactory(context -> new PlantUmlFence(diagrams, problems))
                .build();
        MutableDataSet escaping = new MutableDataSet(options);
        escaping.set(HtmlRenderer.ESCAPE_HTML_BLOCKS, true);
        escaping.set(HtmlRenderer.ESCAPE_INLINE_HTML, true);
        escapingRenderer = links(HtmlRenderer.builder(escaping), media)
                .nodeRendererFactory(context -> new PlantUmlFence(diagrams, problems))
                .build();
    }

    /** The link rules: first what is allowed at all, then where a file of the guide is in the site. */
    private HtmlRenderer.Builder links(HtmlRenderer.Builder builder, Media media) {
        builder.linkResolverFactory(new LinkPolicy.Factory(problems));
        return media == null ? builder : builder.linkResolverFactory(new MediaLinks(media));
    }

    /**
     * Renders a block of Markdown. Every id it defines (headings, footnotes) is prefixed with
     * {@code idPrefix}, because many answers share one page and their ids must not collide; headings
     * are moved down so that the highest becomes {@code <h topHeading>} and fits the page's outline.
     */
    public String render(Markdown markdown, String idPrefix, int topHeading) {
        return rendered(markdown, idPrefix, topHeading, false).html();
    }

    /** {@link #render(Markdown, String, int)}, with the block's plain text. */
    public Output renderWithText(Markdown markdown, String idPrefix, int topHeading) {
        Rendered rendered = rendered(markdown, idPrefix, topHeading, false);
        return new Output(rendered.html(), rendered.texts().isEmpty() ? "" : rendered.texts().get(0));
    }

    /**
     * {@link #render(Markdown, String, int)} with the plain text; when {@code keyPoints}, {@code markdown} is
     * a question's key points joined by {@link #NEXT}, and the plain text is that of each key point, each
     * part of the document between separators, instead of the whole (parsing every key point again for its
     * text would be 40,000 more documents at 10,000 questions). When the text could not be rendered, the
     * HTML is empty and there is no plain text: the problem is reported, and the build stops before any
     * page or index is made.
     */
    private Rendered rendered(Markdown markdown, String idPrefix, int topHeading, boolean keyPoints) {
        Recording recording = this.recording.get();
        if (recording == null) {
            return rendered(markdown, idPrefix, topHeading, keyPoints, null);
        }
        AtomicBoolean cacheable = new AtomicBoolean();
        Rendered rendered = rendered(markdown, idPrefix, topHeading, keyPoints, cacheable);
        recording.reports.add(new Report(rendered, markdown.position()));
        recording.keepable &= cacheable.get();
        return rendered;
    }

    /** Renders, or takes from the cache; sets {@code cacheable}, when given, if the result is in the cache. */
    private Rendered rendered(Markdown markdown, String idPrefix, int topHeading, boolean keyPoints,
            AtomicBoolean cacheable) {
        Key key = new Key(markdown.text(), markdown.rawHtml(), idPrefix, topHeading, keyPoints);
        Rendered cached = cache.get(key);
        if (cached != null) {
            report(cached, markdown.position());
            if (cacheable != null) {
                cacheable.set(true);
            }
            return cached;
        }
        List<Fence> fences = List.of();
        List<Warning> warnings = List.of();
        List<String> texts;
        String rendered;
        AtomicBoolean failed = new AtomicBoolean();
        AtomicBoolean readsFiles = new AtomicBoolean();
        int slow = slowTexts.get();
        long limit = slow == 0 ? TimeLimitedText.limitMillis(markdown.text()) : TimeLimitedText.LIMIT_AFTER_A_TIMEOUT_MILLIS;
        try {
            if (slow >= TimeLimitedText.MAX_TIMEOUTS && TimeLimitedText.limited(markdown.text())) {
                problems.add(markdown.position(), "this Markdown was not read, as " + TimeLimitedText.MAX_TIMEOUTS
                        + " Markdown texts of this build already ran out of time; fix those first");
                return NOTHING;
            }
            Document document = parser.parse(TimeLimitedText.of(markdown.text(), limit));
            document.set(POSITION, markdown.position());
            document.set(FAILED, failed);
            document.set(READS_FILES, readsFiles);
            document.set(LinkPolicy.SOURCE, new LinkPolicy.Source(markdown, failed));
            texts = keyPoints ? keyPointTexts(document) : List.of(PlainText.of(document, markdown.rawHtml()));
            rendered = (markdown.rawHtml() ? renderer : escapingRenderer).render(document);
            fences = fences(document, markdown.text());
            if (markdown.rawHtml() && markdown.text().indexOf('<') >= 0) {
                warnings = RawHtmlCheck.of(document);
            }
        } catch (StackOverflowError e) {
            // flexmark parses and renders recursively: thousands of nested quotes, lists, links or
            // emphasis exhaust the stack. The error unwinds this one document's parse, nothing shared.
            problems.add(markdown.position(), "this Markdown is nested too deeply to render (thousands of "
                    + "quote markers, list markers or brackets inside one another); flatten it");
            return NOTHING;
        } catch (TimeLimitedText.TooSlow e) {
            slowTexts.incrementAndGet();
            problems.add(markdown.position(), "this Markdown took more than " + seconds(limit)
                    + " s to read (thousands of unclosed brackets, backticks or emphasis markers in one paragraph?); "
                    + "break it up or remove them");
            return NOTHING;
        }
        if (failed.get()) {
            rendered = LinkPolicy.unlink(rendered);
        }
        if (!markdown.rawHtml()) {
            rendered = withoutControlCharacters(rendered);
        }
        // Only an answer's prefix is a question's id and "--" (a prompt's is "<id>--prompt-", a summary's "<id>--summary-").
        String html = tableScroll(shiftHeadings(idPrefix.endsWith("--") ? HtmlIds.prefixAnswer(rendered, idPrefix)
                : HtmlIds.prefix(rendered, idPrefix), topHeading)).strip();
        Rendered made = new Rendered(html, texts, fences, warnings);
        report(made, markdown.position());
        if (!failed.get() && !readsFiles.get()) {
            // A diagram that includes files is drawn again each build: its picture is cached by the text
            // of its includes too, and an edited include must reach the page.
            cache.put(key, made);
            if (cacheable != null) {
                cacheable.set(true);
            }
        }
        return made;
    }

    /**
     * Runs {@code work}, which renders texts with this renderer on the calling thread, and hands back its
     * result with what those texts reported ({@code view/ViewBuilder} keeps a question's view so in {@code
     * serve}, and reports again instead of rendering).
     */
    public <T> Recorded<T> recorded(Supplier<T> work) {
        Recording outer = recording.get();
        Recording here = new Recording();
        recording.set(here);
        try {
            T value = work.get();
            if (outer != null) {
                outer.reports.addAll(here.reports);
                outer.keepable &= here.keepable;
            }
            return new Recorded<>(value, here.reports, here.keepable);
        } finally {
            recording.set(outer);
        }
    }

    /** Reports again what texts reported when they were rendered or taken from the cache in an earlier build. */
    public void reportAgain(List<Report> reports) {
        reports.forEach(r -> report(r.rendered(), r.start()));
    }

    /** The code fences of a document that name a language, but for the separators of joined key points. */
    private static List<Fence> fences(Document document, String text) {
        if (!text.contains("```") && !text.contains("~~~")) {
            return List.of();
        }
        List<Fence> fences = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof FencedCodeBlock fence) {
                String info = fence.getInfo().toString().strip();
                String language = info.isEmpty() ? "" : info.split("\\s+", 2)[0];
                if (!language.isEmpty() && !language.equals(NEXT_INFO)) {
                    fences.add(new Fence(language, fence.getStartLineNumber()));
                }
            }
        }
        return fences;
    }

    /** Reports what a rendering found, at its place in this build (the cache holds lines from the text's start). */
    private void report(Rendered rendered, Position start) {
        if (start == null) {
            return;
        }
        for (Fence fence : rendered.fences()) {
            fenceLanguages.add(new Located<>(fence.language(), start.plusLines(fence.line())));
        }
        for (Warning note : rendered.warnings()) {
            // Only Markdown files have raw HTML to warn about, and their text starts at a line's start.
            problems.warn(new Position(start.file(), start.line() + note.line(), note.column()), note.message());
        }
    }

    /**
     * The language of every code fence rendered so far in this build, with where it is written, for the
     * check that Prism knows it and for the languages Prism's bundle holds.
     */
    public List<Located<String>> fenceLanguages() {
        return List.copyOf(fenceLanguages);
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : String.format(Locale.ROOT, "%.2f", millis / 1000.0);
    }

    /**
     * The HTML with control characters (other than tab and line ends) replaced by U+FFFD, as HTML's parser
     * treats them: Markdown from YAML cannot hold them raw (the loader refuses them), but a character
     * reference such as {@code &#1;} writes one.
     */
    static String withoutControlCharacters(String html) {
        for (int i = 0; i < html.length(); i++) {
            if (ControlCharacters.is(html.charAt(i))) {
                StringBuilder out = new StringBuilder(html);
                for (int j = i; j < out.length(); j++) {
                    if (ControlCharacters.is(out.charAt(j))) {
                        out.setCharAt(j, '\uFFFD');
                    }
                }
                return out.toString();
            }
        }
        return html;
    }

    private static String shiftHeadings(String html, int topHeading) {
        if (!html.contains("<h")) {
            return html; // most answers have no heading: skip the regular expression
        }
        Matcher m = HEADING.matcher(html);
        int highest = 7;
        while (m.find()) {
            highest = Math.min(highest, Integer.parseInt(m.group(2)));
        }
        int shift = highest == 7 ? 0 : Math.max(0, topHeading - highest);
        if (shift == 0) {
            return html;
        }
        return HEADING.matcher(html).replaceAll(r -> r.group(1) + Math.min(6, Integer.parseInt(r.group(2)) + shift));
    }

    /**
     * A question's title as inline Markdown (code spans, emphasis, strong, strikethrough; links as their
     * text, HTML as written) and as plain text.
     */
    public Title title(String text) {
        return titles.computeIfAbsent(text, this::renderTitle);
    }

    private Title renderTitle(String text) {
        Title title = keptTitles.get(text);
        if (title == null) {
            title = titleRenderer.render(text);
            keptTitles.put(text, title);
        }
        return title;
    }

    /** Renders one line of Markdown from YAML (a key point) without the surrounding paragraph, with its plain text. */
    public Output renderInline(String text, Position at) {
        Output rendered = renderWithText(Markdown.inYaml(text, at), "", 1);
        return new Output(unwrap(rendered.html()), rendered.plainText());
    }

    /**
     * Renders several lines of Markdown (a question's key points) exactly as {@link #renderInline} renders
     * each, but in one flexmark document when every line stands alone: flexmark's set-up per document
     * (parser state, the renderer's handler map)
     * costs more than a key point's own text. A line that could reach into the next one (HTML, a fence,
     * a footnote, a link definition, a heading whose id could be deduplicated, more than one line) makes
     * them render one by one, and so does any doubt about where one ends.
     */
    public List<Output> renderInlineAll(List<String> texts, Position at) {
        if (texts.size() > 1 && texts.stream().allMatch(MarkdownRenderer::standsAlone)) {
            List<Output> together = together(texts, at, 1);
            if (together != null) {
                return together.stream().map(o -> new Output(unwrap(o.html()), o.plainText())).toList();
            }
        }
        return texts.stream().map(t -> renderInline(t, at)).toList();
    }

    /**
     * Renders blocks of Markdown from YAML (a question's options and their explanations) exactly as
     * {@link #renderWithText} renders each with its id prefix, null for null; those that are one line standing
     * alone, and can report no problem (no link, no image, not long enough to run out of time), in one flexmark
     * document, as {@link #renderInlineAll} renders key points. A line standing alone defines no id, so its
     * prefix changes nothing. flexmark's set-up per document cost more than most options' text: a bank of
     * 10,000 four-option questions renders 80,000 of them.
     */
    public List<Output> renderWithTextAll(List<Markdown> texts, List<String> idPrefixes, int topHeading) {
        List<Output> outputs = new ArrayList<>(Collections.nCopies(texts.size(), null));
        List<Integer> alone = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Markdown text = texts.get(i);
            if (text != null && !text.rawHtml() && standsAloneQuietly(text.text())) {
                alone.add(i);
            }
        }
        if (alone.size() > 1) {
            List<Output> together = together(alone.stream().map(i -> texts.get(i).text()).toList(),
                    texts.get(alone.get(0)).position(), topHeading);
            for (int j = 0; together != null && j < together.size(); j++) {
                outputs.set(alone.get(j), together.get(j));
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i) != null && outputs.get(i) == null) {
                outputs.set(i, renderWithText(texts.get(i), idPrefixes.get(i), topHeading));
            }
        }
        return outputs;
    }

    /**
     * Lines that each stand alone, rendered in one document (blank lines and an empty fence between them) and
     * split at the separators: each line's HTML and plain text, or null when the parts do not come out one a line.
     */
    private List<Output> together(List<String> lines, Position at, int topHeading) {
        Rendered joined = rendered(Markdown.inYaml(String.join("\n\n" + NEXT + "\n\n", lines), at), "", topHeading, true);
        String[] parts = SEPARATOR.split(joined.html(), -1);
        List<String> plain = joined.texts();
        if (parts.length != lines.size() || plain.size() != lines.size()) {
            return null;
        }
        List<Output> outputs = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            outputs.add(new Output(parts[i].strip(), plain.get(i)));
        }
        return outputs;
    }

    /**
     * A line that stands alone and that no check reports on: a link or image is checked against the link
     * policy and the guide's files, which report the line they are on, and a long line could run out of time.
     */
    private static boolean standsAloneQuietly(String text) {
        return text.length() <= 500 && standsAlone(text) && !text.contains("](") && !text.contains("://");
    }

    /** The plain text of each key point of a joined document: its parts between the separators. */
    private static List<String> keyPointTexts(Document document) {
        return PlainText.ofParts(document, false, node -> node instanceof FencedCodeBlock fence
                && fence.getInfo().toString().equals(NEXT_INFO));
    }

    private static boolean standsAlone(String text) {
        return !text.isBlank() && !Character.isWhitespace(text.charAt(0)) && text.charAt(0) != '#'
                && text.indexOf('\n') < 0 && text.indexOf('\r') < 0 && text.indexOf('<') < 0
                && !text.contains("```") && !text.contains("~~~") && !text.contains("[^") && !text.contains("]:");
    }

    /** The HTML of one line without its paragraph. */
    private static String unwrap(String html) {
        String text = html.strip();
        Matcher m = PARAGRAPH.matcher(text);
        return m.matches() && !m.group(1).contains("<p>") ? m.group(1) : text;
    }

    /**
     * Wide tables scroll on their own on a phone instead of widening the whole page. An empty header
     * cell (the corner of a comparison table) becomes a plain cell: a header that labels nothing is read
     * out as an empty header by screen readers.
     */
    private static String tableScroll(String html) {
        if (!html.contains("<th") && !html.contains("table>")) {
            return html; // most texts have no table: skip the regular expression and the copies
        }
        return EMPTY_HEADER_CELL.matcher(html).replaceAll("<td$1></td>")
                .replace("<table>", "<div class=\"table-scroll\" tabindex=\"0\"><table>")
                .replace("</table>", "</table></div>");
    }

    /** Renders ```plantuml fences as diagrams and leaves every other fence to flexmark. */
    private static final class PlantUmlFence implements NodeRenderer {
        private final DiagramRenderer diagrams;
        private final Problems problems;

        PlantUmlFence(DiagramRenderer diagrams, Problems problems) {
            this.diagrams = diagrams;
            this.problems = problems;
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::render));
        }

        private void render(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
            if (!"plantuml".equals(node.getInfo().toString().strip())) {
                context.delegateRender();
                return;
            }
            DataHolder document = context.getDocument();
            Position start = POSITION.get(document);
            // Line numbers in flexmark are 0-based; the diagram's body starts on the line after the fence.
            Position at = start == null ? null : start.plusLines(node.getStartLineNumber() + 1);
            String source = node.getContentChars().toString();
            String svg = diagrams.plantUml(source, at);
            AtomicBoolean readsFiles = READS_FILES.get(document);
            if (readsFiles != null && DiagramRenderer.readsFiles(source)) {
                readsFiles.set(true);
            }
            if (svg == null) {
                AtomicBoolean failed = FAILED.get(document);
                if (failed != null) {
                    failed.set(true);
                }
            } else {
                LinkPolicy.Source origin = LinkPolicy.SOURCE.get(document);
                if (origin != null) {
                    svg = DiagramLinks.withoutRefused(svg, url -> LinkPolicy.refused(problems, origin, lineOf(url, source, at),
                            "a link to '" + LinkSchemes.shown(url) + "' in this diagram", "the diagram shows its label without it"));
                }
                // As question.ftlh shows a question's diagrams: no narrower than its text allows, scrolling sideways.
                html.raw("<figure class=\"diagram\"><div class=\"diagram-image\" role=\"img\" aria-label=\"Diagram\" tabindex=\"0\""
                        + readableWidth(svg) + ">").raw(svg).raw("</div></figure>\n");
            }
        }
    }

    /** The line of the diagram's source that writes {@code url}, or its first line when the source spells it otherwise. */
    private static Position lineOf(String url, String source, Position first) {
        int offset = source.indexOf(url);
        return offset < 0 ? first : first.plusLines((int) source.substring(0, offset).chars().filter(c -> c == '\n').count());
    }

    /** The style that keeps a diagram's text readable (the theme's --readable-width), or "" when its SVG does not say. */
    static String readableWidth(String svg) {
        int width = ReadableWidth.of(svg);
        return width == 0 ? "" : " style=\"--readable-width: " + width + "px\"";
    }
}
