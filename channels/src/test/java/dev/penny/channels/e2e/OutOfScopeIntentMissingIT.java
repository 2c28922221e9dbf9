package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.llm.LocalOpenAiServer;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * An out-of-scope intent the catalog lacks does not stop Penny from starting: out-of-scope questions go to the LLM as
 * if the setting were unset.
 */
@TestPropertySource(properties = "penny.policy.out-of-scope-intent=no_such_intent")
class OutOfScopeIntentMissingIT extends OutOfScopeQuestions {

    @Test
    void an_out_of_scope_question_goes_to_the_llm_when_the_intent_is_not_in_the_catalog() {
        llm.enqueue(LocalOpenAiServer.Reply.answer("I can't tell the weather.", 500, 20));
        int calls = llm.requests().size();
        try (Visitor visitor = visitor()) {
            JsonNode payload = visitor.ask(WEATHER).path("payload");

            assertThat(payload.path("route").asString()).isEqualTo("llm");
            assertThat(llm.requests()).hasSize(calls + 1);
            assertThat(botTurn(visitor, 1).path("reason").asString()).doesNotContain("out-of-scope intent");
        }
    }
}
