package dev.penny.channels.wire;

import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client side of Penny's sockets for the JDK's {@link WebSocket}: puts each text frame back together from the
 * pieces it may arrive in and hands it on as JSON, and reports the close code. Used by the soak and replay commands'
 * visitors and by the tests' clients.
 */
public final class JsonFrameListener implements WebSocket.Listener {

    /** The close code of a connection that broke without a close frame. */
    public static final int ABNORMAL_CLOSURE = 1006;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StringBuilder partial = new StringBuilder();
    private final Consumer<JsonNode> frames;
    private final IntConsumer closed;

    /**
     * @param frames gets every frame received, in order, on the socket's thread
     * @param closed gets the close code when the server closes the socket, or {@link #ABNORMAL_CLOSURE} when it breaks
     */
    public JsonFrameListener(Consumer<JsonNode> frames, IntConsumer closed) {
        this.frames = frames;
        this.closed = closed;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            frames.accept(JSON.readTree(partial.toString()));
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.accept(statusCode);
        return null;
    }

    /** The connection broke without a close frame: reported as 1006, as browsers report it. */
    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.accept(ABNORMAL_CLOSURE);
    }
}
