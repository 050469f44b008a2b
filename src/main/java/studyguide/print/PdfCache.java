package studyguide.print;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import studyguide.cache.Cache;
import studyguide.cache.DiskCache;
import studyguide.cache.UserCache;
import studyguide.output.OutputFile;

/**
 * Rendered PDFs kept between builds in the user's cache folder, so that a rebuild renders only the sheets
 * whose page, or a file the page loaded (stylesheet, font), changed.
 *
 * <p>A PDF takes tens of milliseconds to lay out, and the first one in a process a second, while a
 * sheet's PDF depends only on its page, the site files the page loads and the renderer's version. An
 * entry is named by the page, its path and the paper, and records the SHA-256 of every site file the
 * renderer asked for (or that the file did not exist); it is used only when all of them are unchanged.
 * Like every {@link UserCache}, a folder that cannot be read or written only makes builds slower.
 */
public final class PdfCache {

    /** Changed whenever the renderer writes a PDF differently (2: the document language), so no older PDF is reused. */
    private static final String MAGIC = "studyguide pdf cache 2";
    private final Cache<String, byte[]> store;
    private final Map<String, byte[]> site;
    private final Map<String, String> hashes = new ConcurrentHashMap<>();
    /**
     * Each page's SHA-256, made once for all its papers: a page's bytes are compared by reference (a record's
     * array), which is enough, as every paper's job is given the same page.
     */
    private final Map<OutputFile, String> pageHashes = new ConcurrentHashMap<>();

    private PdfCache(Cache<String, byte[]> store, Map<String, byte[]> site) {
        this.store = store;
        this.site = site;
    }

    /**
     * A cache in {@code store} for the PDFs of pages of {@code site} (every file of the site being built,
     * by path, for comparing what pages load).
     */
    public static PdfCache of(Cache<String, byte[]> store, Map<String, byte[]> site) {
        return new PdfCache(store, site);
    }

    /** A cache in {@code folder}. */
    public static PdfCache in(Path folder, Map<String, byte[]> site) {
        return of(DiskCache.in(folder, ".pdf"), site);
    }

    /** No cache: every PDF is rendered. */
    public static PdfCache none() {
        return of(Cache.none(), Map.of());
    }

    /** The PDF kept for this page on this paper, if nothing it depends on has changed; else null. */
    PdfRenderer.Pdf get(OutputFile page, Paper paper) {
        byte[] entry = store.keeps() ? store.get(key(page, paper)) : null;
        return entry == null ? null : parse(entry);
    }

    /** Keeps a PDF rendered from this page on this paper. */
    void put(OutputFile page, Paper paper, PdfRenderer.Pdf pdf) {
        if (!store.keeps()) {
            return;
        }
        StringBuilder header = new StringBuilder(MAGIC).append('\n');
        header.append("pages ").append(pdf.pages()).append('\n');
        for (String warning : pdf.warnings()) {
            header.append("warning ").append(oneLine(warning)).append('\n');
        }
        for (String path : pdf.resources()) {
            if (path.indexOf('\n') >= 0) {
                return; // cannot be recorded faithfully: render it again next time
            }
            header.append("resource ").append(hashOf(path)).append(' ').append(path).append('\n');
        }
        header.append('\n');
        ByteArrayOutputStream out = new ByteArrayOutputStream(header.length() + pdf.bytes().length);
        out.writeBytes(header.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(pdf.bytes());
        store.put(key(page, paper), out.toByteArray());
    }

    private PdfRenderer.Pdf parse(byte[] entry) {
        int end = headerEnd(entry);
        if (end < 0) {
            return null;
        }
        String[] lines = new String(entry, 0, end, StandardCharsets.UTF_8).split("\n");
        if (!lines[0].equals(MAGIC)) {
            return null;
        }
        int pages = -1;
        List<String> warnings = new ArrayList<>();
        List<String> resources = new ArrayList<>();
        try {
            for (int i = 1; i < lines.length; i++) {
                String line = lines[i];
                if (line.startsWith("pages ")) {
                    pages = Integer.parseInt(line.substring("pages ".length()));
                } else if (line.startsWith("warning ")) {
                    warnings.add(line.substring("warning ".length()));
                } else if (line.startsWith("resource ")) {
                    int space = line.indexOf(' ', "resource ".length());
                    String path = line.substring(space + 1);
                    if (!line.substring("resource ".length(), space).equals(hashOf(path))) {
                        return null; // a file the PDF used has changed
                    }
                    resources.add(path);
                } else {
                    return null;
                }
            }
        } catch (RuntimeException e) {
            return null; // damaged: render it again
        }
        byte[] pdf = Arrays.copyOfRange(entry, end + 2, entry.length);
        return pages < 0 ? null : new PdfRenderer.Pdf(pdf, pages, List.copyOf(warnings), List.copyOf(resources));
    }

    /** The index of the blank line that ends the header, or -1. */
    private static int headerEnd(byte[] entry) {
        for (int i = 0; i + 1 < entry.length; i++) {
            if (entry[i] == '\n' && entry[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The SHA-256 of a site file, or "-" when the site has no such file. */
    private String hashOf(String path) {
        return hashes.computeIfAbsent(path, p -> {
            byte[] bytes = site.get(p);
            return bytes == null ? "-" : UserCache.sha256(bytes);
        });
    }

    private String key(OutputFile page, Paper paper) {
        return RENDERER + "\n" + paper.name() + "\n" + page.path() + "\n"
                + pageHashes.computeIfAbsent(page, p -> UserCache.sha256(p.bytes()));
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ');
    }

    /**
     * What else a PDF depends on: the renderer's and PDFBox's versions (their jars' names, which carry
     * them) and our use of them; change the number when PdfRenderer's output changes.
     */
    private static final String RENDERER = "pdf renderer 1, " + jarName(PdfRendererBuilder.class) + ", " + jarName(PDDocument.class);

    private static String jarName(Class<?> type) {
        try {
            String location = type.getProtectionDomain().getCodeSource().getLocation().getPath();
            return location.substring(location.lastIndexOf('/', location.length() - 2) + 1);
        } catch (RuntimeException e) {
            return type.getName();
        }
    }
}
