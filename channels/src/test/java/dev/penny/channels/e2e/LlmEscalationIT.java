package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.llm.LocalLlm;
import dev.penny.channels.llm.LocalOpenAiServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Questions the FAQ answers only loosely go to the real langchain4j OpenAI client, talking HTTP to an
 * OpenAI-compatible server in the test; failures and a spent budget go to a person.
 */
@TestPropertySource(
        properties = {
            // One call's estimate (about 210 µ$) fits; after one billed call (270 µ$) the next does not.
            "penny.cost.budget-per-conversation=400",
            "penny.llm.timeout=2s",
            "penny.llm.api-key=test-key",
        })
@LocalLlm
class LlmEscalationIT extends RunningPenny {

    @Autowired
    LocalOpenAiServer llm;

    @Test
    void an_unknown_question_is_answered_by_the_llm_with_its_cost_recorded_until_the_budget_is_spent() {
        llm.enqueue(LocalOpenAiServer.Reply.answer(
                "Joint accounts aren't offered yet, but each of you can open an account.", 1000, 200));
        try (Visitor visitor = visitor()) {
            JsonNode answer = visitor.ask("can I have a joint account with my wife");

            assertThat(answer.path("payload").path("route").asString()).isEqualTo("llm");
            assertThat(answer.path("payload").path("source").asString()).isEqualTo("llm");
            assertThat(answer.path("payload").path("text").asString()).startsWith("Joint accounts aren't offered");
            LocalOpenAiServer.Request request =
                    llm.requests().get(llm.requests().size() - 1);
            assertThat(request.authorization()).isEqualTo("Bearer test-key");
            assertThat(request.body()).contains("joint account with my wife");

            JsonNode cost = get("/api/conversations/" + visitor.conversationId + "/cost")
                    .body()
                    .path("cost");
            assertThat(cost.path("llmInputTokens").asLong()).isEqualTo(1000);
            assertThat(cost.path("llmOutputTokens").asLong()).isEqualTo(200);
            // $0.15 and $0.60 per million tokens: 150 + 120 micro-dollars.
            assertThat(cost.path("llmMicroDollars").asLong()).isEqualTo(270);
            assertThat(cost.path("spentMicroDollars").asLong()).isEqualTo(271);
            assertThat(cost.path("savingMicroDollars").asLong())
                    .isEqualTo(cost.path("allLlmMicroDollars").asLong() - 271);

            int calls = llm.requests().size();
            JsonNode handoff = visitor.ask("do you have a branch in Berlin");
            assertThat(handoff.path("payload").path("route").asString()).isEqualTo("human");
            assertThat(llm.requests())
                    .as("no LLM call once the budget is spent")
                    .hasSize(calls);
            JsonNode transcript = get("/api/conversations/" + visitor.conversationId + "/transcript")
                    .body();
            assertThat(transcript.path("turns").get(3).path("reason").asString())
                    .contains("conversation LLM budget spent");
        }
    }

    @Test
    void an_llm_error_hands_the_visitor_to_a_person() {
        llm.enqueue(LocalOpenAiServer.Reply.status(500, "{\"error\":{\"message\":\"overloaded\"}}"));
        try (Visitor visitor = visitor()) {
            JsonNode handoff = visitor.ask("can I have a joint account with my wife");

            assertThat(handoff.path("payload").path("route").asString()).isEqualTo("human");
            assertThat(visitor.socket
                            .next("handoff.status")
                            .path("payload")
                            .path("status")
                            .asString())
                    .isIn("waiting", "no_agent_online");
            JsonNode bot = get("/api/conversations/" + visitor.conversationId + "/transcript")
                    .body()
                    .path("turns")
                    .get(1);
            assertThat(bot.path("reason").asString()).contains("the LLM failed");
        }
    }

    @Test
    void an_llm_answering_nonsense_hands_the_visitor_to_a_person() {
        llm.enqueue(LocalOpenAiServer.Reply.raw("<html>Bad gateway</html>"));
        try (Visitor visitor = visitor()) {
            assertThat(visitor.ask("can I have a joint account with my wife")
                            .path("payload")
                            .path("route")
                            .asString())
                    .isEqualTo("human");
        }
    }

    @Test
    void an_llm_that_times_out_hands_the_visitor_to_a_person() {
        llm.enqueue(LocalOpenAiServer.Reply.answer("Too late.", 10, 10).after(Duration.ofSeconds(5)));
        try (Visitor visitor = visitor()) {
            JsonNode handoff = visitor.ask("can I have a joint account with my wife");

            assertThat(handoff.path("payload").path("route").asString()).isEqualTo("human");
            JsonNode bot = get("/api/conversations/" + visitor.conversationId + "/transcript")
                    .body()
                    .path("turns")
                    .get(1);
            assertThat(bot.path("reason").asString()).contains("TIMEOUT");
        }
    }

    @Test
    void an_llm_saying_the_faq_does_not_cover_it_hands_the_visitor_to_a_person() {
        llm.enqueue(LocalOpenAiServer.Reply.answer("NOT_COVERED", 900, 3));
        try (Visitor visitor = visitor()) {
            JsonNode handoff = visitor.ask("can I have a joint account with my wife");

            assertThat(handoff.path("payload").path("route").asString()).isEqualTo("human");
            JsonNode cost = get("/api/conversations/" + visitor.conversationId + "/cost")
                    .body()
                    .path("cost");
            assertThat(cost.path("llmInputTokens").asLong()).isEqualTo(900);
        }
    }

    @Test
    void health_reports_the_configured_llm_without_calling_it() {
        int before = llm.requests().size();
        JsonNode health = get("/actuator/health").body().path("components").path("llm");

        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.path("details").path("baseUrl").asString()).isEqualTo(llm.baseUrl());
        assertThat(llm.requests()).hasSize(before);
    }
}
