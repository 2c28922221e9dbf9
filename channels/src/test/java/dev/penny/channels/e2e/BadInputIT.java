package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.WebSocketHandshakeException;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every refusal is an error frame with a stable code, and the socket stays open and usable. */
class BadInputIT extends RunningPenny {

    @Test
    void malformed_json_unknown_types_and_other_versions_get_error_frames() {
        try (Visitor visitor = visitor()) {
            visitor.socket.sendRaw("{not json");
            visitor.socket.error("bad_json");
            visitor.socket.sendRaw("[1,2,3]");
            visitor.socket.error("bad_json");
            visitor.socket.sendRaw("{\"v\":2,\"type\":\"user.message\",\"payload\":{\"text\":\"hi\"}}");
            visitor.socket.error("unsupported_version");
            visitor.socket.send("user.shout", visitor.conversationId, null, Map.of("text", "HI"));
            visitor.socket.error("unknown_type");
            visitor.socket.send("user.message", visitor.conversationId, "m1", Map.of("text", 42));
            assertThat(visitor.socket.error("bad_payload").path("id").asString())
                    .isEqualTo("m1");

            assertStillAnswers(visitor);
        }
    }

    @Test
    void oversized_and_empty_messages_get_error_frames() {
        try (Visitor visitor = visitor()) {
            visitor.send("user.message", "x".repeat(2001));
            visitor.socket.error("message_too_long");
            // Longer than any legal visitor frame, within the container's buffer (VisitorAbuseIT closes past it).
            visitor.socket.sendRaw(
                    "{\"v\":1,\"type\":\"user.message\",\"payload\":{\"text\":\"" + "y".repeat(20_000) + "\"}}");
            visitor.socket.error("message_too_long");
            visitor.send("user.message", "   ");
            visitor.socket.error("empty_message");

            assertStillAnswers(visitor);
        }
    }

    @Test
    void messages_beyond_the_rate_limit_get_error_frames() {
        try (Visitor visitor = visitor()) {
            for (int i = 0; i < 5; i++) {
                visitor.send("user.message", "How do I change my PIN?");
            }
            String refused = visitor.send("user.message", "How do I change my PIN?");

            JsonNode error = visitor.socket.error("rate_limited");
            assertThat(error.path("id").asString()).isEqualTo(refused);
        }
    }

    @Test
    void a_message_before_session_start_is_refused() {
        try (SocketClient socket = SocketClient.visitor(port)) {
            socket.send("user.message", null, "m1", Map.of("text", "How do I change my PIN?"));
            socket.error("not_started");
        }
    }

    @Test
    void invalid_unknown_and_foreign_conversation_tokens_are_refused() {
        try (Visitor visitor = visitor();
                SocketClient other = SocketClient.visitor(port)) {
            other.send("session.start", null, null, Map.of("resumeToken", "not a token"));
            other.error("resume_refused");
            other.send("session.start", null, null, Map.of("resumeToken", "A".repeat(22) + "." + "B".repeat(22)));
            other.error("resume_refused");
            other.send("session.start", null, null, null);
            other.next("session.started");
            other.send("user.message", visitor.conversationId, "m1", Map.of("text", "How do I change my PIN?"));
            other.error("conversation_mismatch");
        }
    }

    @Test
    void a_disallowed_origin_is_refused_at_the_handshake_and_an_allowed_one_accepted() {
        assertThatThrownBy(() -> SocketClient.visitor(port, "https://evil.example"))
                .isInstanceOf(CompletionException.class)
                .cause()
                .isInstanceOfSatisfying(
                        WebSocketHandshakeException.class,
                        e -> assertThat(e.getResponse().statusCode()).isEqualTo(403));

        try (SocketClient allowed = SocketClient.visitor(port, "https://shop.example")) {
            allowed.send("session.start", null, null, null);
            assertThat(allowed.next("session.started")
                            .path("payload")
                            .path("resumed")
                            .asBoolean())
                    .isFalse();
        }
    }

    private static void assertStillAnswers(Visitor visitor) {
        assertThat(visitor.ask("How do I change my PIN?")
                        .path("payload")
                        .path("route")
                        .asString())
                .isEqualTo("faq");
    }
}
