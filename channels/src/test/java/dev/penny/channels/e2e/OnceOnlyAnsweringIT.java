package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.PennyApplication;
import dev.penny.channels.llm.LocalOpenAiServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Two nodes on one real Redis and a slow LLM: a message re-sent to the other node while its first answer waits for
 * the LLM, long past the claim lease, is refused there rather than answered a second time; once answered, a re-send
 * returns the first answer. The LLM is called once.
 */
class OnceOnlyAnsweringIT {

    private static final Duration LEASE = Duration.ofMillis(900);
    private static final Duration LLM_DELAY = Duration.ofSeconds(4);
    private static final String QUESTION = "can I have a joint account with my wife";

    private static final LocalOpenAiServer LLM = LocalOpenAiServer.start();
    private static TwoNodes nodes;

    @BeforeAll
    static void startTwoNodes() {
        nodes = TwoNodes.start(OnceOnlyAnsweringIT::start);
    }

    @AfterAll
    static void stop() {
        if (nodes != null) {
            nodes.close();
        }
        LLM.close();
    }

    @Test
    void a_message_resent_to_another_node_during_a_slow_llm_call_is_answered_once_with_one_llm_call()
            throws InterruptedException {
        LLM.enqueue(LocalOpenAiServer.Reply.answer("Joint accounts are not offered yet.", 300, 12)
                .after(LLM_DELAY));
        int callsBefore = LLM.requests().size();
        String conversation;
        String token;
        String messageId;
        try (Visitor first = Visitor.start(nodes.portA())) {
            conversation = first.conversationId;
            token = first.resumeToken;
            messageId = first.send("user.message", QUESTION);
            // the message is stored and claimed before the visitor's connection drops
            waitForLlmCall(callsBefore);
        }
        Thread.sleep(LEASE.multipliedBy(2).toMillis());

        try (Visitor again = Visitor.resume(nodes.portB(), token, null)) {
            again.socket.send("user.message", conversation, messageId, Map.of("text", QUESTION));
            JsonNode refused = again.socket.error("still_answering");
            assertThat(refused.path("id").asString()).isEqualTo(messageId);

            Thread.sleep(LLM_DELAY.toMillis());
            again.socket.send("user.message", conversation, messageId, Map.of("text", QUESTION));
            JsonNode answer = again.answerTo(messageId);
            assertThat(answer.path("payload").path("text").asString()).isEqualTo("Joint accounts are not offered yet.");
        }
        assertThat(LLM.requests()).hasSize(callsBefore + 1);
        JsonNode transcript = RunningPenny.get(
                        nodes.portB(),
                        "/api/conversations/" + conversation + "/transcript",
                        "alice",
                        RunningPenny.ALICE_PASSWORD)
                .body();
        assertThat(transcript.toString()).containsOnlyOnce("Joint accounts are not offered yet.");
    }

    private static void waitForLlmCall(int callsBefore) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (LLM.requests().size() == callsBefore) {
            assertThat(System.nanoTime()).as("waited 10 s for the LLM call").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PennyApplication.class)
                .run(
                        "--server.port=0",
                        "--penny.catalog=classpath:catalog/test-bank.yml",
                        "--penny.redis.url=" + TwoNodesOnRedisIT.redisUrl(),
                        "--penny.llm.base-url=" + LLM.baseUrl(),
                        "--penny.llm.timeout=10s",
                        "--penny.answer-claim-lease=" + LEASE.toMillis() + "ms",
                        "--penny.agents[0].username=alice",
                        "--penny.agents[0].password-hash=" + RunningPenny.ALICE_HASH);
    }
}
