package studyguide.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import studyguide.model.LinkSchemes;

/**
 * What in a file the site links to would run script when a reader's browser opens it: the site publishes the
 * file under its own address, so a script in it would run as the guide's own pages do, with the reader's notes
 * and progress kept there. A picture in {@code <img>} runs none, but anyone can open its address. Files a browser
 * shows as pages are read for script: SVG and the other XML documents with the JDK's StAX parser, as a browser
 * reads them (the DTD's own entities expanded, nothing read from elsewhere), HTML not at all, as it cannot be read
 * here as the browser would.
 */
final class ScriptInFile {

    /** Files a browser shows as a web page, which this class does not read. */
    private static final Set<String> WEB_PAGES = Set.of("shtml", "shtm", "mht", "mhtml", "php", "asp", "aspx", "jsp");
    /** XML documents a browser shows itself, where elements of XHTML or SVG can run script. */
    private static final Set<String> XML_DOCUMENTS = Set.of("svg", "svgz", "xml", "xhtml", "xht", "xhtm", "xsl", "xslt",
            "rdf", "rss", "atom");
    /** Elements that run script or load another document in their place. */
    private static final Set<String> SCRIPT_ELEMENTS = Set.of("script", "iframe", "frame", "frameset", "object", "embed",
            "applet", "handler", "listener", "base", "portal");
    /** Attributes that hold an address the browser follows or loads, or values an animation sets one to. */
    private static final Set<String> ADDRESSES = Set.of("href", "src", "action", "formaction", "data", "codebase",
            "background", "poster", "to", "from", "by", "values");
    /** The most bytes a compressed SVG may expand to before it is taken as too large to read. */
    private static final int MAX_EXPANDED = 16 * 1024 * 1024;

    private ScriptInFile() {
    }

    /**
     * Why a browser opening this file would run script, as the end of a sentence that names the file ("has a
     * &lt;script&gt; element"), or null when it would not.
     *
     * @param extension the file name's extension, lower-cased
     */
    static String of(byte[] bytes, String extension) {
        if (WEB_PAGES.contains(extension)) {
            return "is a web page (." + extension + "), which a browser runs the scripts of";
        }
        if (!XML_DOCUMENTS.contains(extension)) {
            return null;
        }
        byte[] xml = bytes;
        if (extension.equals("svgz")) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                xml = in.readNBytes(MAX_EXPANDED + 1);
            } catch (IOException e) {
                return "cannot be read as a compressed SVG picture, to see whether it runs script";
            }
            if (xml.length > MAX_EXPANDED) {
                return "expands to more than " + MAX_EXPANDED / (1024 * 1024) + " MB, too much to read for script";
            }
        }
        return scan(xml);
    }

    private static String scan(byte[] bytes) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // A browser expands the entities a file's DTD declares, so they are expanded here too; nothing is read
        // from another file or address (an external DTD reads as empty), and the JDK's limits stop entity bombs.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, true);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> new ByteArrayInputStream(new byte[0]));
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            try {
                while (xml.hasNext()) {
                    int event = xml.next();
                    String found = event == XMLStreamConstants.START_ELEMENT ? element(xml)
                            : event == XMLStreamConstants.PROCESSING_INSTRUCTION ? instruction(xml) : null;
                    if (found != null) {
                        return found;
                    }
                }
                return null;
            } finally {
                xml.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            // A browser shows a file it cannot parse as an error page, which runs nothing; but it may read what
            // this parser refuses (a DTD it reads differently), so such a file is not taken as safe.
            return "cannot be read as XML here (" + lastLine(e.getMessage()) + "), to see whether it runs script";
        }
    }

    private static String element(XMLStreamReader xml) {
        String name = xml.getLocalName().toLowerCase(Locale.ROOT);
        if (SCRIPT_ELEMENTS.contains(name)) {
            return "has a <" + xml.getLocalName() + "> element";
        }
        boolean image = name.equals("image") || name.equals("img") || name.equals("feimage");
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String attribute = xml.getAttributeLocalName(i).toLowerCase(Locale.ROOT);
            String value = xml.getAttributeValue(i);
            if (attribute.startsWith("on")) {
                return "has an event handler ('" + xml.getAttributeLocalName(i) + "' on <" + xml.getLocalName() + ">)";
            }
            if (attribute.equals("srcdoc")) {
                return "has a document written into <" + xml.getLocalName() + "> ('srcdoc')";
            }
            if (ADDRESSES.contains(attribute)) {
                for (String address : value.split(";")) {
                    String scheme = LinkSchemes.scheme(address);
                    // A picture written into the file (data:image/png;base64,...) is shown, not run.
                    boolean picture = image && "data".equals(scheme);
                    if (scheme != null && !picture && !LinkSchemes.ALLOWED.contains(scheme)) {
                        return "links to '" + scheme + ":' ('" + xml.getAttributeLocalName(i) + "' on <" + xml.getLocalName() + ">)";
                    }
                }
            }
        }
        return null;
    }

    /** An XSLT style sheet ({@code <?xml-stylesheet type="text/xsl" ...?>}) can write script into the page it makes. */
    private static String instruction(XMLStreamReader xml) {
        String data = xml.getPIData() == null ? "" : xml.getPIData().toLowerCase(Locale.ROOT);
        if (xml.getPITarget().equalsIgnoreCase("xml-stylesheet") && !data.contains("text/css")) {
            return "has a style sheet that is not CSS (<?xml-stylesheet " + xml.getPIData() + "?>)";
        }
        return null;
    }

    private static String lastLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        String line = message.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse(message).strip();
        return line.length() <= 120 ? line : line.substring(0, 117) + "...";
    }
}
