package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Learning from traffic over the real application: visitors ask what the test catalog does not cover, nobody
 * configured an LLM so each question goes to a person, an agent answers over the real agent socket, and an owner
 * reads the grouped questions with the agent's reply from {@code GET /api/catalog/suggestions}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "penny.catalog=classpath:catalog/test-bank.yml",
            "penny.redis.url=",
            "penny.llm.base-url=",
            "penny.limits.allowed-origins=https://shop.example",
            "penny.agents[0].username=alice",
            "penny.agents[0].password-hash=" + RunningPenny.ALICE_HASH,
            "penny.agents[0].roles=AGENT",
            // Spring Boot binds a list from one property source, so every account is listed here.
            "penny.agents[1].username=olivia",
            "penny.agents[1].password-hash=" + RunningPenny.BOB_HASH,
            "penny.agents[1].roles=EDITOR",
        })
class TrafficSuggestionsIT {

    private static final String SUGGESTIONS = "/api/catalog/suggestions";
    private static final List<String> BITCOIN = List.of(
            "Can I buy bitcoin with my account?", "Can I buy bitcoin in the app?", "can I buy bitcoin through you?");
    private static final List<String> MORTGAGE = List.of("Do you offer mortgages?", "Can I get a mortgage from you?");
    private static final String ANSWER = "We do not sell crypto, but you can send money to an exchange.";

    @LocalServerPort
    int port;

    @Test
    void groups_questions_that_went_to_a_person_with_counts_and_the_agents_reply() {
        List<String> handedOff = new ArrayList<>();
        try (Agent alice = new Agent(SocketClient.agent(port, "alice", RunningPenny.ALICE_PASSWORD))) {
            handedOff.add(askAndAnswer(alice, BITCOIN.get(0), ANSWER));
            handedOff.add(askAndAnswer(alice, MORTGAGE.get(0), null));
            handedOff.add(askAndAnswer(alice, BITCOIN.get(1), "Hello! " + ANSWER));
            handedOff.add(askAndAnswer(alice, "Do you sponsor student events? Mail zoe@example.com", null));
            handedOff.add(askAndAnswer(alice, MORTGAGE.get(1), null));
            handedOff.add(askAndAnswer(alice, BITCOIN.get(2), ANSWER));
            try (Visitor visitor = Visitor.start(port)) {
                // Not missed: the FAQ answers it, and a visitor asking for a person is not a gap in the catalog.
                assertThat(visitor.ask("How do I change my PIN?")
                                .path("payload")
                                .path("route")
                                .asString())
                        .isEqualTo("faq");
            }
            try (Visitor visitor = Visitor.start(port)) {
                assertThat(visitor.ask("I want to talk to a human please")
                                .path("payload")
                                .path("route")
                                .asString())
                        .isEqualTo("human");
            }
        }

        RunningPenny.Response response = RunningPenny.get(port, SUGGESTIONS, "olivia", RunningPenny.BOB_PASSWORD);

        assertThat(response.status()).isEqualTo(200);
        List<JsonNode> suggestions = response.body().valueStream().toList();
        assertThat(suggestions.stream().mapToInt(s -> s.path("count").asInt()).sum())
                .as("every question handed off, nothing else")
                .isEqualTo(handedOff.size());
        JsonNode bitcoin = suggestions.get(0);
        assertThat(bitcoin.path("count").asInt()).isEqualTo(3);
        assertThat(texts(bitcoin)).containsExactlyInAnyOrderElementsOf(BITCOIN);
        assertThat(bitcoin.path("representative").asString()).isIn(BITCOIN);
        assertThat(bitcoin.path("kind").asString()).isEqualTo("new_intent");
        assertThat(bitcoin.path("agentAnswers").valueStream().map(JsonNode::asString))
                .containsExactly(ANSWER, "Hello! " + ANSWER);
        assertThat(bitcoin.path("id").asString()).isNotBlank();
        JsonNode asked = bitcoin.path("questions").get(0);
        assertThat(asked.path("route").asString()).isEqualTo("HUMAN");
        assertThat(asked.path("at").asString()).isNotBlank();
        assertThat(texts(suggestions.get(1))).containsExactlyInAnyOrderElementsOf(MORTGAGE);
        assertThat(suggestions.get(1).path("agentAnswers").isEmpty()).isTrue();
        assertThat(suggestions.stream().flatMap(s -> texts(s).stream()))
                .contains("Do you sponsor student events? Mail [email]")
                .noneMatch(text -> text.contains("zoe@example.com") || text.contains("PIN") || text.contains("human"));
        assertThat(suggestions)
                .allSatisfy(s -> assertThat(s.path("kind").asString()).isIn("new_intent", "new_examples"));
    }

    @Test
    void only_editors_read_suggestions() {
        assertThat(RunningPenny.get(port, SUGGESTIONS, null, null).status()).isEqualTo(401);
        assertThat(RunningPenny.get(port, SUGGESTIONS, "alice", RunningPenny.ALICE_PASSWORD)
                        .status())
                .isEqualTo(403);
    }

    /** A visitor asks; the question must go to a person; alice claims it, says {@code reply} if any, and hands back. */
    private String askAndAnswer(Agent alice, String question, String reply) {
        try (Visitor visitor = Visitor.start(port)) {
            JsonNode answer = visitor.ask(question);
            assertThat(answer.path("payload").path("route").asString())
                    .as("route of %s", question)
                    .isEqualTo("human");
            alice.awaitWaiting(visitor.conversationId);
            assertThat(alice.claim(visitor.conversationId).path("type").asString())
                    .isEqualTo("claimed");
            if (reply != null) {
                assertThat(alice.say(visitor.conversationId, reply).path("type").asString())
                        .isEqualTo("sent");
            }
            alice.release(visitor.conversationId);
            return question;
        }
    }

    private static List<String> texts(JsonNode suggestion) {
        return suggestion
                .path("questions")
                .valueStream()
                .map(q -> q.path("text").asString())
                .toList();
    }
}
