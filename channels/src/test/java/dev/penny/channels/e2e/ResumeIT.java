package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A visitor who reconnects with their conversation token gets what was said while they were away. */
class ResumeIT extends RunningPenny {

    @Test
    void a_visitor_who_reconnects_receives_the_messages_sent_while_away() {
        try (Agent alice = new Agent(alice())) {
            String conversation;
            String lastSeen;
            try (Visitor visitor = visitor()) {
                visitor.ask("I want to talk to a human");
                visitor.socket.next("handoff.status");
                conversation = visitor.conversationId;
                alice.awaitWaiting(conversation);
                alice.claim(conversation);
                JsonNode joined = visitor.socket.next("bot.message");
                lastSeen = joined.path("id").asString();
            }

            alice.say(conversation, "Sorry for the wait: what do you need?");
            alice.say(conversation, "Are you still there?");

            try (Visitor back = Visitor.resume(port, conversation, lastSeen)) {
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
        String conversation;
        try (Visitor visitor = visitor()) {
            visitor.ask("How do I change my PIN?");
            conversation = visitor.conversationId;
        }
        try (Visitor back = Visitor.resume(port, conversation, null)) {
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
        String conversation;
        try (Visitor visitor = visitor()) {
            conversation = visitor.conversationId;
        }
        try (Visitor back = Visitor.resume(port, conversation, null)) {
            assertThat(back.started.path("payload").path("missed").size()).isZero();
        }
    }
}
