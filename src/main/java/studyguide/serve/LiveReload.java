package studyguide.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The state open pages follow over Server-Sent Events: the version of the site being served and the
 * problems of the latest build. A page reloads when the version differs from the one it was served
 * with, and shows the problems over itself while there are any.
 */
final class LiveReload {

    /** What pages are told: {@code problems} is empty when the latest build succeeded. */
    record State(String version, List<String> problems) {
        String json() {
            ObjectNode node = JSON.createObjectNode();
            node.put("version", version);
            ArrayNode list = node.putArray("problems");
            problems.forEach(list::add);
            try {
                return JSON.writeValueAsString(node);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Ends a client's stream. */
    static final String CLOSE = "\u0000close";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Set<BlockingQueue<String>> clients = new CopyOnWriteArraySet<>();
    private volatile State state;

    LiveReload(State initial) {
        this.state = initial;
    }

    State state() {
        return state;
    }

    /** Publishes a new state to every open page. */
    void publish(State next) {
        state = next;
        String event = event(next);
        clients.forEach(q -> q.offer(event));
    }

    /** A new client's queue, starting with the current state. */
    BlockingQueue<String> connect() {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        queue.offer(event(state));
        clients.add(queue);
        return queue;
    }

    void disconnect(BlockingQueue<String> queue) {
        clients.remove(queue);
    }

    int clients() {
        return clients.size();
    }

    /** Ends every client's stream, so the server can stop. */
    void closeAll() {
        clients.forEach(q -> q.offer(CLOSE));
    }

    /** One Server-Sent Event; the JSON has no line breaks, so it fits on one data line. */
    static String event(State state) {
        return "event: state\ndata: " + state.json() + "\n\n";
    }
}
