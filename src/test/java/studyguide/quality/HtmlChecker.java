package studyguide.quality;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (the engine of validator.w3.org/nu), run in-process on one page at a time; it
 * reports what the public checker reports as errors, warnings aside.
 */
final class HtmlChecker {

    /** The schema the public checker uses for text/html documents. */
    private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator;
    private final Collector errors = new Collector();

    HtmlChecker() {
        try {
            // Arguments: the HTML5 schema is loaded from the jar, no extra Schematron, no language detection
            // (a guide's pages are English by template, and detection would only warn).
            validator = new SimpleDocumentValidator(true, false, false);
            validator.setUpMainSchema(HTML5_SCHEMA, errors);
            validator.setUpValidatorAndParsers(errors, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("the Nu HTML Checker could not start", e);
        }
    }

    /** The errors in one page, each as {@code line:column: message}; empty when the page is valid. */
    synchronized List<String> errors(Path page) throws IOException {
        errors.found.clear();
        try (InputStream in = Files.newInputStream(page)) {
            InputSource source = new InputSource(in);
            source.setSystemId(page.toUri().toString());
            source.setEncoding("UTF-8");
            validator.checkHtmlInputSource(source);
        } catch (SAXException e) {
            errors.found.add("fatal: " + e.getMessage());
        }
        return List.copyOf(errors.found);
    }

    /** Keeps errors and fatal errors; the public checker's warnings are advice, not failures. */
    private static final class Collector implements ErrorHandler {
        final List<String> found = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            found.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            found.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": fatal: " + e.getMessage());
        }
    }
}
