package studyguide.print;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.w3c.dom.Document;
import studyguide.output.OutputFile;

/**
 * Renders a page of the site to PDF in pure Java (openhtmltopdf on PDFBox, SVG through Batik), with the
 * page's own CSS and fonts, so that the PDF looks like the browser's print of the same page.
 *
 * <p>The page and everything it links to are read from the site being built, never from disk or the
 * network. The PDF's fonts are embedded (subset) and its text is real text. The output is deterministic:
 * no dates, and a document id derived from the input. Safe to use from several threads at once.
 */
public final class PdfRenderer {

    /** Where the site appears to live for the renderer; only files of the site resolve under it. */
    private static final String BASE = "file:/studyguide-site/";

    /** Held here because java.util.logging forgets the level of a logger nobody references. */
    private static final List<java.util.logging.Logger> QUIET = List.of(
            java.util.logging.Logger.getLogger("org.apache.pdfbox"), java.util.logging.Logger.getLogger("org.apache.fontbox"));

    static {
        // openhtmltopdf logs every stage through java.util.logging; problems reach us as diagnostics instead.
        XRLog.setLoggingEnabled(false);
        QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));
        // PDFBox looks for fonts on the machine (and caches the list in ~/.pdfbox.cache) when a page names a
        // font the document does not embed. The sheets embed their own; the machine's fonts must not change
        // the PDF, nor slow the first build down.
        FontMappers.set(new NoSystemFonts());
    }

    /**
     * A rendered PDF, its page count, the renderer's warnings (resources it could not load), and the paths
     * of the site's files the page asked for (those that do not exist included): with the page itself,
     * everything the PDF depends on.
     */
    public record Pdf(byte[] bytes, int pages, List<String> warnings, List<String> resources) {
    }

    private final Map<String, byte[]> site;
    private final FSCacheEx<String, FSCacheValue> fontMetrics = new FSDefaultCacheStore();

    /** @param site the site's files by their path (with '/'), for the stylesheets and fonts pages link to */
    public PdfRenderer(Map<String, byte[]> site) {
        this.site = Map.copyOf(site);
    }

    /** Renders the page on paper of the given size (the page's CSS sets the margins). */
    public Pdf render(OutputFile page, Paper paper) throws IOException {
        String base = BASE + page.path();
        Document dom = new W3CDom().fromJsoup(Jsoup.parse(new String(page.bytes(), StandardCharsets.UTF_8), base));
        List<String> warnings = new ArrayList<>();
        Set<String> resources = Collections.synchronizedSet(new TreeSet<>());

        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.withW3cDocument(dom, base);
        builder.useDefaultPageSize(paper.widthMm(), paper.heightMm(), PageSizeUnits.MM);
        builder.useProtocolsStreamImplementation(uri -> open(uri, resources), "file", "http", "https", "data", "jar", "ftp");
        if (dom.getElementsByTagNameNS("*", "svg").getLength() > 0) {
            // Batik is slow to start and reads every @font-face again: only for pages with a diagram.
            builder.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                    BatikSVGDrawer.SvgExternalResourceMode.SECURE));
        }
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
        builder.withProducer("studyguide");
        builder.withDiagnosticConsumer(d -> warning(d, warnings));

        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            PDDocument pdf = renderer.getPdfDocument();
            makeDeterministic(pdf, page.bytes(), paper);
            // The document's language, as the page's: screen readers and text extraction read it.
            String lang = dom.getDocumentElement().getAttribute("lang");
            if (!lang.isEmpty()) {
                pdf.getDocumentCatalog().setLanguage(lang);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            synchronized (resources) {
                return new Pdf(out.toByteArray(), pdf.getNumberOfPages(), List.copyOf(warnings), List.copyOf(resources));
            }
        }
    }

    /** Serves only the site's own files; anything else (other files, the network) does not exist. */
    private FSStream open(String uri, Set<String> resources) {
        String path = uri.startsWith(BASE) ? uri.substring(BASE.length()) : null;
        byte[] bytes = path == null ? null : site.get(path);
        if (path != null) {
            resources.add(path);
        }
        return new FSStream() {
            @Override
            public InputStream getStream() {
                return bytes == null ? null : new ByteArrayInputStream(bytes);
            }

            @Override
            public Reader getReader() {
                return bytes == null ? null : new InputStreamReader(getStream(), StandardCharsets.UTF_8);
            }
        };
    }

    private static void warning(Diagnostic d, List<String> warnings) {
        if (d.getLevel().intValue() >= Level.WARNING.intValue()) {
            synchronized (warnings) {
                warnings.add(d.getFormattedMessage());
            }
        }
    }

    /** No creation or modification date, and a document id that depends only on the input. */
    private static void makeDeterministic(PDDocument pdf, byte[] html, Paper paper) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setCreationDate(null);
        info.setModificationDate(null);
        byte[] id = md5(html, paper.name().getBytes(StandardCharsets.US_ASCII));
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] md5(byte[]... parts) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            for (byte[] part : parts) {
                md5.update(part);
            }
            return md5.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
