package dev.penny.channels.replay;

import dev.penny.channels.wire.Frame;
import dev.penny.channels.wire.JsonFrameListener;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A WebSocket client speaking Penny's envelope protocol; received frames go to a consumer, in order. */
final class ReplaySocket implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebSocket socket;

    private ReplaySocket(WebSocket socket) {
        this.socket = socket;
    }

    static ReplaySocket open(HttpClient client, URI url, Map<String, String> headers, Consumer<JsonNode> frames)
            throws Exception {
        WebSocket.Builder builder = client.newWebSocketBuilder()
                .header("Origin", "http://" + url.getHost() + ":" + url.getPort())
                .connectTimeout(Duration.ofSeconds(10));
        headers.forEach(builder::header);
        return new ReplaySocket(builder.buildAsync(url, new JsonFrameListener(frames, code -> {}))
                .get(10, TimeUnit.SECONDS));
    }

    /** A socket whose frames queue up for the caller to take. */
    static ReplaySocket open(HttpClient client, URI url, BlockingQueue<JsonNode> inbox) throws Exception {
        return open(client, url, Map.of(), inbox::add);
    }

    static BlockingQueue<JsonNode> inbox() {
        return new LinkedBlockingQueue<>();
    }

    synchronized void send(String type, String conversationId, String id, Map<String, Object> payload) {
        // the client's envelope is the server's frame shape; the JDK client allows one outstanding send per socket,
        // join keeps sends in order
        socket.sendText(JSON.writeValueAsString(Frame.of(type, conversationId, id, payload)), true)
                .join();
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "replay done").orTimeout(2, TimeUnit.SECONDS);
    }
}
