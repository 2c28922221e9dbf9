package dev.penny.channels.e2e;

import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** An agent console over a real, authenticated socket. */
final class Agent implements AutoCloseable {

    final SocketClient socket;
    final JsonNode started;

    Agent(SocketClient socket) {
        this.socket = socket;
        this.started = socket.next("session.started");
    }

    /** Waits for a {@code queue} frame listing the conversation, and returns its entry. */
    JsonNode awaitWaiting(String conversationId) {
        JsonNode queue = socket.next(
                f -> f.path("type").asString().equals("queue") && entry(f, conversationId) != null,
                "queue with " + conversationId);
        return entry(queue, conversationId);
    }

    /** Sends a command and returns the id it carries, which the answer or error repeats. */
    String command(String type, String conversationId, Map<String, Object> payload) {
        String id = "a-" + UUID.randomUUID();
        socket.send(type, conversationId, id, payload);
        return id;
    }

    /** The frame (of any type) answering a command. */
    JsonNode answerTo(String commandId) {
        return socket.next(f -> commandId.equals(f.path("id").asString()), "answer to " + commandId);
    }

    JsonNode claim(String conversationId) {
        return answerTo(command("agent.claim", conversationId, Map.of()));
    }

    JsonNode say(String conversationId, String text) {
        return answerTo(command("agent.message", conversationId, Map.of("text", text)));
    }

    JsonNode release(String conversationId) {
        return answerTo(command("agent.release", conversationId, Map.of()));
    }

    private static JsonNode entry(JsonNode queue, String conversationId) {
        for (JsonNode entry : queue.path("payload").path("conversations")) {
            if (entry.path("conversationId").asString().equals(conversationId)) {
                return entry;
            }
        }
        return null;
    }

    @Override
    public void close() {
        socket.close();
    }
}
