package studyguide.quality;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds every broken link in a built site: each URL in an HTML attribute or a stylesheet's
 * {@code url(...)} must be relative and name an existing file (and an existing id for a {@code #fragment}),
 * or be a well-formed https URL. A URL under the site's own base URL counts as internal.
 */
final class LinkChecker {

    /** Attributes that hold one URL. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "xlink:href", "action", "formaction",
            "poster", "data", "cite", "longdesc", "manifest");
    /** Attributes that hold a list of "URL descriptor" candidates. */
    private static final Set<String> SRCSET_ATTRIBUTES = Set.of("srcset", "imagesrcset");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");

    private final Path root;
    private final String baseUrl;
    private final Map<Path, Document> parsed = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    private LinkChecker(Path root, String baseUrl) {
        this.root = root.toAbsolutePath().normalize();
        this.baseUrl = baseUrl;
    }

    /** Every broken link of the site, each as {@code file: problem}; empty when all links work. */
    static List<String> problems(Path root, String baseUrl) throws IOException {
        LinkChecker checker = new LinkChecker(root, baseUrl);
        checker.checkAll();
        return checker.problems;
    }

    private void checkAll() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".html")) {
                checkPage(file);
            } else if (name.endsWith(".css")) {
                Matcher m = CSS_URL.matcher(Files.readString(file));
                while (m.find()) {
                    check(file, m.group(1).strip(), false);
                }
            }
        }
    }

    private void checkPage(Path file) throws IOException {
        Document doc = parse(file);
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase();
                if (URL_ATTRIBUTES.contains(key)) {
                    check(file, a.getValue().strip(), true);
                } else if (SRCSET_ATTRIBUTES.contains(key)) {
                    for (String candidate : a.getValue().split(",")) {
                        String url = candidate.strip().split("\\s+")[0];
                        if (!url.isEmpty()) {
                            check(file, url, true);
                        }
                    }
                }
            }
            if ("meta".equals(e.tagName()) && "og:image".equals(e.attr("property"))) {
                check(file, e.attr("content").strip(), false); // a social card: absolute, under the base address
            }
            if ("meta".equals(e.tagName()) && "refresh".equalsIgnoreCase(e.attr("http-equiv"))) {
                String content = e.attr("content");
                int url = content.toLowerCase().indexOf("url=");
                if (url >= 0) {
                    check(file, content.substring(url + 4).strip(), true);
                }
            }
        }
    }

    private void check(Path from, String url, boolean fragmentsAllowed) throws IOException {
        if (url.isEmpty()) {
            problem(from, "empty link");
            return;
        }
        if (url.startsWith("data:")) {
            return; // embedded, not a link
        }
        if (baseUrl != null && url.startsWith(baseUrl)) {
            // Absolute links into the site itself (canonical links, the 404 page) are followed on a web
            // server, which serves a folder's index.html.
            String path = url.substring(baseUrl.length());
            String folderIndex = path.isEmpty() || path.startsWith("#") || path.startsWith("?") ? "index.html" : "";
            resolve(from, root.resolve("x"), folderIndex + path.replaceFirst("/(?=$|[?#])", "/index.html"), url,
                    fragmentsAllowed);
            return;
        }
        if (url.startsWith("//")) {
            problem(from, "protocol-relative link (breaks from file://): " + url);
        } else if (SCHEME.matcher(url).find()) {
            checkExternal(from, url);
        } else if (url.startsWith("/")) {
            problem(from, "link from the domain root (breaks under a project path and from file://): " + url);
        } else {
            resolve(from, from, url, url, fragmentsAllowed);
        }
    }

    private void checkExternal(Path from, String url) {
        try {
            URI uri = new URI(url);
            // An http:// source is kept (with a warning when building): many sources have no https.
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
                problem(from, "external link that is neither https nor http: " + url);
            } else if (uri.getHost() == null || !uri.getHost().contains(".")) {
                problem(from, "web link without a valid host: " + url);
            }
        } catch (URISyntaxException e) {
            problem(from, "malformed URL (" + e.getReason() + "): " + url);
        }
    }

    /** Resolves {@code relative} against the folder of {@code base} and checks the file and fragment. */
    private void resolve(Path from, Path base, String relative, String shown, boolean fragmentsAllowed) throws IOException {
        String path = relative;
        String fragment = null;
        int hash = path.indexOf('#');
        if (hash >= 0) {
            fragment = path.substring(hash + 1);
            path = path.substring(0, hash);
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        Path target;
        try {
            target = path.isEmpty() ? base : base.getParent().resolve(URLDecoder.decode(path.replace("+", "%2B"),
                    StandardCharsets.UTF_8)).normalize();
        } catch (IllegalArgumentException e) { // a bad %-escape or a path the file system refuses
            problem(from, "malformed link: " + shown);
            return;
        }
        if (!target.startsWith(root)) {
            problem(from, "link that leaves the site: " + shown);
        } else if (!Files.isRegularFile(target)) {
            problem(from, (Files.isDirectory(target) ? "link to a folder (breaks from file://): " : "missing file: ") + shown);
        } else if (fragment != null) {
            String id = URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
            if (target.getFileName().toString().endsWith(".pdf") && id.matches("page=[1-9][0-9]*")) {
                return; // a PDF viewer opens the page a guide's link names (RFC 8118's open parameters)
            }
            if (!fragmentsAllowed || !target.getFileName().toString().endsWith(".html")) {
                problem(from, "fragment on a file that is not a page: " + shown);
            } else if (id.isEmpty()) {
                problem(from, "empty fragment '#' (a link to nowhere): " + shown);
            } else if (parse(target).getElementById(id) == null && parse(target).selectFirst("a[name=\"" + id.replace("\"", "") + "\"]") == null) {
                problem(from, "no element with id '" + id + "': " + shown);
            }
        }
    }

    private Document parse(Path file) throws IOException {
        Document doc = parsed.get(file);
        if (doc == null) {
            doc = Jsoup.parse(file.toFile(), "UTF-8");
            parsed.put(file, doc);
        }
        return doc;
    }

    private void problem(Path file, String message) {
        problems.add(root.relativize(file) + ": " + message);
    }
}
