package studyguide;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;
import studyguide.serve.Serve;
import studyguide.write.UnsafeOutputException;

/** {@code serve}: a live preview on http://127.0.0.1:8000 that rebuilds and reloads as files change. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Serves a live preview on http://127.0.0.1:8000/ that rebuilds as you save.",
                "Builds the guide, serves it, and rebuilds it whenever a file in the content or templates folder "
                        + "changes; open pages reload by themselves and show content errors. Ctrl+C stops it."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    Main.SourceFolders sources;

    @Option(names = "--output", paramLabel = "DIR",
            description = "Also keep the served site in this folder (replaced on every rebuild); by default it lives in"
                    + " a temporary folder that is deleted on exit, and site/ is left alone.")
    Path output;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8000",
            description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this computer only; 0.0.0.0 serves your network).")
    String bind;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The site's public address, to preview canonical links and sitemap.xml.")
    String baseUrl;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InetAddress address;
        String base;
        try {
            address = InetAddress.getByName(bind);
            base = Main.baseUrl(baseUrl);
        } catch (UnknownHostException e) {
            err.println("studyguide: --bind: unknown address '" + bind + "'");
            return Main.USAGE;
        } catch (IllegalArgumentException e) {
            err.println("studyguide: " + e.getMessage());
            return Main.USAGE;
        }
        if (port < 0 || port > 65535) {
            err.println("studyguide: --port must be between 0 and 65535");
            return Main.USAGE;
        }
        Serve serve;
        try {
            serve = Serve.start(new Serve.Options(sources.content, sources.templates, output, base, address, port,
                    System.getenv()), out, err);
        } catch (BindException e) {
            err.println("studyguide: cannot listen on " + bind + ":" + port + " (" + e.getMessage()
                    + "); is another server running? Choose another port with --port");
            return Main.USAGE;
        } catch (UnsafeOutputException e) {
            err.println("studyguide: " + e.getMessage());
            return Main.USAGE;
        } catch (IOException e) {
            err.println("studyguide: " + e.getMessage());
            return Main.CONTENT_ERRORS;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            serve.close();
            out.println("Stopped.");
            out.flush();
        }, "studyguide-stop"));
        if (!address.isLoopbackAddress()) {
            err.println("Note: listening on " + bind + ": anyone who can reach this computer can read the guide.");
        }
        out.println("Serving " + serve.address() + " — watching " + sources.content + "/ and " + sources.templates + "/; Ctrl+C stops.");
        out.flush();
        serve.awaitClose();
        return Main.OK;
    }
}
