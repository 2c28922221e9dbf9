package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.llm.LocalLlm;
import dev.penny.channels.llm.LocalOpenAiServer;
import dev.penny.channels.testing.Eventually;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The editor's suggested examples against a real langchain4j client and a local OpenAI-compatible server, under a
 * daily LLM budget with room for one call and not two: each call sends the answer cap, a failed call gives back what
 * it held, a call that succeeds is charged the usage the server reported as editor spending (daily costs, analytics
 * JSON and CSV, Prometheus), and once the budget is spent the server is not asked at all.
 *
 * <p>Extended once per store, each with a local LLM server of its own ({@link LocalLlm}).
 *
 * <p>Prices $0.15 and $0.60 per million tokens; an answer cap of 1 000 tokens, so each call holds $0.0006 for the
 * answer and about $0.00013 for the prompt (800 estimated tokens of instructions and the intent's examples): one hold
 * fits the $0.0014 budget, two do not.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "penny.catalog=classpath:catalog/test-bank.yml",
            "penny.policy.min-answer-confidence=0.6",
            "penny.redis.url=",
            "penny.llm.max-output-tokens=1000",
            "penny.cost.llm-input-per-million-tokens=150000",
            "penny.cost.llm-output-per-million-tokens=600000",
            "penny.cost.estimated-prompt-tokens=800",
            "penny.cost.budget-per-day=1400",
            "penny.agents[0].username=alice",
            "penny.agents[0].password-hash=" + RunningPenny.ALICE_HASH,
            "penny.agents[0].roles=AGENT",
            "penny.agents[1].username=" + AnalyticsIT.LEAD,
            "penny.agents[1].password-hash=" + AnalyticsIT.LEAD_HASH,
            "penny.agents[1].roles=LEAD",
            "penny.agents[2].username=" + CatalogEditor.USER,
            "penny.agents[2].password-hash=" + CatalogEditor.HASH,
            "penny.agents[2].roles=EDITOR",
        })
@LocalLlm
abstract class EditorLlmSpendingContract {

    private static final String SUGGEST = "/draft/intents/change_pin/suggested-examples";

    @LocalServerPort
    int port;

    @Autowired
    LocalOpenAiServer llm;

    @Test
    void suggested_examples_are_held_within_the_daily_budget_charged_as_editor_spending_and_refused_once_it_is_spent() {
        CatalogEditor editor = new CatalogEditor(port, CatalogEditor.USER, CatalogEditor.PASSWORD);

        // A failing call: the server is asked, the editor is told, and the hold is given back.
        llm.enqueue(LocalOpenAiServer.Reply.status(500, "{\"error\":{\"message\":\"overloaded\"}}"));
        CatalogEditor.Reply failed = editor.post(SUGGEST, Map.of("count", 3));
        assertThat(failed.status()).isEqualTo(502);
        assertThat(failed.code()).isEqualTo("llm_failed");
        assertThat(llm.requests()).hasSize(1);

        // Had the failed call kept its hold, this one would not fit: two holds exceed the budget.
        llm.enqueue(LocalOpenAiServer.Reply.answer(
                "1. How can I pick a new PIN?\n2. Change my card PIN please\n3. I want another PIN", 4_000, 1_000));
        CatalogEditor.Reply suggested = editor.post(SUGGEST, Map.of("count", 3));
        assertThat(suggested.status()).as(suggested.text()).isEqualTo(200);
        assertThat(suggested.body().path("proposals").size()).isEqualTo(3);
        assertThat(llm.requests()).hasSize(2);
        JsonNode sent = SocketClient.JSON.readTree(llm.requests().get(1).body());
        assertThat(sent.path("max_completion_tokens").asInt()).isEqualTo(1000);

        // Charged what the server reported: 4 000 prompt tokens $0.0006, 1 000 answer tokens $0.0006.
        JsonNode daily = RunningPenny.get(port, "/api/costs/daily", "alice", RunningPenny.ALICE_PASSWORD)
                .body()
                .path("cost");
        assertThat(daily.path("editorLlmInputTokens").asLong()).isEqualTo(4_000);
        assertThat(daily.path("editorLlmOutputTokens").asLong()).isEqualTo(1_000);
        assertThat(daily.path("editorLlmMicroDollars").asLong()).isEqualTo(1_200);
        assertThat(daily.path("llmMicroDollars").asLong()).isZero();
        assertThat(daily.path("spentMicroDollars").asLong()).isEqualTo(1_200);

        // $0.0002 left, less than a call holds: refused before the server is asked.
        CatalogEditor.Reply refused = editor.post(SUGGEST, Map.of("count", 3));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.code()).isEqualTo("llm_budget_exhausted");
        assertThat(refused.body().path("message").asString()).contains("daily LLM budget spent");
        assertThat(llm.requests()).hasSize(2);

        // The analytics page, its CSV and Prometheus show it as the editor's, apart from the visitors' spending.
        Instant day = LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
        String range = "granularity=day&from=" + day + "&to=" + day.plus(Duration.ofDays(1));
        JsonNode totals = RunningPenny.get(port, "/api/analytics?" + range, AnalyticsIT.LEAD, AnalyticsIT.LEAD_PASSWORD)
                .body()
                .path("totals");
        assertThat(totals.path("editorLlmCalls").asLong()).isEqualTo(1);
        assertThat(totals.path("editorLlmMicroUsd").asLong()).isEqualTo(1_200);
        assertThat(totals.path("llmCalls").asLong()).isZero();
        assertThat(totals.path("botMicroUsd").asLong()).isZero();

        List<String> csv = fetch("/api/analytics/export.csv?" + range, AnalyticsIT.LEAD, AnalyticsIT.LEAD_PASSWORD)
                .body()
                .lines()
                .toList();
        List<String> header = List.of(csv.get(0).split(","));
        List<String> all = List.of(csv.get(1).split(",", -1));
        assertThat(all.get(header.indexOf("catalog_version"))).isEqualTo("all");
        assertThat(all.get(header.indexOf("editor_llm_calls"))).isEqualTo("1");
        assertThat(all.get(header.indexOf("editor_llm_cost_usd"))).isEqualTo("0.001200");
        assertThat(all.get(header.indexOf("llm_cost_usd"))).isEqualTo("0.000000");

        Eventually.within(
                Duration.ofSeconds(5),
                () -> assertThat(fetch("/actuator/prometheus", "alice", RunningPenny.ALICE_PASSWORD)
                                .body())
                        .containsPattern(
                                "(?m)^penny_cost_microdollars_total\\{kind=\"editor_llm_input_tokens\"\\} 600\\.0$")
                        .containsPattern(
                                "(?m)^penny_cost_microdollars_total\\{kind=\"editor_llm_output_tokens\"\\} 600\\.0$")
                        .containsPattern(
                                "(?m)^penny_analytics_total\\{catalog_version=\"[^\"]+\",measure=\"editor-llm-calls\"\\} 1\\.0$"));
    }

    private HttpResponse<String> fetch(String path, String user, String password) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes()))
                .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
