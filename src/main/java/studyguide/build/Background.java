package studyguide.build;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A stage of the build that runs on a thread of its own while the build's thread goes on. Not the common
 * fork-join pool: the stages themselves use it for their parallel streams, and a long task there would
 * take one of its few threads from them.
 */
final class Background<T> {

    private final CompletableFuture<T> result = new CompletableFuture<>();

    private Background() {
    }

    /** Starts the work on a daemon thread, so that a build that fails meanwhile does not wait for it. */
    static <T> Background<T> start(String name, Callable<T> work) {
        Background<T> task = new Background<>();
        Thread thread = new Thread(() -> {
            try {
                task.result.complete(work.call());
            } catch (Exception | Error e) {
                task.result.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /** Waits for the result; the work's exception, if any, is thrown here as it was thrown there. */
    T join() throws IOException {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            } else if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            } else if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Waits for the work to end, however it ends; for clean-up after the build has failed elsewhere. */
    void await() {
        try {
            result.join();
        } catch (RuntimeException e) {
            // The build is failing already; its own error is the one to report.
        }
    }
}
