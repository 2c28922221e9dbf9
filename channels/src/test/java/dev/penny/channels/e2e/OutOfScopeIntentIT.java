package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * With {@code penny.policy.out-of-scope-intent} set, a question the classifier finds out of scope gets that intent's
 * answer over the visitor socket, and the LLM is not called; its quick reply still reaches a person.
 */
@TestPropertySource(properties = "penny.policy.out-of-scope-intent=" + OutOfScopeQuestions.SCOPE)
class OutOfScopeIntentIT extends OutOfScopeQuestions {

    @Test
    void an_out_of_scope_question_gets_the_out_of_scope_answer_without_an_llm_call() {
        int calls = llm.requests().size();
        try (Visitor visitor = visitor()) {
            JsonNode payload = visitor.ask(WEATHER).path("payload");

            assertThat(payload.path("route").asString()).isEqualTo("faq");
            assertThat(payload.path("text").asString()).startsWith("I can answer questions about your card");
            assertThat(payload.path("quickReplies").get(0).asString()).isEqualTo("Talk to a person");
            assertThat(llm.requests())
                    .as("no LLM call for an out-of-scope question")
                    .hasSize(calls);
            assertThat(botTurn(visitor, 1).path("reason").asString())
                    .startsWith("out of scope (best guess ")
                    .endsWith("; answering with out-of-scope intent " + SCOPE);

            JsonNode person = visitor.pick("Talk to a person").path("payload");
            assertThat(person.path("route").asString()).isEqualTo("human");
        }
    }

    @Test
    void an_in_scope_question_is_answered_from_its_own_intent() {
        try (Visitor visitor = visitor()) {
            JsonNode payload = visitor.ask("How do I change my PIN?").path("payload");

            assertThat(payload.path("route").asString()).isEqualTo("faq");
            assertThat(botTurn(visitor, 1).path("reason").asString()).startsWith("confident");
        }
    }

    @Test
    void try_it_shows_the_out_of_scope_route_reason_and_answer() {
        int calls = llm.requests().size();
        JsonNode result = tried(WEATHER);

        assertThat(result.path("outOfScope").asBoolean()).isTrue();
        assertThat(result.path("route").asString()).isEqualTo("FAQ");
        assertThat(result.path("reason").asString()).contains("answering with out-of-scope intent " + SCOPE);
        assertThat(result.path("answer").path("text").asString()).startsWith("I can answer questions about your card");
        assertThat(result.path("answer").path("quickReplies").get(0).asString()).isEqualTo("Talk to a person");
        assertThat(llm.requests()).hasSize(calls);
    }
}
