package com.example.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.wire.JsonFrameListener;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What Penny's widget does on {@code /ws/visitor}: start a conversation and ask, in Penny's JSON envelopes. */
final class WidgetSocket implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final WebSocket socket;
    final String conversationId;

    WidgetSocket(int port) {
        this.socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(
                        URI.create("ws://127.0.0.1:" + port + "/ws/visitor"),
                        new JsonFrameListener(frames::add, code -> {}))
                .join();
        send("session.start", null, null, Map.of());
        this.conversationId =
                next("session.started").path("payload").path("conversationId").asString();
    }

    /** Sends a message and returns the payload of the bot's answer to it. */
    JsonNode ask(String text) {
        String id = "m-" + UUID.randomUUID();
        send("user.message", conversationId, id, Map.of("text", text));
        while (true) {
            JsonNode frame = next("bot.message");
            if (id.equals(frame.path("payload").path("replyTo").asString())) {
                return frame.path("payload");
            }
        }
    }

    private void send(String type, String conversation, String id, Map<String, Object> payload) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("v", 1);
        envelope.put("type", type);
        if (conversation != null) {
            envelope.put("conversationId", conversation);
            envelope.put("id", id);
        }
        envelope.put("payload", payload);
        socket.sendText(JSON.writeValueAsString(envelope), true).join();
    }

    private JsonNode next(String type) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            JsonNode frame;
            try {
                frame = frames.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            assertThat(frame).as("a " + type + " frame").isNotNull();
            if (frame.path("type").asString().equals(type)) {
                return frame;
            }
        }
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
        socket.abort();
    }
}
