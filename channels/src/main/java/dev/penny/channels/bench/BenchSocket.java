package dev.penny.channels.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One benchmark visitor: a real WebSocket client speaking Penny's envelope protocol. A question is answered when a
 * {@code bot.message} names it in {@code replyTo}, or, on the echo endpoint, when the same frame comes back.
 */
final class BenchSocket {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Penny allows a connection ten session starts; a visitor handed off that often reconnects, as a person would. */
    private static final int STARTS_PER_CONNECTION = 10;

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final CompletableFuture<String> started = new CompletableFuture<>();
    private final AtomicInteger errors;
    private final AtomicInteger sequence = new AtomicInteger();
    private final String name;
    private volatile String conversationId;
    private HttpClient client;
    private URI url;
    private volatile WebSocket socket;
    private int starts;
    private final List<WebSocket> retired = new CopyOnWriteArrayList<>();

    /** A question on its way: when it left, and what to do with the answer. */
    record Pending(long sentNanos, CompletableFuture<Answer> answer) {}

    /** An answer: latency in milliseconds and the source Penny gave ({@code faq}, {@code llm}, … or {@code echo}). */
    record Answer(double latencyMs, String source) {}

    private BenchSocket(String name, AtomicInteger errors) {
        this.name = name;
        this.errors = errors;
    }

    static BenchSocket open(HttpClient client, URI url, String name, AtomicInteger errors, boolean startSession)
            throws Exception {
        BenchSocket visitor = new BenchSocket(name, errors);
        visitor.client = client;
        visitor.url = url;
        visitor.socket = visitor.connect();
        if (startSession) {
            visitor.sendFrame("session.start", null, null, Map.of());
            visitor.started.get(30, TimeUnit.SECONDS);
        }
        return visitor;
    }

    private WebSocket connect() throws Exception {
        String origin = "http://" + url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : "");
        return client.newWebSocketBuilder()
                .header("Origin", origin)
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(url, new Frames())
                .get(10, TimeUnit.SECONDS);
    }

    /** Sends a question and returns when its answer arrives. */
    CompletableFuture<Answer> ask(String text) {
        String id = name + "-" + sequence.incrementAndGet();
        Pending p = new Pending(System.nanoTime(), new CompletableFuture<>());
        pending.put(id, p);
        sendFrame("user.message", conversationId, id, Map.of("text", text));
        return p.answer();
    }

    int unanswered() {
        return pending.size();
    }

    private synchronized void sendFrame(String type, String conversationId, String id, Map<String, Object> payload) {
        if (type.equals("session.start")) {
            starts++;
        }
        Map<String, Object> frame = new java.util.LinkedHashMap<>();
        frame.put("v", 1);
        frame.put("type", type);
        if (conversationId != null) {
            frame.put("conversationId", conversationId);
        }
        if (id != null) {
            frame.put("id", id);
        }
        frame.put("payload", payload);
        // the JDK client allows one outstanding send per socket; join keeps sends in order
        socket.sendText(JSON.writeValueAsString(frame), true).join();
    }

    /** Frames of one connection, reassembled; a reconnect gets its own. */
    private final class Frames implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                // Also after a reconnect: answers to questions asked on the old connection still count.
                handle(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            errors.incrementAndGet();
            started.completeExceptionally(error);
        }
    }

    private void handle(String text) {
        JsonNode frame = JSON.readTree(text);
        String type = frame.path("type").asString("");
        switch (type) {
            case "session.started" ->
                started.complete(frame.path("payload").path("conversationId").asString());
            case "bot.message" ->
                answer(
                        frame.path("payload").path("replyTo").asString(null),
                        frame.path("payload").path("source").asString("?"));
            case "ack" -> acknowledged(frame);
            case "user.message" -> answer(frame.path("id").asString(null), "echo");
            case "error" -> errors.incrementAndGet();
            default -> {}
        }
    }

    /**
     * A question the bot handed to a person gets no bot answer while the conversation waits for an agent: it counts
     * as answered by the handoff, and the visitor starts a fresh conversation so that later questions reach the bot.
     */
    private void acknowledged(JsonNode frame) {
        String state = frame.path("payload").path("state").asString("bot");
        if (!state.equals("bot") && !state.equals("closed")) {
            // Started before the answer completes, so the visitor's next question goes to the new conversation: the
            // server handles one socket's frames in order.
            startOver();
            answer(frame.path("id").asString(null), "handoff");
        }
    }

    private void answer(String id, String source) {
        Pending p = id == null ? null : pending.remove(id);
        if (p != null) {
            p.answer().complete(new Answer((System.nanoTime() - p.sentNanos()) / 1e6, source));
        }
    }

    private synchronized void startOver() {
        if (starts >= STARTS_PER_CONNECTION) {
            WebSocket old = socket;
            try {
                socket = connect();
            } catch (Exception e) {
                errors.incrementAndGet();
                return;
            }
            starts = 0;
            // Kept open until the end: answers to questions still in flight on it must arrive.
            retired.add(old);
        }
        sendFrame("session.start", null, null, Map.of());
    }

    void close() {
        retired.forEach(old -> old.sendClose(WebSocket.NORMAL_CLOSURE, "bench done"));
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bench done").orTimeout(2, TimeUnit.SECONDS);
    }
}
