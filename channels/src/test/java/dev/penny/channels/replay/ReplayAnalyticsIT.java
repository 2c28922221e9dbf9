package dev.penny.channels.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The analytics page and the replay's JSON agree on the same traffic: a replay of a small corpus, then the analytics
 * of the Penny that served it, read as a support lead reads them ({@code /api/analytics}).
 */
class ReplayAnalyticsIT {

    private static final String CORPUS = """
            {"id":"known","turns":[{"text":"I am still waiting on my card?","expect":"card_arrival"},\
            {"text":"What is my money worth in other countries?","expect":"exchange_rate"}]}
            {"id":"person","turns":[{"text":"Can I talk to a person please?","expect":"human"},\
            {"text":"What is my money worth in other countries?","expect":"exchange_rate"}]}
            {"id":"elsewhere","turns":[{"text":"What's the weather going to be like tomorrow in Lisbon?","expect":"oos"}]}
            {"id":"pin","turns":[{"text":"How do I change my PIN?","expect":"change_pin"},\
            {"text":"I want to speak to a human agent","expect":"human"}]}
            """;

    private static final String LEAD = "lea";
    private static final String LEAD_PASSWORD = "lead-one-password";
    private static final String LEAD_HASH = "$2a$10$ZJY4x12trWRI3tOE1nXtuO9umyK7.WIsTRBZpYAVPKSiPq78wv93K";

    @TempDir
    Path dir;

    @Test
    void the_analytics_of_the_replayed_traffic_agree_with_the_replays_figures() throws Exception {
        Path corpus = Files.writeString(dir.resolve("corpus.jsonl"), CORPUS);
        ReplayOptions options = new ReplayOptions(
                corpus,
                150_000,
                600_000,
                Duration.ofMillis(1000),
                2,
                null,
                List.of(
                        "--penny.catalog=classpath:catalog/test-bank.yml",
                        "--penny.agents[1].username=" + LEAD,
                        "--penny.agents[1].password-hash=" + LEAD_HASH,
                        "--penny.agents[1].roles=LEAD"));
        AtomicReference<JsonNode> analytics = new AtomicReference<>();

        Map<String, Object> figures = ReplayCommand.replay(
                        options,
                        ReplayCorpus.read(corpus),
                        penny -> analytics.set(read(penny.getEnvironment().getProperty("local.server.port"))))
                .values();

        JsonNode totals = analytics.get().path("totals");
        int turns = (int) figures.get("turns");
        assertThat(totals.path("conversations").asLong())
                .isEqualTo(((Number) figures.get("conversations")).longValue());
        assertThat(totals.path("automationRate").asDouble()).isEqualTo((double) figures.get("automation_rate"));
        assertThat(figures.get("automation_rate")).isEqualTo(0.5);
        // every replayed turn took one route; a picked choice adds one FAQ answer the replay counts as the choice's
        assertThat(totals.path("answers").path("llm").asLong()).isEqualTo(turnsOf(figures, "llm_share", turns));
        assertThat(totals.path("answers").path("human").asLong()).isEqualTo(turnsOf(figures, "handoff_share", turns));
        long choices = turnsOf(figures, "choice_share", turns);
        assertThat(totals.path("answers").path("choice").asLong()).isEqualTo(choices);
        long picked = figures.get("choices_picked") == null
                ? 0
                : Math.round((double) figures.get("choices_picked") * choices);
        assertThat(totals.path("answers").path("faq").asLong())
                .isEqualTo(turnsOf(figures, "faq_share", turns) + picked);
        assertThat(totals.path("llmCalls").asLong()).isEqualTo(turnsOf(figures, "llm_share", turns));
        // money: the same ledger events, counted by the page as they were recorded
        assertThat(totals.path("botMicroUsd").asLong() / 1e6).isEqualTo((double) figures.get("cost_usd"));
        assertThat(totals.path("allLlmMicroUsd").asLong() / 1e6).isEqualTo((double) figures.get("all_llm_cost_usd"));
        assertThat(totals.path("agentSeconds").asLong()).isEqualTo((long) figures.get("agent_seconds"));
        assertThat(totals.path("agentMicroUsd").asLong() / 1e6).isEqualTo((double) figures.get("agent_cost_usd"));
        double ratio = (double) totals.path("botMicroUsd").asLong()
                / totals.path("allLlmMicroUsd").asLong();
        assertThat(Math.round(ratio * 10_000) / 10_000.0).isEqualTo((double) figures.get("cost_ratio_to_all_llm"));
    }

    private static long turnsOf(Map<String, Object> figures, String share, int turns) {
        Object value = figures.get(share);
        return value == null ? 0 : Math.round((double) value * turns);
    }

    private static JsonNode read(String port) {
        Instant day = Instant.now().truncatedTo(ChronoUnit.DAYS);
        String query = "granularity=day&from=" + day + "&to=" + day.plus(Duration.ofDays(1));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/analytics?" + query))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString((LEAD + ":" + LEAD_PASSWORD).getBytes()))
                .build();
        try {
            HttpResponse<String> response =
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JsonMapper.builder().build().readTree(response.body());
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
