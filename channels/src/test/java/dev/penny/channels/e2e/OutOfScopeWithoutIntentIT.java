package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.llm.LocalOpenAiServer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Without {@code penny.policy.out-of-scope-intent}, the same out-of-scope question goes to the LLM, as it always did. */
class OutOfScopeWithoutIntentIT extends OutOfScopeQuestions {

    @Test
    void an_out_of_scope_question_is_grounded_on_the_faq_and_costs_an_llm_call() {
        llm.enqueue(
                LocalOpenAiServer.Reply.answer("I can't tell the weather, but I can help with your card.", 500, 20));
        int calls = llm.requests().size();
        try (Visitor visitor = visitor()) {
            JsonNode payload = visitor.ask(WEATHER).path("payload");

            assertThat(payload.path("route").asString()).isEqualTo("llm");
            assertThat(llm.requests()).hasSize(calls + 1);
            assertThat(llm.requests().get(calls).body()).contains("weather going to be like tomorrow");
            assertThat(botTurn(visitor, 1).path("reason").asString())
                    .startsWith("out of scope (best guess ")
                    .contains("grounding the LLM");
        }
        assertThat(tried(WEATHER).path("outOfScope").asBoolean()).isTrue();
    }
}
