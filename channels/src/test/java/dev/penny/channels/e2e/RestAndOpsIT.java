package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The REST API for agents, and the actuator's health and metrics. */
class RestAndOpsIT extends RunningPenny {

    @Test
    void the_transcript_shows_each_bot_turn_with_its_route_scores_and_reason() {
        try (Visitor visitor = visitor()) {
            visitor.ask("How do I change my PIN?");
            JsonNode transcript = get("/api/conversations/" + visitor.conversationId + "/transcript")
                    .body();

            assertThat(transcript.path("state").asString()).isEqualTo("bot");
            JsonNode bot = transcript.path("turns").get(1);
            assertThat(bot.path("route").asString()).isEqualTo("faq");
            assertThat(bot.path("reason").asString()).startsWith("confident: change_pin");
            assertThat(bot.path("scores").get(0).path("intentId").asString()).isEqualTo("change_pin");
            assertThat(bot.path("scores").get(0).path("confidence").asDouble()).isGreaterThan(0.6);
        }
    }

    @Test
    void the_cost_of_a_faq_answer_is_local_compute_with_the_all_llm_counterfactual() {
        try (Visitor visitor = visitor()) {
            visitor.ask("How do I change my PIN?");
            JsonNode cost = get("/api/conversations/" + visitor.conversationId + "/cost")
                    .body()
                    .path("cost");

            assertThat(cost.path("classifications").asLong()).isEqualTo(1);
            assertThat(cost.path("classificationMicroDollars").asLong()).isEqualTo(1);
            assertThat(cost.path("llmMicroDollars").asLong()).isZero();
            assertThat(cost.path("allLlmMicroDollars").asLong()).isGreaterThan(100);
            assertThat(cost.path("savingMicroDollars").asLong())
                    .isEqualTo(cost.path("allLlmMicroDollars").asLong() - 1);
        }
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        JsonNode daily = get("/api/costs/daily?date=" + today).body();
        assertThat(daily.path("date").asString()).isEqualTo(today);
        assertThat(daily.path("cost").path("classifications").asLong()).isPositive();
        assertThat(get("/api/costs/daily").body().path("date").asString()).isEqualTo(today);
    }

    @Test
    void the_api_refuses_strangers_bad_tokens_and_unknown_conversations() {
        assertThat(get(port, "/api/costs/daily", null, null).status()).isEqualTo(401);
        assertThat(get(port, "/api/costs/daily", "alice", "wrong").status()).isEqualTo(401);
        Response bad = get("/api/conversations/nope/cost");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("code").asString()).isEqualTo("invalid_conversation");
        Response unknown = get("/api/conversations/AAAAAAAAAAAAAAAAAAAAAA/transcript");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().path("code").asString()).isEqualTo("unknown_conversation");
        assertThat(get("/api/costs/daily?date=yesterday").body().path("code").asString())
                .isEqualTo("bad_payload");
    }

    @Test
    void health_reports_the_model_and_no_llm_or_redis_when_none_is_configured() {
        assertThat(get(port, "/actuator/health", null, null)
                        .body()
                        .path("status")
                        .asString())
                .isEqualTo("UP");
        JsonNode components = get("/actuator/health").body().path("components");
        assertThat(components.path("model").path("status").asString()).isEqualTo("UP");
        assertThat(components.path("model").path("details").path("intents").asInt())
                .isEqualTo(9);
        assertThat(components.has("llm")).isFalse();
        assertThat(components.has("redis")).isFalse();
    }

    @Test
    void metrics_count_messages_by_route_and_time_the_answers() {
        try (Visitor visitor = visitor()) {
            visitor.ask("How do I change my PIN?");
        }
        JsonNode messages =
                get("/actuator/metrics/penny.messages?tag=route:faq").body();
        assertThat(messages.path("measurements").get(0).path("value").asDouble())
                .isPositive();
        assertThat(get("/actuator/metrics/penny.answer.latency").status()).isEqualTo(200);
        assertThat(get("/actuator/metrics/penny.cost?tag=kind:local_classification")
                        .status())
                .isEqualTo(200);
        assertThat(get("/actuator/metrics/penny.handoff.queue").status()).isEqualTo(200);
        assertThat(get("/actuator/metrics/penny.agents.online").status()).isEqualTo(200);
        assertThat(get(port, "/actuator/metrics", null, null).status()).isEqualTo(401);
    }
}
