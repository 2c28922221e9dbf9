package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.conversation.Turn;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A visitor who reconnects with their resume token gets what was said while they were away; the public conversation id
 * alone, or another token, resumes nothing.
 */
class ResumeIT extends RunningPenny {

    @Autowired
    ConversationStore store;

    @Autowired
    Clock clock;

    @Test
    void a_visitor_who_reconnects_receives_the_messages_sent_while_away() {
        try (Agent alice = new Agent(alice())) {
            String conversation;
            String token;
            String lastSeen;
            try (Visitor visitor = visitor()) {
                visitor.ask("I want to talk to a human");
                visitor.socket.next("handoff.status");
                conversation = visitor.conversationId;
                token = visitor.resumeToken;
                alice.awaitWaiting(conversation);
                alice.claim(conversation);
                JsonNode joined = visitor.socket.next("bot.message");
                lastSeen = joined.path("id").asString();
            }

            alice.say(conversation, "Sorry for the wait: what do you need?");
            alice.say(conversation, "Are you still there?");

            try (Visitor back = Visitor.resume(port, token, lastSeen)) {
                JsonNode payload = back.started.path("payload");
                assertThat(payload.path("state").asString()).isEqualTo("with_agent");
                List<String> missed = payload.path("missed")
                        .valueStream()
                        .map(t -> t.path("text").asString())
                        .toList();
                assertThat(missed).containsExactly("Sorry for the wait: what do you need?", "Are you still there?");
                assertThat(payload.path("missed").get(0).path("source").asString())
                        .isEqualTo("agent");
                assertThat(back.socket
                                .next("handoff.status")
                                .path("payload")
                                .path("status")
                                .asString())
                        .isEqualTo("agent_joined");

                alice.say(conversation, "Welcome back.");
                assertThat(back.socket
                                .next("bot.message")
                                .path("payload")
                                .path("text")
                                .asString())
                        .isEqualTo("Welcome back.");
            }
        }
    }

    @Test
    void resuming_without_a_last_seen_id_returns_the_whole_transcript() {
        String token;
        try (Visitor visitor = visitor()) {
            visitor.ask("How do I change my PIN?");
            token = visitor.resumeToken;
        }
        try (Visitor back = Visitor.resume(port, token, null)) {
            JsonNode missed = back.started.path("payload").path("missed");
            assertThat(missed.size()).isEqualTo(2);
            assertThat(missed.get(0).path("author").asString()).isEqualTo("visitor");
            assertThat(missed.get(1).path("route").asString()).isEqualTo("faq");
            assertThat(back.ask("How do I change my PIN?")
                            .path("payload")
                            .path("route")
                            .asString())
                    .isEqualTo("faq");
        }
    }

    @Test
    void a_conversation_started_but_never_written_to_can_be_resumed() {
        String token;
        try (Visitor visitor = visitor()) {
            token = visitor.resumeToken;
        }
        try (Visitor back = Visitor.resume(port, token, null)) {
            assertThat(back.started.path("payload").path("missed").size()).isZero();
            assertThat(back.started.path("payload").has("resumeToken"))
                    .as("the token is given once, when the conversation starts")
                    .isFalse();
        }
    }

    @Test
    void a_new_conversation_gets_a_resume_token_apart_from_its_public_id() {
        try (Visitor visitor = visitor()) {
            assertThat(visitor.resumeToken).startsWith(visitor.conversationId + ".");
            assertThat(visitor.resumeToken.substring(visitor.conversationId.length() + 1))
                    .hasSize(22);
        }
    }

    @Test
    void the_public_conversation_id_alone_does_not_resume_the_conversation() {
        String conversation;
        try (Visitor visitor = visitor()) {
            visitor.ask("How do I change my PIN?");
            conversation = visitor.conversationId;
        }
        try (SocketClient socket = SocketClient.visitor(port)) {
            socket.send("session.start", null, "s-1", Map.of("conversationId", conversation));
            assertRefused(socket.next("error"));
            socket.send("session.start", conversation, "s-2", Map.of());
            assertRefused(socket.next("error"));
            socket.send("session.start", null, "s-3", Map.of("resumeToken", conversation));
            assertRefused(socket.next("error"));
        }
    }

    @Test
    void a_wrong_resume_token_for_the_conversation_is_refused() {
        String conversation;
        String token;
        try (Visitor visitor = visitor()) {
            visitor.ask("How do I change my PIN?");
            conversation = visitor.conversationId;
            token = visitor.resumeToken;
        }
        String forged = conversation + "." + "A".repeat(22);
        assertThat(forged).isNotEqualTo(token);
        try (SocketClient socket = SocketClient.visitor(port)) {
            socket.send("session.start", null, "s-1", Map.of("resumeToken", forged));
            JsonNode refused = socket.next("error");
            assertRefused(refused);
            assertThat(refused.toString()).doesNotContain("How do I change my PIN?");

            socket.send("session.start", null, "s-2", Map.of("resumeToken", token));
            assertThat(socket.next("session.started")
                            .path("payload")
                            .path("resumed")
                            .asBoolean())
                    .isTrue();
        }
    }

    private static void assertRefused(JsonNode error) {
        assertThat(error.path("payload").path("code").asString()).isEqualTo("resume_refused");
        assertThat(error.path("payload").path("message").asString()).isNotBlank();
    }

    @Test
    void a_message_stored_by_an_attempt_that_holds_no_claim_is_answered_once_when_resent() {
        try (Visitor visitor = visitor()) {
            // the first attempt stored the message, then gave up (its claim released) before its answer was written
            String messageId = "m-stored-unanswered";
            ConversationId id = new ConversationId(visitor.conversationId);
            store.append(Turn.visitor(new MessageId(messageId), id, "Where is my card?", clock.instant()));

            visitor.socket.send("user.message", visitor.conversationId, messageId, Map.of("text", "Where is my card?"));

            assertThat(visitor.socket.next("ack").path("id").asString()).isEqualTo(messageId);
            visitor.socket.next("bot.message");
            assertThat(store.transcript(id))
                    .filteredOn(turn -> turn.id().value().equals(messageId))
                    .hasSize(1);
            assertThat(store.transcript(id)).hasSizeGreaterThan(1);
        }
    }
}
