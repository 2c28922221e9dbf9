package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.llm.LocalLlm;
import dev.penny.channels.llm.LocalOpenAiServer;
import dev.penny.channels.testing.Eventually;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A dispatch queue of one message, filled over a real socket: a conversation's second message waits behind its first,
 * which waits for a slow LLM. Another visitor's message is then refused as busy, on the socket and on the HTTP API, and
 * is answered exactly once when sent again with the same id.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "penny.catalog=classpath:catalog/test-bank.yml",
            "penny.policy.min-answer-confidence=0.6",
            "penny.redis.url=",
            "penny.dispatch.queue-capacity=1",
            "penny.dispatch.classifiers=1",
            "penny.api.tokens=busy-bridge-token",
            "penny.llm.api-key=test-key",
            "penny.llm.timeout=20s",
            "penny.agents[0].username=alice",
            "penny.agents[0].password-hash=" + RunningPenny.ALICE_HASH,
        })
@LocalLlm
class BusyIT {

    @Autowired
    LocalOpenAiServer llm;

    private static final String FAQ_QUESTION = "How do I change my PIN?";
    private static final String LLM_QUESTION = "can I have a joint account with my wife";

    @LocalServerPort
    int port;

    @Test
    void a_message_beyond_a_full_queue_is_refused_as_busy_and_answered_once_when_sent_again() throws Exception {
        try (Visitor filler = Visitor.start(port);
                Visitor visitor = Visitor.start(port)) {
            llm.enqueue(LocalOpenAiServer.Reply.answer("Joint accounts aren't offered yet.", 100, 20)
                    .after(Duration.ofSeconds(4)));
            String slow = filler.send("user.message", LLM_QUESTION);
            Eventually.within(
                    Duration.ofSeconds(10), () -> assertThat(llm.requests()).isNotEmpty());
            String queued = filler.send("user.message", FAQ_QUESTION);
            filler.socket.ping(); // the socket's frames are handled in order: the second message is queued

            visitor.socket.send("user.message", visitor.conversationId, "m-busy", Map.of("text", FAQ_QUESTION));
            JsonNode busy = visitor.socket.error("busy");
            assertThat(busy.path("id").asString()).isEqualTo("m-busy");
            assertThat(busy.path("payload").path("retryAfterMs").asLong()).isPositive();

            ApiBridge bridge = new ApiBridge(port, "busy-bridge-token");
            HttpResponse<String> api =
                    bridge.exchange(ApiBridge.messages(bridge.start()), ApiBridge.message("a-busy", FAQ_QUESTION));
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Retry-After"))
                    .hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isPositive());
            assertThat(SocketClient.JSON.readTree(api.body()).path("code").asString())
                    .isEqualTo("busy");

            // nothing accepted is lost: both of the filler's messages are answered
            assertThat(filler.answerTo(slow).path("payload").path("route").asString())
                    .isEqualTo("llm");
            assertThat(filler.answerTo(queued).path("payload").path("route").asString())
                    .isEqualTo("faq");

            visitor.socket.send("user.message", visitor.conversationId, "m-busy", Map.of("text", FAQ_QUESTION));
            JsonNode answer = visitor.answerTo("m-busy");
            visitor.socket.send("user.message", visitor.conversationId, "m-busy", Map.of("text", FAQ_QUESTION));
            visitor.socket.next("ack"); // a repeat after the answer is acknowledged, not answered again

            JsonNode transcript = RunningPenny.get(
                            port,
                            "/api/conversations/" + visitor.conversationId + "/transcript",
                            "alice",
                            RunningPenny.ALICE_PASSWORD)
                    .body();
            List<String> authors = transcript
                    .path("turns")
                    .valueStream()
                    .map(t -> t.path("author").asString())
                    .toList();
            assertThat(authors).containsExactly("visitor", "bot");
            assertThat(transcript.path("turns").get(1).path("id").asString())
                    .isEqualTo(answer.path("id").asString());
        }
    }
}
