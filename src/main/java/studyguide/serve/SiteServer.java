package studyguide.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Serves the built site over HTTP with the JDK's own server, adding to every HTML page one script
 * that follows {@link LiveReload}'s events. The script is added while serving: the files on disk are
 * the site exactly as {@code build} writes it.
 */
final class SiteServer {

    /** A file of a guide's exports: site/export/, or a library guide's site/<guide-id>/export/. */
    private static final Pattern EXPORTS = Pattern.compile("/([a-z0-9-]+/)?export/.+");

    /** Paths under this prefix belong to the server, never to the site. */
    static final String PREFIX = "/__studyguide/";
    static final String EVENTS = PREFIX + "events";
    static final String SCRIPT = PREFIX + "live.js";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("xml", "application/xml"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"), Map.entry("ico", "image/x-icon"), Map.entry("pdf", "application/pdf"),
            Map.entry("woff2", "font/woff2"), Map.entry("woff", "font/woff"));
    /** A comment line every so often keeps idle event streams open through proxies and sleeping laptops. */
    private static final long KEEP_ALIVE_SECONDS = 15;

    private final HttpServer server;
    private final ExecutorService threads;
    private final LiveReload live;
    private final Supplier<Path> root;
    private final byte[] script;
    private final BooleanSupplier exports;
    private final Runnable served;
    private final boolean loopback;

    /**
     * @param root the folder of the site now being served (it changes as builds swap it), or null
     *     while no build has succeeded yet
     * @param exports writes site/export/ when it is missing (rebuilds leave it out); false if it cannot
     * @param served told each time a request (but the event stream) has been answered
     */
    SiteServer(InetSocketAddress address, Supplier<Path> root, LiveReload live, BooleanSupplier exports,
            Runnable served) throws IOException {
        this.root = root;
        this.exports = exports;
        this.served = served;
        this.loopback = address.getAddress().isLoopbackAddress();
        this.live = live;
        try (InputStream in = SiteServer.class.getResourceAsStream("live.js")) {
            if (in == null) {
                throw new IOException("live.js is missing from the class path");
            }
            script = in.readAllBytes();
        }
        server = HttpServer.create(address, 0);
        threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "studyguide-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    InetSocketAddress address() {
        return server.getAddress();
    }

    void stop() {
        live.closeAll();
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "Only GET and HEAD.".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (loopback && !localHost(exchange.getRequestHeaders().getFirst("Host"))) {
                // A web page that points its own domain name at 127.0.0.1 (DNS rebinding) must not read the guide.
                send(exchange, 403, TYPES.get("txt"), "Only this computer's own addresses may ask.".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.equals(EVENTS)) {
                events(exchange);
                return;
            }
            try {
                if (path.equals(SCRIPT)) {
                    send(exchange, 200, TYPES.get("js"), script);
                } else {
                    file(exchange, path);
                }
            } finally {
                served.run();
            }
        } catch (IOException e) {
            // the browser went away mid-response; nothing to do
        }
    }

    private void file(HttpExchange exchange, String path) throws IOException {
        Path site = root.get();
        if (site == null) {
            byte[] waiting = waitingPage().getBytes(StandardCharsets.UTF_8);
            send(exchange, 503, TYPES.get("html"), inject(waiting, live.state().version()));
            return;
        }
        Path file = resolve(site, path);
        if (file != null && EXPORTS.matcher(path).matches() && !Files.exists(file) && exports.getAsBoolean()) {
            site = root.get();
            file = resolve(site, path);
        }
        if (file != null && Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                exchange.getResponseHeaders().set("Location", path + "/");
                send(exchange, 301, TYPES.get("txt"), new byte[0]);
                return;
            }
            file = file.resolve("index.html");
        }
        int status = 200;
        if (file == null || !Files.isRegularFile(file) || !inside(site, file)) {
            status = 404;
            file = site.resolve("404.html");
            if (!Files.isRegularFile(file)) {
                send(exchange, 404, TYPES.get("txt"), "Not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            // a rebuild swapped the folder while we read: the next request gets the new site
            send(exchange, 503, TYPES.get("txt"), "The site is being rebuilt; reload.".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String type = type(file);
        if (type.startsWith("text/html")) {
            bytes = inject(bytes, live.state().version());
        }
        send(exchange, status, type, bytes);
    }

    /** Whether a Host header names this computer (localhost, 127.x.x.x or ::1), with or without a port. */
    static boolean localHost(String host) {
        if (host == null) {
            return false;
        }
        String name = host.startsWith("[") ? host.substring(1, Math.max(1, host.indexOf(']')))
                : host.contains(":") ? host.substring(0, host.indexOf(':')) : host;
        return name.equalsIgnoreCase("localhost") || name.matches("127(\\.\\d{1,3}){3}") || name.equals("::1");
    }

    /**
     * Whether {@code file} is inside the site once symbolic links are followed: the build writes none, but the
     * served folder ({@code --output}) may be one others can write to, and a link there must not serve the machine's
     * files.
     */
    static boolean inside(Path site, Path file) {
        try {
            return file.toRealPath().startsWith(site.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** The file a URL path names inside the site, or null when it would leave it. */
    static Path resolve(Path site, String urlPath) {
        if (urlPath.indexOf('\0') >= 0 || urlPath.contains("\\") || !urlPath.startsWith("/")) {
            return null;
        }
        Path file = site.resolve(urlPath.substring(1)).normalize();
        return file.startsWith(site) ? file : null;
    }

    /**
     * The page (UTF-8) with the live script added before its last {@code </body>}, in any case, or at the end,
     * marked with the version it shows. Found in the bytes: a category page of 1,000 questions is 800 KB,
     * which decoded, lower-cased and encoded again took about 8 ms a request, while a rebuild waited for the
     * cores; no byte of a multi-byte UTF-8 character is ASCII, so the tag cannot be found inside one.
     */
    static byte[] inject(byte[] html, String version) {
        byte[] tag = ("<script src=\"" + SCRIPT + "\" data-version=\"" + version + "\"></script>\n")
                .getBytes(StandardCharsets.UTF_8);
        int end = lastBodyEnd(html);
        int at = end < 0 ? html.length : end;
        byte[] page = new byte[html.length + tag.length];
        System.arraycopy(html, 0, page, 0, at);
        System.arraycopy(tag, 0, page, at, tag.length);
        System.arraycopy(html, at, page, at + tag.length, html.length - at);
        return page;
    }

    private static int lastBodyEnd(byte[] html) {
        byte[] end = "</body>".getBytes(StandardCharsets.US_ASCII);
        for (int i = html.length - end.length; i >= 0; i--) {
            int k = 0;
            while (k < end.length && lowerCase(html[i + k]) == end[k]) {
                k++;
            }
            if (k == end.length) {
                return i;
            }
        }
        return -1;
    }

    private static int lowerCase(byte b) {
        return b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
    }

    private static String waitingPage() {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>studyguide serve</title>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head><body>"
                + "<p>The guide has not built yet. Fix the problems shown here (and in the terminal) and save: "
                + "this page shows the guide as soon as it builds.</p></body></html>\n";
    }

    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        if (exchange.getRequestMethod().equals("HEAD")) {
            return;
        }
        BlockingQueue<String> queue = live.connect();
        try {
            OutputStream body = exchange.getResponseBody();
            body.write("retry: 1000\n\n".getBytes(StandardCharsets.UTF_8));
            body.flush();
            while (true) {
                String event = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                if (LiveReload.CLOSE.equals(event)) {
                    return;
                }
                body.write((event == null ? ": keep-alive\n\n" : event).getBytes(StandardCharsets.UTF_8));
                body.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            live.disconnect(queue);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        // A preview must never show a stale copy of a page after a rebuild.
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    static String type(Path file) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }
}
