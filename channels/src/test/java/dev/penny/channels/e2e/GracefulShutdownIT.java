package dev.penny.channels.e2e;

import static dev.penny.channels.e2e.CatalogNode.port;
import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.PennyApplication;
import dev.penny.channels.llm.LocalOpenAiServer;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.socket.CloseStatus;
import redis.clients.jedis.Jedis;
import tools.jackson.databind.JsonNode;

/**
 * A node stopped (its Spring context closed, as SIGTERM does) while messages are in flight, on a real Redis with a slow
 * LLM: what docs/operations.md "Shutting down" promises. Every message the node accepted is answered while its visitor's
 * socket is still open; one sent during the drain is refused as busy, to be sent again; a message that cannot be
 * answered within the drain has its claim handed back, so another node answers it at once.
 */
class GracefulShutdownIT {

    private static final String LLM_QUESTION = "can I have a joint account with my wife";
    private static final String FAQ_QUESTION = "How do I change my PIN?";
    // A claim outlives a node that is killed, not stopped, by this long: a re-send answered sooner was handed back.
    private static final Duration LEASE = Duration.ofMinutes(2);

    private static final LocalOpenAiServer LLM = LocalOpenAiServer.start();
    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    @BeforeAll
    static void clearCatalog() {
        CatalogKeys.clear();
    }

    @AfterEach
    void stopNodes() {
        nodes.forEach(ConfigurableApplicationContext::close);
    }

    @AfterAll
    static void stopLlm() {
        LLM.close();
    }

    @Test
    void a_stopping_node_answers_what_it_accepted_before_closing_the_sockets_and_refuses_the_rest_as_busy()
            throws Exception {
        ConfigurableApplicationContext node = start();
        LLM.enqueue(LocalOpenAiServer.Reply.answer("Joint accounts are not offered yet.", 100, 20)
                .after(Duration.ofSeconds(3)));
        int calls = LLM.requests().size();
        try (Visitor slow = Visitor.start(port(node));
                Visitor quick = Visitor.start(port(node))) {
            String atTheLlm = slow.send("user.message", LLM_QUESTION);
            awaitLlmCall(calls);
            String queued = slow.send("user.message", FAQ_QUESTION);
            slow.socket.ping(); // the second message is queued behind the first

            CompletableFuture<Void> stopped = CompletableFuture.runAsync(node::close);
            List<String> accepted = new ArrayList<>();
            String refused = null;
            for (int i = 0; i < 200 && refused == null; i++) {
                String id = quick.send("user.message", FAQ_QUESTION);
                JsonNode outcome = quick.socket.next(
                        f -> id.equals(f.path("id").asString())
                                        && f.path("type").asString().equals("error")
                                || id.equals(f.path("payload").path("replyTo").asString()),
                        "the answer to or refusal of " + id);
                if (outcome.path("type").asString().equals("error")) {
                    assertThat(outcome.path("payload").path("code").asString()).isEqualTo("busy");
                    refused = id;
                } else {
                    accepted.add(id);
                }
                Thread.sleep(50);
            }

            assertThat(refused)
                    .as("a message sent while the node drains is refused")
                    .isNotNull();
            assertThat(slow.answerTo(atTheLlm).path("payload").path("route").asString())
                    .isEqualTo("llm");
            assertThat(slow.answerTo(queued).path("payload").path("route").asString())
                    .isEqualTo("faq");
            assertThat(slow.socket.awaitClose())
                    .as("the socket closes after the answers, telling the widget to go elsewhere")
                    .isEqualTo(CloseStatus.GOING_AWAY.getCode());
            stopped.get();
        }
    }

    @Test
    void a_message_not_answered_within_the_drain_is_handed_back_and_another_node_answers_it_at_once() throws Exception {
        ConfigurableApplicationContext stopping = start();
        ConfigurableApplicationContext other = start();
        LLM.enqueue(LocalOpenAiServer.Reply.answer("The stopped node's answer.", 100, 20)
                .after(Duration.ofSeconds(60)));
        LLM.enqueue(LocalOpenAiServer.Reply.answer("Joint accounts are not offered yet.", 100, 20));
        int calls = LLM.requests().size();
        String conversation;
        String resumeToken;
        String messageId;
        try (Visitor visitor = Visitor.start(port(stopping))) {
            conversation = visitor.conversationId;
            resumeToken = visitor.resumeToken;
            messageId = visitor.send("user.message", LLM_QUESTION);
            awaitLlmCall(calls);
            stopping.close(); // the drain gives up on the LLM call after its 10 s
        }

        try (Visitor resumed = Visitor.resume(port(other), resumeToken, null)) {
            resumed.socket.send("user.message", conversation, messageId, Map.of("text", LLM_QUESTION));
            JsonNode answer = resumed.answerTo(messageId);
            assertThat(answer.path("payload").path("text").asString()).isEqualTo("Joint accounts are not offered yet.");
        }
    }

    @Test
    void a_stopping_node_writes_the_analytics_counts_it_holds_before_its_redis_connections_close() {
        String day = "penny:analytics:{" + Instant.now().toString().substring(0, "2026-12-06".length()) + "}:day";
        long before = faqAnswersCounted(day);
        // counts are written only by the shutdown in this test: the periodic write is an hour away
        ConfigurableApplicationContext node = start("--penny.analytics.flush-every=1h");
        try (Visitor visitor = Visitor.start(port(node))) {
            assertThat(visitor.ask(FAQ_QUESTION).path("payload").path("route").asString())
                    .isEqualTo("faq");
        }
        assertThat(faqAnswersCounted(day)).as("written before the node stops").isEqualTo(before);

        node.close();

        assertThat(faqAnswersCounted(day)).isEqualTo(before + 1);
    }

    /** FAQ answers counted on the day, over every catalog version. */
    private static long faqAnswersCounted(String dayKey) {
        try (Jedis redis = new Jedis(URI.create(TwoNodesOnRedisIT.redisUrl()))) {
            return redis.hgetAll(dayKey).entrySet().stream()
                    .filter(e -> e.getKey().endsWith("|answers:faq"))
                    .mapToLong(e -> Long.parseLong(e.getValue()))
                    .sum();
        }
    }

    private ConfigurableApplicationContext start(String... more) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--penny.catalog=classpath:catalog/test-bank.yml",
                "--penny.policy.min-answer-confidence=0.6",
                "--penny.redis.url=" + TwoNodesOnRedisIT.redisUrl(),
                "--penny.llm.base-url=" + LLM.baseUrl(),
                "--penny.llm.api-key=test-key",
                "--penny.llm.timeout=90s",
                "--penny.answer-claim-lease=" + LEASE.toSeconds() + "s",
                "--penny.agents[0].username=alice",
                "--penny.agents[0].password-hash=" + RunningPenny.ALICE_HASH));
        arguments.addAll(List.of(more));
        ConfigurableApplicationContext node =
                new SpringApplicationBuilder(PennyApplication.class).run(arguments.toArray(String[]::new));
        nodes.add(node);
        return node;
    }

    private static void awaitLlmCall(int callsBefore) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (LLM.requests().size() == callsBefore) {
            assertThat(System.nanoTime()).as("waited 10 s for the LLM call").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
