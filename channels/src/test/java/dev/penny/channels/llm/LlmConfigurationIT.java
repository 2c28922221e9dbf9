package dev.penny.channels.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.llm.LocalOpenAiServer.Reply;
import dev.penny.core.llm.GroundedQuestion;
import dev.penny.core.llm.LlmAnswer;
import dev.penny.core.llm.LlmClient;
import dev.penny.core.understanding.FaqEntry;
import dev.penny.core.understanding.FaqMatch;
import dev.penny.intents.catalog.Intent;
import dev.penny.intents.editing.ExampleParaphraser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LlmConfigurationIT {

    private static final GroundedQuestion QUESTION = new GroundedQuestion(
            "card?", List.of(new FaqMatch(new FaqEntry("card_arrival", "Card arrival", "5 days.", List.of()), 0.7)));

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(LlmConfiguration.class);

    @Test
    void builds_the_client_from_properties() {
        try (LocalOpenAiServer server = LocalOpenAiServer.start()) {
            server.enqueue(Reply.answer("Within 5 working days.", 200, 6));
            runner.withPropertyValues(
                            "penny.llm.base-url=" + server.baseUrl(),
                            "penny.llm.model=local-model",
                            "penny.llm.api-key=",
                            "penny.llm.timeout=3s",
                            "penny.llm.max-output-tokens=123")
                    .run(context -> {
                        assertThat(context)
                                .hasNotFailed()
                                .hasSingleBean(LlmClient.class)
                                .hasBean("openAiLlmClient");
                        LlmAnswer answer = context.getBean(LlmClient.class).answer(QUESTION);
                        assertThat(answer).isEqualTo(LlmAnswer.covered("Within 5 working days.", 200, 6));
                    });
            assertThat(server.requests()).singleElement().satisfies(request -> {
                assertThat(request.body()).contains("local-model");
                JsonNode body = JsonMapper.builder().build().readTree(request.body());
                assertThat(body.get("max_completion_tokens").asInt()).isEqualTo(123);
                assertThat(body.has("max_tokens")).as("the default field alone").isFalse();
                assertThat(request.authorization())
                        .as("no key configured, none sent")
                        .isNull();
            });
        }
    }

    @Test
    void sends_the_cap_as_max_tokens_when_the_endpoint_reads_that_field() {
        try (LocalOpenAiServer server = LocalOpenAiServer.start()) {
            server.enqueue(Reply.answer("Within 5 working days.", 200, 6));
            server.enqueue(Reply.answer("when will my card come\nwhere is my card", 50, 12));
            runner.withPropertyValues(
                            "penny.llm.base-url=" + server.baseUrl(),
                            "penny.llm.max-output-tokens=77",
                            "penny.llm.output-cap-field=max_tokens")
                    .run(context -> {
                        assertThat(context).hasNotFailed();
                        context.getBean(LlmClient.class).answer(QUESTION);
                        context.getBean(ExampleParaphraser.class)
                                .paraphrase(
                                        new Intent(
                                                "card_arrival",
                                                "Card arrival",
                                                List.of("card?"),
                                                "5 days.",
                                                null,
                                                null,
                                                null,
                                                null),
                                        2);
                    });
            assertThat(server.requests()).hasSize(2).allSatisfy(request -> {
                JsonNode body = JsonMapper.builder().build().readTree(request.body());
                assertThat(body.get("max_tokens").asInt()).isEqualTo(77);
                assertThat(body.has("max_completion_tokens")).isFalse();
            });
        }
    }

    @Test
    void refuses_an_unknown_cap_field() {
        runner.withPropertyValues("penny.llm.base-url=http://127.0.0.1:9/v1", "penny.llm.output-cap-field=max_length")
                .run(context -> assertThat(context)
                        .getFailure()
                        .hasStackTraceContaining("penny.llm.output-cap-field")
                        .hasStackTraceContaining("max_length"));
    }

    @Test
    void stays_out_of_the_way_without_a_base_url() {
        runner.withPropertyValues("penny.llm.base-url=")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(LlmClient.class));
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(LlmClient.class));
    }
}
