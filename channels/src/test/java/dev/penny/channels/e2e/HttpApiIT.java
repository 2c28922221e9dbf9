package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.llm.LocalLlm;
import dev.penny.channels.llm.LocalOpenAiServer;
import dev.penny.channels.testing.Eventually;
import dev.penny.channels.webhooks.WebhookReceiver;
import dev.penny.channels.webhooks.WebhookSignature;
import dev.penny.core.conversation.ConversationId;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** The HTTP message API end to end, as a bridge uses it, with webhooks to a receiver the test runs. */
@TestPropertySource(
        properties = {
            "penny.api.tokens=bridge-token-1, bridge-token-2",
            "penny.webhooks.secret=whsec-test",
            "penny.webhooks.first-retry=50ms",
            "penny.llm.timeout=2s",
            "penny.llm.api-key=test-key",
        })
@LocalLlm
class HttpApiIT extends RunningPenny {

    @Autowired
    LocalOpenAiServer llm;

    static final WebhookReceiver RECEIVER = WebhookReceiver.start();

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registry.add("penny.webhooks.url", RECEIVER::url);
    }

    @AfterAll
    static void stopServers() {
        RECEIVER.close();
    }

    @Test
    void a_bridge_starts_a_conversation_and_gets_the_faq_answer() {
        Response started = post("/api/v1/conversations", "{\"channel\":\"slack\",\"externalUserId\":\"U42\"}");
        assertThat(started.status()).isEqualTo(201);
        String id = started.body().path("conversationId").asString();

        Response answer = post(messages(id), message("m-1", "How do I change my PIN?"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("state").asString()).isEqualTo("bot");
        JsonNode reply = answer.body().path("replies").get(0);
        assertThat(reply.path("source").asString()).isEqualTo("faq");
        assertThat(reply.path("route").asString()).isEqualTo("faq");
        assertThat(reply.path("text").asString()).isNotBlank();
        assertThat(reply.path("id").asString()).isNotBlank();
        assertThat(reply.path("quickReplies").isArray()).isTrue();
        Eventually.within(
                Duration.ofSeconds(5),
                () -> assertThat(webhooks(id))
                        .extracting(r -> r.json().path("type").asString())
                        .containsExactly("conversation.started", "message.created", "message.created"));
        assertThat(webhooks(id).get(0).json().path("data").path("channel").asString())
                .isEqualTo("slack");
    }

    @Test
    void a_question_the_faq_answers_loosely_is_answered_by_the_llm() {
        llm.enqueue(LocalOpenAiServer.Reply.answer("Joint accounts aren't offered yet.", 1000, 200));
        String id = start();

        Response answer = post(messages(id), message("m-1", "can I have a joint account with my wife"));

        assertThat(answer.status()).isEqualTo(200);
        JsonNode reply = answer.body().path("replies").get(0);
        assertThat(reply.path("source").asString()).isEqualTo("llm");
        assertThat(reply.path("route").asString()).isEqualTo("llm");
        assertThat(reply.path("text").asString()).isEqualTo("Joint accounts aren't offered yet.");
    }

    @Test
    void a_handoff_answers_waiting_for_agent_and_the_agents_reply_reaches_the_bridge_as_a_signed_webhook() {
        try (Agent alice = new Agent(alice())) {
            String id = start();
            Response handoff = post(messages(id), message("m-1", "I want to talk to a human please"));

            assertThat(handoff.body().path("state").asString()).isEqualTo("waiting_for_agent");
            assertThat(handoff.body().path("replies").get(0).path("source").asString())
                    .isEqualTo("system");
            alice.awaitWaiting(id);
            alice.claim(id);
            alice.say(id, "Hi, I'm Alice. How can I help?");

            // the agent's reply is the last event: after the handoff, the claim and the "agent joined" notice
            Eventually.within(
                    Duration.ofSeconds(5),
                    () -> assertThat(webhooks(id))
                            .last()
                            .satisfies(r -> assertThat(
                                            r.json().path("data").path("author").asString())
                                    .isEqualTo("agent")));
            assertThat(webhooks(id))
                    .extracting(r -> r.json().path("type").asString())
                    .contains("handoff.requested", "handoff.claimed");
            WebhookReceiver.Received reply = webhooks(id).get(webhooks(id).size() - 1);
            assertThat(reply.json().path("type").asString()).isEqualTo("message.created");
            assertThat(reply.json().path("data").path("text").asString()).isEqualTo("Hi, I'm Alice. How can I help?");
            long t = Long.parseLong(reply.signature().replaceFirst("^t=(\\d+),.*$", "$1"));
            assertThat(reply.signature()).isEqualTo(new WebhookSignature("whsec-test").sign(t, reply.body()));

            Response later = post(messages(id), message("m-2", "Thanks, my card is lost"));
            assertThat(later.body().path("state").asString()).isEqualTo("with_agent");
            assertThat(later.body().path("replies").size()).isZero();
        }
    }

    @Test
    void re_posting_a_message_returns_the_same_replies_and_answers_it_once() {
        String id = start();
        Response first = post(messages(id), message("m-1", "How do I change my PIN?"));
        Response again = post(messages(id), message("m-1", "How do I change my PIN?"));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        Eventually.within(
                Duration.ofSeconds(5),
                () -> assertThat(webhooks(id))
                        .filteredOn(r -> r.json().path("type").asString().equals("message.created"))
                        .hasSize(2));

        Response reused = post(messages(id), message("m-1", "Something else entirely"));
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.body().path("code").asString()).isEqualTo("message_id_reused");
    }

    @Test
    void every_refusal_is_problem_json_with_a_stable_code() {
        String id = start();
        assertProblem(send("/api/v1/conversations", "{}", null), 401, "unauthorized");
        assertProblem(send("/api/v1/conversations", "{}", "Bearer not-a-token"), 401, "unauthorized");
        assertProblem(send("/api/v1/conversations", "{}", "Basic YWxpY2U6eA=="), 401, "unauthorized");
        assertThat(send("/api/v1/conversations", "{}", "Bearer bridge-token-2").status())
                .isEqualTo(201);
        assertProblem(
                post(messages(ConversationId.random().value()), message("m-1", "hi")), 404, "unknown_conversation");
        assertProblem(post(messages("bad token!"), message("m-1", "hi")), 400, "invalid_conversation");
        assertProblem(post(messages(id), "{\"id\":\"m-1\",\"text\":\"  \"}"), 400, "empty_message");
        assertProblem(post(messages(id), "{\"id\":\"bad id!\",\"text\":\"hi\"}"), 400, "bad_payload");
        assertProblem(post(messages(id), "{\"text\":\"hi\"}"), 400, "bad_payload");
        assertProblem(post(messages(id), "{\"id\":\"m-1\",\"text\":7}"), 400, "bad_payload");
        assertProblem(post(messages(id), "not json"), 400, "bad_json");
        assertProblem(post(messages(id), message("m-1", "x".repeat(2001))), 413, "message_too_long");
        assertProblem(post(messages(id), message("m-1", "x".repeat(40_000))), 413, "message_too_long");

        // A burst of 5 per conversation: 8 posted at once cannot all be taken, whatever the machine's speed.
        List<Response> burst = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> post(messages(id), message("r-" + i, "How do I change my PIN?"))))
                .toList()
                .stream()
                .map(CompletableFuture::join)
                .toList();
        Response limited =
                burst.stream().filter(r -> r.status() == 429).findFirst().orElseThrow();
        assertProblem(limited, 429, "rate_limited");
        assertThat(limited.body().path("retryAfterSeconds").asInt()).isPositive();
        assertThat(burst).extracting(Response::status).containsOnly(200, 429);
    }

    private static void assertProblem(Response response, int status, String code) {
        assertThat(response.status()).as("status of %s", response.body()).isEqualTo(status);
        assertThat(response.body().path("code").asString()).isEqualTo(code);
        assertThat(response.body().path("message").asString()).isNotBlank();
    }

    private String start() {
        return new ApiBridge(port, "bridge-token-1").start();
    }

    private static String messages(String conversationId) {
        return ApiBridge.messages(conversationId);
    }

    private static String message(String id, String text) {
        return ApiBridge.message(id, text);
    }

    private static List<WebhookReceiver.Received> webhooks(String conversationId) {
        return RECEIVER.accepted().stream()
                .filter(r -> r.json().path("conversationId").asString().equals(conversationId))
                .toList();
    }

    private Response post(String path, String body) {
        return send(path, body, "Bearer bridge-token-1");
    }

    private Response send(String path, String body, String authorization) {
        return ApiBridge.send(port, path, body, authorization);
    }
}
