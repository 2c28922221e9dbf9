package dev.penny.channels.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.llm.LocalOpenAiServer.Reply;
import dev.penny.core.llm.GroundedQuestion;
import dev.penny.core.llm.LlmAnswer;
import dev.penny.core.llm.LlmClient;
import dev.penny.core.understanding.FaqEntry;
import dev.penny.core.understanding.FaqMatch;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

class LlmConfigurationIT {

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
                        LlmAnswer answer = context.getBean(LlmClient.class)
                                .answer(new GroundedQuestion(
                                        "card?",
                                        List.of(new FaqMatch(
                                                new FaqEntry("card_arrival", "Card arrival", "5 days.", List.of()),
                                                0.7))));
                        assertThat(answer).isEqualTo(LlmAnswer.covered("Within 5 working days.", 200, 6));
                    });
            assertThat(server.requests()).singleElement().satisfies(request -> {
                assertThat(request.body()).contains("local-model");
                assertThat(JsonMapper.builder()
                                .build()
                                .readTree(request.body())
                                .get("max_completion_tokens")
                                .asInt())
                        .isEqualTo(123);
                assertThat(request.authorization())
                        .as("no key configured, none sent")
                        .isNull();
            });
        }
    }

    @Test
    void stays_out_of_the_way_without_a_base_url() {
        runner.withPropertyValues("penny.llm.base-url=")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(LlmClient.class));
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(LlmClient.class));
    }
}
