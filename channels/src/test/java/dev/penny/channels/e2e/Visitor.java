package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** A visitor's widget: starts or resumes a conversation and asks questions over a real socket. */
final class Visitor implements AutoCloseable {

    final SocketClient socket;
    final String conversationId;
    final JsonNode started;
    /** The secret that resumes the conversation, from the {@code session.started} of a new one. */
    final String resumeToken;

    private Visitor(SocketClient socket, JsonNode started, String resumeToken) {
        this.socket = socket;
        this.started = started;
        this.conversationId = started.path("payload").path("conversationId").asString();
        this.resumeToken = resumeToken;
    }

    static Visitor start(int port) {
        SocketClient socket = SocketClient.visitor(port);
        socket.send("session.start", null, null, null);
        JsonNode started = socket.next("session.started");
        return new Visitor(
                socket, started, started.path("payload").path("resumeToken").asString());
    }

    /** A visitor whose socket already started a conversation and received {@code started}. */
    static Visitor started(SocketClient socket, JsonNode started) {
        return new Visitor(
                socket, started, started.path("payload").path("resumeToken").asString());
    }

    /** Resumes a conversation with its resume token on a new socket, optionally on another node. */
    static Visitor resume(int port, String resumeToken, String lastSeenId) {
        SocketClient socket = SocketClient.visitor(port);
        Map<String, Object> payload = lastSeenId == null
                ? Map.of("resumeToken", resumeToken)
                : Map.of("resumeToken", resumeToken, "lastSeenId", lastSeenId);
        socket.send("session.start", null, null, payload);
        Visitor visitor = new Visitor(socket, socket.next("session.started"), resumeToken);
        assertThat(visitor.started.path("payload").path("resumed").asBoolean()).isTrue();
        return visitor;
    }

    /** Sends a message and returns the bot's answer to it. */
    JsonNode ask(String text) {
        return answerTo(send("user.message", text));
    }

    /** Picks a quick reply and returns the answer. */
    JsonNode pick(String option) {
        return answerTo(send("quick.reply", option));
    }

    /** Sends a message and returns its id, without waiting. */
    String send(String type, String text) {
        String id = "m-" + UUID.randomUUID();
        socket.send(type, conversationId, id, Map.of("text", text));
        return id;
    }

    JsonNode answerTo(String messageId) {
        return socket.answerTo(messageId);
    }

    @Override
    public void close() {
        socket.close();
    }
}
