package studyguide.view;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import studyguide.cache.Cache;
import studyguide.output.OutputFile;
import studyguide.output.OutputSink;
import studyguide.problem.Position;
import studyguide.problem.Problems;

/**
 * Renders the theme's FreeMarker templates ({@code .ftlh}, HTML auto-escaped; {@code .ftl} for plain
 * text) with one configuration per build; template errors are recorded with the template's file and line.
 *
 * <p>A template's model is a record ({@link PageModel} for pages): the template reads its components by
 * name, and the compiler checks what each template is given. Templates also have {@code <@kept key=[...]>}
 * ({@link RenderedKept}), kept between builds in {@code serve}, and {@code <@once key=[...]>}
 * ({@link RenderedOnce}), kept for this renderer's build.
 */
public final class TemplateRenderer {

    private final Path folder;
    private final Configuration configuration;
    private final Cache<List<Object>, LastPage> pages;
    private final Cache<List<Object>, Object> pagesWritten;
    private final Problems problems;
    private final RenderedOnce once = new RenderedOnce();
    private final RenderedKept kept;

    /**
     * A renderer of the theme in {@code folder} ({@link #configuration}) that reuses the pages earlier builds
     * with the same caches rendered from equal models ({@code serve}): {@code pages} each page of {@link
     * #renderBytes} as last rendered, {@code pagesWritten} how the site's writer recorded a page it wrote, for
     * pages rendered into their file ({@link OutputSink#keep}), and {@code blocks} the theme's {@code <@kept>}
     * blocks ({@link RenderedKept}); {@link Cache#none()} for one build.
     */
    public TemplateRenderer(Path folder, Problems problems, Configuration configuration, Cache<List<Object>, LastPage> pages,
            Cache<List<Object>, Object> pagesWritten, Cache<List<Object>, byte[]> blocks) {
        this.folder = folder;
        this.problems = problems;
        this.configuration = configuration;
        this.pages = pages;
        this.pagesWritten = pagesWritten;
        this.kept = new RenderedKept(blocks);
    }

    /** The FreeMarker configuration for a theme folder. */
    public static Configuration configuration(Path folder) throws IOException {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_35);
        // The guide's own templates first, then the built-in theme's: a guide overrides single templates.
        TemplateLoader builtIn = new ClassTemplateLoader(TemplateRenderer.class.getClassLoader(), BundledFiles.THEME);
        configuration.setTemplateLoader(Files.isDirectory(folder)
                ? new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(folder.toFile()), builtIn})
                : builtIn);
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setLocale(Locale.ROOT);
        configuration.setNumberFormat("computer");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        // A theme is markup, not a program: no ?new (which makes any class, such as
        // freemarker.template.utility.Execute, and runs shell commands), no ?api into Java objects.
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setObjectWrapper(new ViewObjectWrapper());
        return configuration;
    }

    /** Whether the theme has a template of this name (optional templates are skipped when absent). */
    public boolean has(String name) {
        return Files.isRegularFile(folder.resolve(name))
                || TemplateRenderer.class.getClassLoader().getResource(BundledFiles.THEME + "/" + name) != null;
    }

    /** The rendered text, or null after recording a problem that names the template file and line. */
    public String render(String name, Record model) {
        byte[] bytes = rendered(name, model);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** A page as last rendered: what its model was made from, the model, and the bytes (see {@link #renderBytes}). */
    public record LastPage(Object key, Record model, byte[] bytes) {
    }

    /**
     * One page of a template ({@code page} says which, the same from build to build) as UTF-8, or null after
     * recording a problem. For pages: encoding while rendering skips a page-sized String (two bytes a character
     * once any character is outside Latin-1, as an em dash in a title is) and its copies, which at 10,000
     * questions are tens of megabytes. In a process that builds again and again the page is compared first with
     * the page as last rendered: by {@code key}, which holds everything the model is made from, before the model
     * is made; then by the model, which may be equal to the last one though what it is made from is not (an
     * edited answer changes its category's view, not the sheets that leave answers out).
     */
    public byte[] renderBytes(String name, Object page, Object key, Supplier<? extends Record> model) {
        if (!pages.keeps()) {
            return rendered(name, model.get());
        }
        List<Object> pageKey = List.of(name, page);
        LastPage last = pages.get(pageKey);
        if (last != null && last.key().equals(key)) {
            return last.bytes();
        }
        Record made = model.get();
        byte[] bytes = last != null && last.model().equals(made) ? last.bytes() : rendered(name, made);
        if (bytes != null) {
            pages.put(pageKey, new LastPage(key, made, bytes));
        }
        return bytes;
    }

    /** The rendered page as UTF-8, or null after recording a problem. */
    private byte[] rendered(String name, Record model) {
        return rendered(name, model, null);
    }

    /** {@link #rendered(String, Record)}, adding the keys of the {@code <@kept>} blocks it shows to {@code blocks}. */
    private byte[] rendered(String name, Record model, List<List<Object>> blocks) {
        Utf8Page out = new Utf8Page(64 * 1024);
        try {
            if (!process(name, model, out, blocks)) {
                return null;
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
    }

    /**
     * Renders into {@code out} as the template runs; false after recording a problem, and then what was
     * written is incomplete.
     *
     * @throws IOException when writing to {@code out} fails
     */
    public boolean render(String name, Record model, Writer out) throws IOException {
        return process(name, model, out, null);
    }

    /**
     * A page kept from an earlier build: the file the sink wrote for it, and the keys of the {@code <@kept>}
     * blocks it shows, which stay kept while it is.
     */
    private record WrittenPage(Object file, List<List<Object>> blocks) {
    }

    /**
     * Renders a page into its file in {@code sink}: straight into the file as the template runs, or, in a
     * process that builds again and again, through the pages kept from earlier builds.
     */
    public boolean render(String name, Record model, OutputSink sink, String path) throws IOException {
        return render(name, model, () -> model, sink, path);
    }

    /**
     * Renders a page into its file in {@code sink} as {@link #render(String, Record, OutputSink, String)} does,
     * but in a process that builds again and again looks the page up by {@code key} before its model is made:
     * {@code key} holds everything the model is made from (the model is a function of it), so a page kept
     * from an earlier build costs neither making its model nor comparing one. What is kept is the file the
     * sink wrote, not the page: at 10,000 questions the pages are 200 MB a process would otherwise hold.
     */
    public boolean render(String name, Object key, Supplier<? extends Record> model, OutputSink sink, String path)
            throws IOException {
        if (!pagesWritten.keeps()) {
            Record page = model.get();
            try (Writer out = sink.createText(path)) {
                return process(name, page, out, null);
            }
        }
        List<Object> cacheKey = List.of(name, key);
        if (pagesWritten.get(cacheKey) instanceof WrittenPage written && sink.keep(path, written.file())) {
            kept.stillUsed(written.blocks());
            return true;
        }
        List<List<Object>> blocks = new ArrayList<>();
        byte[] page = rendered(name, model.get(), blocks);
        if (page == null) {
            return false;
        }
        Object file = sink.addKeepable(new OutputFile(path, page));
        if (file != null) {
            pagesWritten.put(cacheKey, new WrittenPage(file, List.copyOf(blocks)));
        }
        return true;
    }

    private boolean process(String name, Record model, Writer out, List<List<Object>> blocks) throws IOException {
        Template template;
        try {
            template = configuration.getTemplate(name);
        } catch (TemplateNotFoundException e) {
            problems.add(Position.of(folder.resolve(name)), "template not found; the theme needs " + name);
            return false;
        } catch (ParseException e) {
            problems.add(at(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), name),
                    "template syntax error: " + e.getEditorMessage());
            return false;
        } catch (IOException e) {
            problems.add(Position.of(folder.resolve(name)), "could not read the template: " + e.getMessage());
            return false;
        }
        // An IOException from here on is the output's, not the theme's: it goes to the caller.
        try {
            Environment env = template.createProcessingEnvironment(model, out);
            env.setGlobalVariable(RenderedOnce.NAME, once);
            env.setGlobalVariable(RenderedKept.NAME, kept);
            if (blocks != null) {
                env.setCustomAttribute(RenderedKept.USED, blocks);
            }
            env.process();
            return true;
        } catch (TemplateNotFoundException e) {
            problems.add(Position.of(folder.resolve(name)), "template not found; the theme needs " + name);
        } catch (ParseException e) {
            problems.add(at(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), name),
                    "template syntax error: " + e.getEditorMessage());
        } catch (TemplateException e) {
            problems.add(at(e.getTemplateSourceName(), lineOf(e.getLineNumber()), lineOf(e.getColumnNumber()), name),
                    "template error: " + summary(e.getMessageWithoutStackTop()));
        } catch (StackOverflowError e) {
            // FreeMarker has no depth limit of its own: a macro or include that calls itself without end
            // runs until the stack is gone. Only this template's rendering unwinds; nothing shared is left
            // half-changed.
            problems.add(Position.of(folder.resolve(name)), "template error: a macro, function or include calls "
                    + "itself without end (the rendering ran out of stack); make the recursion stop");
        }
        return false;
    }

    private Position at(String source, int line, int column, String fallback) {
        return new Position(folder.resolve(source == null ? fallback : source), Math.max(line, 0), Math.max(column, 0));
    }

    private static int lineOf(Integer value) {
        return value == null ? 0 : value;
    }

    /** FreeMarker's messages run to many lines of tips; keep the sentence and the failing expression. */
    private static String summary(String message) {
        StringBuilder result = new StringBuilder();
        for (String line : message.lines().toList()) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("----") || s.startsWith("Tip:") || s.startsWith("FTL stack")) {
                if (result.length() > 0 && (s.startsWith("----") || s.startsWith("Tip:"))) {
                    break;
                }
                continue;
            }
            if (result.length() > 0) {
                result.append(' ');
            }
            result.append(s.replaceAll("\\s+\\[in template.*]$", ""));
        }
        return result.toString();
    }
}
