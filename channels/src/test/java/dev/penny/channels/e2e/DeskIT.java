package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.desk.IdentityCheck;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/** The console's desk features over real visitor and agent sockets: notes, transfer, verified identity. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "penny.catalog=classpath:catalog/test-bank.yml",
            "penny.policy.min-answer-confidence=0.6",
            "penny.redis.url=",
            "penny.llm.base-url=",
            "penny.limits.allowed-origins=https://shop.example",
            "penny.agents[0].username=alice",
            "penny.agents[0].password-hash=" + RunningPenny.ALICE_HASH,
            "penny.agents[0].roles=AGENT",
            "penny.agents[1].username=bob",
            "penny.agents[1].password-hash=" + RunningPenny.BOB_HASH,
            "penny.desk.identity-secret=" + DeskIT.SECRET,
        })
class DeskIT extends RunningPenny {

    static final String SECRET = "shop-example-identity-secret";
    private static final IdentityCheck SITE = new IdentityCheck(SECRET);

    @Test
    void a_note_reaches_agents_and_never_the_visitor_s_socket() throws Exception {
        try (Agent alice = new Agent(alice());
                Agent bob = new Agent(bob());
                Visitor visitor = visitor()) {
            claimedBy(alice, visitor);
            visitor.socket.drain(Duration.ofMillis(300));

            JsonNode added = alice.answerTo(alice.command(
                    "agent.note", visitor.conversationId, Map.of("text", "Card blocked twice; offer a new one")));

            assertThat(added.path("type").asString()).isEqualTo("note");
            assertThat(added.path("payload").path("note").path("author").asString())
                    .isEqualTo("alice");
            assertThat(visitor.socket.drain(Duration.ofSeconds(1))).isEmpty();
            assertThat(visitor.socket.skipped()).noneMatch(f -> f.toString().contains("Card blocked twice"));
            try (Visitor resumed = Visitor.resume(port, visitor.resumeToken, null)) {
                assertThat(resumed.started.toString()).doesNotContain("Card blocked twice");
            }
            assertThat(get("/api/conversations/" + visitor.conversationId + "/transcript")
                            .body()
                            .toString())
                    .doesNotContain("Card blocked twice");

            JsonNode refused = alice.answerTo(alice.command("agent.note", visitor.conversationId, Map.of("text", " ")));
            assertThat(refused.path("payload").path("code").asString()).isEqualTo("invalid_note");

            alice.answerTo(alice.command("agent.transfer", visitor.conversationId, Map.of("to", "bob")));
            JsonNode atBob = bob.socket.next("claimed");
            assertThat(atBob.path("payload").path("notes").get(0).path("text").asString())
                    .isEqualTo("Card blocked twice; offer a new one");
        }
    }

    @Test
    void a_transfer_gives_the_conversation_to_the_other_agent_and_the_first_cannot_answer_any_more() {
        try (Agent alice = new Agent(alice());
                Agent bob = new Agent(bob());
                Visitor visitor = visitor()) {
            claimedBy(alice, visitor);

            JsonNode done =
                    alice.answerTo(alice.command("agent.transfer", visitor.conversationId, Map.of("to", "bob")));

            assertThat(done.path("type").asString()).isEqualTo("transferred");
            assertThat(done.path("payload").path("to").asString()).isEqualTo("bob");
            JsonNode atBob = bob.socket.next("claimed");
            assertThat(atBob.path("payload").path("conversationId").asString()).isEqualTo(visitor.conversationId);
            assertThat(atBob.path("payload").path("transferredFrom").asString()).isEqualTo("alice");
            assertThat(visitor.socket
                            .next(
                                    f -> f.path("type").asString().equals("bot.message")
                                            && f.path("payload")
                                                    .path("source")
                                                    .asString()
                                                    .equals("system")
                                            && f.path("payload")
                                                    .path("text")
                                                    .asString()
                                                    .contains("Another agent"),
                                    "the transfer notice")
                            .path("payload")
                            .path("text")
                            .asString())
                    .isEqualTo("Another agent has taken over the conversation.");

            assertThat(alice.say(visitor.conversationId, "Still Alice here")
                            .path("payload")
                            .path("code")
                            .asString())
                    .isEqualTo("not_held");
            String asked = visitor.send("user.message", "Is anyone still there?");
            assertThat(bob.socket
                            .next("visitor.message")
                            .path("payload")
                            .path("turn")
                            .path("id")
                            .asString())
                    .isEqualTo(asked);
            assertThat(bob.say(visitor.conversationId, "Bob here, I can help")
                            .path("type")
                            .asString())
                    .isEqualTo("sent");
            assertThat(visitor.socket
                            .next(
                                    f -> f.path("payload")
                                            .path("source")
                                            .asString()
                                            .equals("agent"),
                                    "Bob's message")
                            .path("payload")
                            .path("text")
                            .asString())
                    .isEqualTo("Bob here, I can help");
            assertThat(alice.socket.skipped())
                    .noneMatch(f -> f.path("type").asString().equals("visitor.message")
                            && f.toString().contains("Is anyone still there?"));
        }
    }

    @Test
    void a_transfer_to_an_agent_who_is_not_online_is_refused_and_the_conversation_stays() {
        try (Agent alice = new Agent(alice());
                Visitor visitor = visitor()) {
            claimedBy(alice, visitor);

            assertThat(code(alice.answerTo(
                            alice.command("agent.transfer", visitor.conversationId, Map.of("to", "bob")))))
                    .isEqualTo("agent_offline");
            assertThat(alice.say(visitor.conversationId, "still mine")
                            .path("type")
                            .asString())
                    .isEqualTo("sent");
        }
    }

    @Test
    void a_transfer_needs_the_holder_and_an_agent_account() {
        try (Agent alice = new Agent(alice());
                Agent bob = new Agent(bob());
                Visitor visitor = visitor()) {
            claimedBy(alice, visitor);

            assertThat(code(bob.answerTo(bob.command("agent.transfer", visitor.conversationId, Map.of("to", "alice")))))
                    .isEqualTo("not_held");
            assertThat(code(alice.answerTo(
                            alice.command("agent.transfer", visitor.conversationId, Map.of("to", "mallory")))))
                    .isEqualTo("unknown_agent");
            assertThat(code(alice.answerTo(
                            alice.command("agent.transfer", visitor.conversationId, Map.of("to", "alice")))))
                    .isEqualTo("unknown_agent");
            assertThat(code(alice.answerTo(alice.command("agent.transfer", visitor.conversationId, Map.of()))))
                    .isEqualTo("bad_payload");
            assertThat(alice.say(visitor.conversationId, "still mine")
                            .path("type")
                            .asString())
                    .isEqualTo("sent");
        }
    }

    @Test
    void a_rightly_signed_identity_is_shown_verified_with_its_attributes() {
        try (Agent alice = new Agent(alice());
                Visitor visitor = identified(Map.of(
                        "userId", "user-42",
                        "attributes", Map.of("name", "Ana Lima", "plan", "pro"),
                        "signature", SITE.sign("user-42")))) {
            JsonNode identity = claimedBy(alice, visitor).path("payload").path("identity");

            assertThat(identity.path("userId").asString()).isEqualTo("user-42");
            assertThat(identity.path("verified").asBoolean()).isTrue();
            assertThat(identity.path("attributes").path("plan").asString()).isEqualTo("pro");
            assertThat(visitor.socket.skipped())
                    .noneMatch(f -> f.path("type").asString().equals("error"));
        }
    }

    @Test
    void a_wrongly_signed_identity_is_refused_to_the_page_and_shown_unverified() {
        try (Agent alice = new Agent(alice());
                Visitor visitor = identified(Map.of(
                        "userId", "user-42",
                        "attributes", Map.of("plan", "enterprise"),
                        "signature", new IdentityCheck("a-guessed-secret").sign("user-42")))) {
            assertThat(visitor.socket.error("identity_not_verified")).isNotNull();

            JsonNode identity = claimedBy(alice, visitor).path("payload").path("identity");

            assertThat(identity.path("userId").asString()).isEqualTo("user-42");
            assertThat(identity.path("verified").asBoolean()).isFalse();
        }
    }

    @Test
    void a_forged_resume_does_not_replace_the_verified_identity() {
        String resumeToken;
        try (Visitor visitor =
                identified(Map.of("userId", "user-42", "attributes", Map.of(), "signature", SITE.sign("user-42")))) {
            resumeToken = visitor.resumeToken;
        }
        SocketClient again = SocketClient.visitor(port);
        again.send(
                "session.start",
                null,
                "s2",
                Map.of(
                        "resumeToken",
                        resumeToken,
                        "identity",
                        Map.of("userId", "admin", "signature", SITE.sign("user-42"))));
        again.next("session.started");
        again.error("identity_not_verified");
        again.close();
        try (Agent alice = new Agent(alice());
                Visitor resumed = Visitor.resume(port, resumeToken, null)) {
            JsonNode identity = claimedBy(alice, resumed).path("payload").path("identity");
            assertThat(identity.path("userId").asString()).isEqualTo("user-42");
            assertThat(identity.path("verified").asBoolean()).isTrue();
        }
    }

    @Test
    void an_unsigned_identity_is_shown_unverified_and_a_malformed_one_is_not_kept() {
        try (Agent alice = new Agent(alice());
                Visitor unsigned = identified(Map.of("userId", "user-7", "attributes", Map.of("name", "Bo")));
                Visitor malformed = identified(Map.of("userId", 42, "signature", "00"))) {
            JsonNode identity = claimedBy(alice, unsigned).path("payload").path("identity");
            assertThat(identity.path("userId").asString()).isEqualTo("user-7");
            assertThat(identity.path("verified").asBoolean()).isFalse();
            assertThat(unsigned.socket.skipped())
                    .noneMatch(f -> f.path("type").asString().equals("error"));

            malformed.socket.error("invalid_identity");
            assertThat(claimedBy(alice, malformed)
                            .path("payload")
                            .path("identity")
                            .isNull())
                    .isTrue();
        }
    }

    private Visitor identified(Map<String, Object> identity) {
        SocketClient socket = SocketClient.visitor(port);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("identity", identity);
        socket.send("session.start", null, "s1", payload);
        return Visitor.started(socket, socket.next("session.started"));
    }

    /** The visitor asks for a person and the agent claims them; returns the claimed frame. */
    private static JsonNode claimedBy(Agent agent, Visitor visitor) {
        visitor.ask("I want to talk to a human please");
        agent.awaitWaiting(visitor.conversationId);
        JsonNode claimed = agent.claim(visitor.conversationId);
        assertThat(claimed.path("type").asString()).isEqualTo("claimed");
        return claimed;
    }

    private static String code(JsonNode frame) {
        return frame.path("payload").path("code").asString();
    }
}
