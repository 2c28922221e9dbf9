package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.wire.JsonFrameListener;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real WebSocket client (the JDK's) speaking Penny's envelope protocol, collecting every frame it receives. */
final class SocketClient implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final List<JsonNode> skipped = new ArrayList<>();
    private final WebSocket socket;
    private volatile Integer closedWith;

    private SocketClient(URI uri, Map<String, String> headers) {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
        headers.forEach(builder::header);
        this.socket = builder.buildAsync(uri, new JsonFrameListener(frames::add, code -> closedWith = code))
                .join();
    }

    static SocketClient visitor(int port) {
        return new SocketClient(URI.create("ws://127.0.0.1:" + port + "/ws/visitor"), Map.of());
    }

    static SocketClient visitor(int port, String origin) {
        return new SocketClient(URI.create("ws://127.0.0.1:" + port + "/ws/visitor"), Map.of("Origin", origin));
    }

    /** A visitor socket through a trusted proxy that says the client is {@code clientAddress}. */
    static SocketClient visitorFrom(int port, String clientAddress) {
        return new SocketClient(
                URI.create("ws://127.0.0.1:" + port + "/ws/visitor"), Map.of("X-Forwarded-For", clientAddress));
    }

    static SocketClient agent(int port, String user, String password) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
        return new SocketClient(
                URI.create("ws://127.0.0.1:" + port + "/ws/agent"), Map.of("Authorization", "Basic " + basic));
    }

    /** Sends an envelope; {@code payload} is a map or record serialised as the payload object. */
    void send(String type, String conversationId, String id, Object payload) {
        Map<String, Object> envelope = new java.util.LinkedHashMap<>();
        envelope.put("v", 1);
        envelope.put("type", type);
        if (conversationId != null) {
            envelope.put("conversationId", conversationId);
        }
        if (id != null) {
            envelope.put("id", id);
        }
        envelope.put("payload", payload == null ? Map.of() : payload);
        sendRaw(JSON.writeValueAsString(envelope));
    }

    void sendRaw(String text) {
        socket.sendText(text, true).join();
    }

    /** The next frame of this type; frames of other types are kept for {@link #skipped()}. */
    JsonNode next(String type) {
        return next(f -> f.path("type").asString().equals(type), type);
    }

    JsonNode next(Predicate<JsonNode> wanted, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            JsonNode frame;
            try {
                frame = frames.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            assertThat(frame)
                    .as("a %s frame (skipped so far: %s)", what, skipped)
                    .isNotNull();
            if (wanted.test(frame)) {
                return frame;
            }
            skipped.add(frame);
        }
    }

    /** Sends {@code session.start} for a new conversation and returns the {@code session.started} payload. */
    JsonNode startSession() {
        send("session.start", null, null, null);
        return next("session.started").path("payload");
    }

    /** Starts a new conversation and returns its id. */
    String startConversation() {
        return startSession().path("conversationId").asString();
    }

    /** Sends a visitor message and returns the bot's answer to it. */
    JsonNode ask(String conversationId, String messageId, String text) {
        send("user.message", conversationId, messageId, Map.of("text", text));
        return answerTo(messageId);
    }

    /** The next {@code bot.message} that answers the message {@code messageId}. */
    JsonNode answerTo(String messageId) {
        return next(f -> answers(f, messageId), "bot.message answering " + messageId);
    }

    static boolean answers(JsonNode frame, String messageId) {
        return frame.path("type").asString().equals("bot.message")
                && frame.path("payload").path("replyTo").asString().equals(messageId);
    }

    /** Sends a {@code leave.message} for the team, with a text and an email address that pass. */
    void leaveMessage(String conversationId, String messageId) {
        send(
                "leave.message",
                conversationId,
                messageId,
                Map.of("text", "please call me back about my card", "email", "visitor@example.com"));
    }

    /** Sends a ping and waits for its pong; the server handles a socket's frames in order. */
    void ping() {
        send("ping", null, "p", null);
        next("pong");
    }

    /** The next error frame, whose code must be {@code code}; the socket must still be open. */
    JsonNode error(String code) {
        JsonNode error = next("error");
        assertThat(error.path("payload").path("code").asString()).isEqualTo(code);
        assertThat(isOpen()).isTrue();
        return error;
    }

    /** The next frame, whatever its type, or null when none arrives within {@code wait}. */
    JsonNode poll(Duration wait) {
        try {
            return frames.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** Frames received but not yet taken, waiting up to {@code wait} for any to arrive. */
    List<JsonNode> drain(Duration wait) throws InterruptedException {
        Thread.sleep(wait.toMillis());
        List<JsonNode> rest = new ArrayList<>();
        frames.drainTo(rest);
        return rest;
    }

    List<JsonNode> skipped() {
        return skipped;
    }

    boolean isOpen() {
        return closedWith == null && !socket.isInputClosed();
    }

    /** Waits for the server to close the socket and returns the close code. */
    int awaitClose() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (closedWith == null && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        assertThat(closedWith).as("closed by the server").isNotNull();
        return closedWith;
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
        }
        socket.abort();
    }
}
