package dev.penny.channels.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.penny.channels.llm.LocalOpenAiServer.Reply;
import dev.penny.core.llm.GroundedQuestion;
import dev.penny.core.llm.LlmAnswer;
import dev.penny.core.llm.LlmException;
import dev.penny.core.llm.LlmException.Failure;
import dev.penny.core.understanding.FaqEntry;
import dev.penny.core.understanding.FaqMatch;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The real langchain4j OpenAI client against a local OpenAI-compatible server. */
class OpenAiLlmClientIT {

    private static final GroundedQuestion QUESTION = new GroundedQuestion(
            "my card hasn't come yet, write to [email]",
            List.of(
                    new FaqMatch(
                            new FaqEntry(
                                    "card_arrival",
                                    "Card arrival",
                                    "Cards arrive within 5 working days. [Track it](https://example.com/track)",
                                    List.of()),
                            0.82),
                    new FaqMatch(
                            new FaqEntry("card_lost", "Lost card", "Freeze a lost card in the app.", List.of()), 0.4)));

    private final LocalOpenAiServer server = LocalOpenAiServer.start();
    private final OpenAiLlmClient client =
            OpenAiLlmClient.connect(server.baseUrl(), "test-key", "penny-test-model", Duration.ofMillis(800));

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void warns_once_when_the_endpoint_answers_past_the_cap(CapturedOutput output) throws Exception {
        int past = OpenAiLlmClient.DEFAULT_MAX_OUTPUT_TOKENS + 1;
        server.enqueue(Reply.answer("A long answer.", 100, past));
        server.enqueue(Reply.answer("Another long answer.", 100, past));

        assertThat(client.answer(QUESTION)).isEqualTo(LlmAnswer.covered("A long answer.", 100, past));
        client.answer(QUESTION);

        assertThat(output.getOut().split("penny.llm.output-cap-field=max_tokens", -1))
                .as("one warning naming the setting")
                .hasSize(2);
        assertThat(output.getOut()).contains("answered with " + past + " tokens");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void an_answer_within_the_cap_is_not_warned_of(CapturedOutput output) throws Exception {
        server.enqueue(Reply.answer("A short answer.", 100, OpenAiLlmClient.DEFAULT_MAX_OUTPUT_TOKENS));

        client.answer(QUESTION);

        assertThat(output.getOut()).doesNotContain("penny.llm.output-cap-field");
    }

    @Test
    void answers_from_the_faq_with_the_tokens_billed() throws Exception {
        server.enqueue(Reply.answer(" Cards arrive within 5 working days. ", 321, 12));

        LlmAnswer answer = client.answer(QUESTION);

        assertThat(answer).isEqualTo(LlmAnswer.covered("Cards arrive within 5 working days.", 321, 12));
        assertThat(server.requests()).singleElement().satisfies(request -> {
            assertThat(request.authorization()).isEqualTo("Bearer test-key");
            JsonNode body = JsonMapper.builder().build().readTree(request.body());
            assertThat(body.get("model").asString()).isEqualTo("penny-test-model");
            assertThat(body.get("max_completion_tokens").asInt()).isEqualTo(OpenAiLlmClient.DEFAULT_MAX_OUTPUT_TOKENS);
            JsonNode messages = body.get("messages");
            assertThat(messages.get(0).get("role").asString()).isEqualTo("system");
            assertThat(messages.get(0).get("content").asString())
                    .contains("ONLY the FAQ entries", "NOT_COVERED", "Card arrival", "Lost card")
                    .contains("Cards arrive within 5 working days. [Track it](https://example.com/track)");
            assertThat(messages.get(1).get("role").asString()).isEqualTo("user");
            assertThat(messages.get(1).get("content").asString())
                    .isEqualTo("my card hasn't come yet, write to [email]");
        });
    }

    @Test
    void the_marker_means_the_faq_does_not_cover_the_question() throws Exception {
        server.enqueue(Reply.answer("NOT_COVERED", 300, 3));
        server.enqueue(Reply.answer("Sorry, NOT_COVERED.", 300, 6));

        assertThat(client.answer(QUESTION)).isEqualTo(LlmAnswer.notCovered(300, 3));
        assertThat(client.answer(QUESTION)).isEqualTo(LlmAnswer.notCovered(300, 6));
    }

    @Test
    void an_empty_or_letterless_reply_is_not_an_answer() throws Exception {
        server.enqueue(Reply.answer("", 300, 0));
        server.enqueue(Reply.answer(" ... ", 300, 2));

        assertThat(client.answer(QUESTION).notCoveredByFaq()).isTrue();
        assertThat(client.answer(QUESTION).notCoveredByFaq()).isTrue();
    }

    @Test
    void a_server_error_is_an_error() {
        server.enqueue(Reply.status(500, "{\"error\":{\"message\":\"boom\"}}"));

        assertThat(failure()).isEqualTo(Failure.ERROR);
    }

    @Test
    void a_refusal_of_service_means_unavailable() {
        server.enqueue(Reply.status(429, "{\"error\":{\"message\":\"quota exceeded\"}}"));
        server.enqueue(Reply.status(401, "{\"error\":{\"message\":\"bad key\"}}"));

        assertThat(failure()).isEqualTo(Failure.UNAVAILABLE);
        assertThat(failure()).isEqualTo(Failure.UNAVAILABLE);
    }

    @Test
    void a_malformed_response_is_an_error() {
        server.enqueue(Reply.raw("{\"choices\": [ not json"));

        assertThat(failure()).isEqualTo(Failure.ERROR);
    }

    @Test
    void a_server_slower_than_the_timeout_times_out_promptly() {
        server.enqueue(Reply.answer("too late", 10, 2).after(Duration.ofSeconds(5)));

        long start = System.nanoTime();
        assertThat(failure()).isEqualTo(Failure.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(server.requests()).hasSize(1); // no retry
    }

    @Test
    void no_server_means_unavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        OpenAiLlmClient nowhere = OpenAiLlmClient.connect(
                "http://127.0.0.1:" + closedPort + "/v1", "test-key", "penny-test-model", Duration.ofSeconds(2));

        LlmException thrown = catchThrowableOfType(LlmException.class, () -> nowhere.answer(QUESTION));

        assertThat(thrown.failure()).isEqualTo(Failure.UNAVAILABLE);
    }

    private Failure failure() {
        return catchThrowableOfType(LlmException.class, () -> client.answer(QUESTION))
                .failure();
    }
}
