package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.WebSocketHandshakeException;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Handing a visitor to a person and back, with real visitor and agent sockets. */
class AgentHandoffIT extends RunningPenny {

    @Test
    void an_agent_claims_chats_and_hands_back_and_the_bot_answers_again() {
        try (Agent alice = new Agent(alice());
                Visitor visitor = visitor()) {
            JsonNode handoff = visitor.ask("I want to talk to a human please");
            assertThat(handoff.path("payload").path("route").asString()).isEqualTo("human");
            JsonNode waiting = visitor.socket.next("handoff.status").path("payload");
            assertThat(waiting.path("status").asString()).isEqualTo("waiting");
            assertThat(waiting.path("position").asInt()).isPositive();

            JsonNode entry = alice.awaitWaiting(visitor.conversationId);
            assertThat(entry.path("reason").asString()).contains("visitor asked for a person");
            assertThat(entry.path("summary").asString()).contains("talk to a human");
            assertThat(entry.path("topIntents").isArray()).isTrue();
            assertThat(entry.path("costMicroDollars").asLong()).isPositive();
            assertThat(entry.has("waitingSeconds")).isTrue();

            JsonNode claimed = alice.claim(visitor.conversationId);
            assertThat(claimed.path("type").asString()).isEqualTo("claimed");
            JsonNode transcript = claimed.path("payload").path("transcript");
            assertThat(transcript.get(0).path("author").asString()).isEqualTo("visitor");
            assertThat(transcript.get(1).path("route").asString()).isEqualTo("human");
            assertThat(transcript.get(1).path("reason").asString()).contains("visitor asked for a person");
            assertThat(visitor.socket
                            .next("bot.message")
                            .path("payload")
                            .path("source")
                            .asString())
                    .isEqualTo("system");
            assertThat(visitor.socket
                            .next("handoff.status")
                            .path("payload")
                            .path("status")
                            .asString())
                    .isEqualTo("agent_joined");

            String hello = visitor.send("user.message", "Hello, anyone there?");
            assertThat(visitor.socket.next("ack").path("payload").path("state").asString())
                    .isEqualTo("with_agent");
            JsonNode forwarded = alice.socket.next("visitor.message");
            assertThat(forwarded.path("payload").path("turn").path("id").asString())
                    .isEqualTo(hello);

            assertThat(alice.say(visitor.conversationId, "Hi, I'm Alice. How can I help?")
                            .path("type")
                            .asString())
                    .isEqualTo("sent");
            JsonNode fromAgent = visitor.socket.next("bot.message");
            assertThat(fromAgent.path("payload").path("source").asString()).isEqualTo("agent");
            assertThat(fromAgent.path("payload").path("text").asString()).isEqualTo("Hi, I'm Alice. How can I help?");

            assertThat(alice.release(visitor.conversationId).path("type").asString())
                    .isEqualTo("released");
            assertThat(visitor.socket
                            .next("handoff.status")
                            .path("payload")
                            .path("status")
                            .asString())
                    .isEqualTo("agent_left");

            JsonNode answer = visitor.ask("How do I change my PIN?");
            assertThat(answer.path("payload").path("route").asString()).isEqualTo("faq");
            JsonNode cost = get("/api/conversations/" + visitor.conversationId + "/cost")
                    .body();
            // The message written while the agent held the conversation was not classified: the bot was silent.
            assertThat(cost.path("cost").path("classifications").asLong()).isEqualTo(2);
            assertThat(cost.path("cost").has("agentSeconds")).isTrue();
        }
    }

    @Test
    void an_agent_cannot_act_on_a_conversation_they_do_not_hold() {
        try (Agent alice = new Agent(alice());
                Agent bob = new Agent(bob());
                Visitor visitor = visitor()) {
            visitor.ask("I need a human");
            alice.awaitWaiting(visitor.conversationId);
            alice.claim(visitor.conversationId);

            JsonNode refused = bob.say(visitor.conversationId, "Let me take this");
            assertThat(refused.path("payload").path("code").asString()).isEqualTo("not_held");
            assertThat(bob.release(visitor.conversationId)
                            .path("payload")
                            .path("code")
                            .asString())
                    .isEqualTo("not_held");
            assertThat(bob.claim(visitor.conversationId)
                            .path("payload")
                            .path("code")
                            .asString())
                    .isEqualTo("already_claimed");
            assertThat(alice.answerTo(alice.command("agent.close", visitor.conversationId, Map.of()))
                            .path("type")
                            .asString())
                    .isEqualTo("closed");
            assertThat(visitor.socket.next(
                            f -> f.path("type").asString().equals("handoff.status")
                                    && f.path("payload")
                                            .path("status")
                                            .asString()
                                            .equals("closed"),
                            "closed status"))
                    .isNotNull();
        }
    }

    @Test
    void agents_read_messages_left_when_nobody_was_online() {
        String conversation;
        try (Visitor visitor = visitor()) {
            visitor.ask("I want an operator");
            assertThat(visitor.socket
                            .next("handoff.status")
                            .path("payload")
                            .path("status")
                            .asString())
                    .isEqualTo("no_agent_online");
            visitor.socket.send("leave.message", null, "l1", Map.of("text", "Call me back", "email", "not-an-email"));
            visitor.socket.error("invalid_email");
            visitor.socket.send(
                    "leave.message", null, "l2", Map.of("text", "Call me back", "email", "zoe@example.com"));
            visitor.socket.next("handoff.status");
            conversation = visitor.conversationId;
        }
        try (Agent alice = new Agent(alice())) {
            JsonNode left = alice.answerTo(alice.command("left.messages", null, Map.of()));
            assertThat(left.path("payload").path("messages").valueStream()).anySatisfy(m -> {
                assertThat(m.path("conversationId").asString()).isEqualTo(conversation);
                assertThat(m.path("email").asString()).isEqualTo("zoe@example.com");
            });
        }
    }

    @Test
    void the_agent_socket_needs_a_signed_in_agent() {
        assertThatThrownBy(() -> SocketClient.agent(port, "alice", "wrong"))
                .isInstanceOf(CompletionException.class)
                .cause()
                .isInstanceOfSatisfying(
                        WebSocketHandshakeException.class,
                        e -> assertThat(e.getResponse().statusCode()).isEqualTo(401));
    }
}
