package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.catalog.ServedCatalog;
import dev.penny.channels.testing.Eventually;
import dev.penny.core.analytics.AnalyticsCounters;
import dev.penny.core.analytics.CountedBucket;
import dev.penny.core.analytics.Granularity;
import dev.penny.core.analytics.Measures;
import dev.penny.core.policy.Route;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The analytics counters fed by real traffic over the sockets, and {@code /api/analytics}: its figures equal the
 * store's counts, its CSV export, its refusals (agents, strangers, bad ranges) and the same counts as Prometheus meters.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "penny.catalog=classpath:catalog/test-bank.yml",
            "penny.policy.min-answer-confidence=0.6",
            "penny.redis.url=",
            "penny.llm.base-url=",
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
class AnalyticsIT {

    static final String LEAD = "lea";
    static final String LEAD_PASSWORD = "lead-one-password";
    static final String LEAD_HASH = "$2a$10$ZJY4x12trWRI3tOE1nXtuO9umyK7.WIsTRBZpYAVPKSiPq78wv93K";

    @LocalServerPort
    int port;

    @Autowired
    AnalyticsCounters counters;

    @Autowired
    ServedCatalog served;

    private CountedBucket todayBucket() {
        Instant day = Granularity.DAY.start(Instant.now());
        return counters.buckets(Granularity.DAY, day, day.plusSeconds(1)).get(0);
    }

    private Map<String, Long> today() {
        return todayBucket().totals();
    }

    /** Today's counts once this node has written all it holds (reading the API writes them first). */
    private CountedBucket flushed() {
        assertThat(RunningPenny.get(port, "/api/analytics", LEAD, LEAD_PASSWORD).status())
                .isEqualTo(200);
        return todayBucket();
    }

    private static Map<String, Long> plus(Map<String, Long> before, Map<String, Long> deltas) {
        Map<String, Long> expected = new HashMap<>();
        deltas.forEach((measure, delta) -> expected.put(measure, before.getOrDefault(measure, 0L) + delta));
        return expected;
    }

    @Test
    void traffic_over_the_sockets_is_counted_and_the_api_shows_the_stores_counts() {
        Map<String, Long> before = flushed().totals();
        try (Agent alice = new Agent(SocketClient.agent(port, "alice", RunningPenny.ALICE_PASSWORD));
                Visitor ana = Visitor.start(port);
                Visitor bo = Visitor.start(port)) {
            JsonNode answer = ana.ask("How do I change my PIN?");
            assertThat(answer.path("payload").path("route").asString()).isEqualTo("faq");
            String thumb = "t-" + System.nanoTime();
            ana.socket.send(
                    "feedback",
                    ana.conversationId,
                    thumb,
                    Map.of("turnId", answer.path("id").asString(), "helpful", false));
            ana.socket.next(f -> thumb.equals(f.path("id").asString()), "feedback saved");

            assertThat(bo.ask("I want to talk to a human please")
                            .path("payload")
                            .path("route")
                            .asString())
                    .isEqualTo("human");
            alice.awaitWaiting(bo.conversationId);
            alice.claim(bo.conversationId);
            alice.answerTo(alice.command("agent.close", bo.conversationId, Map.of()));
        }

        Eventually.within(
                Duration.ofSeconds(5),
                () -> assertThat(today())
                        .containsAllEntriesOf(plus(
                                before,
                                Map.of(
                                        Measures.CONVERSATIONS,
                                        2L,
                                        Measures.VISITOR_MESSAGES,
                                        2L,
                                        Measures.answers(Route.FAQ),
                                        1L,
                                        Measures.answers(Route.HUMAN),
                                        1L,
                                        Measures.intent("change_pin"),
                                        1L,
                                        Measures.HANDED_OFF,
                                        1L,
                                        Measures.WITH_PERSON,
                                        1L,
                                        Measures.CLOSED,
                                        1L,
                                        Measures.UNHELPFUL,
                                        1L,
                                        Measures.unhelpful("change_pin"),
                                        1L))));

        Instant day = Granularity.DAY.start(Instant.now());
        JsonNode report = RunningPenny.get(
                        port,
                        "/api/analytics?granularity=day&from=" + day + "&to=" + day.plus(Duration.ofDays(1)),
                        LEAD,
                        LEAD_PASSWORD)
                .body();
        Map<String, Long> store = today();
        JsonNode totals = report.path("totals");
        assertThat(report.path("buckets")).hasSize(1);
        assertThat(totals.path("conversations").asLong()).isEqualTo(store.get(Measures.CONVERSATIONS));
        assertThat(totals.path("answers").path("faq").asLong()).isEqualTo(store.get(Measures.answers(Route.FAQ)));
        assertThat(totals.path("answers").path("human").asLong()).isEqualTo(store.get(Measures.answers(Route.HUMAN)));
        assertThat(totals.path("withPerson").asLong()).isEqualTo(store.get(Measures.WITH_PERSON));
        assertThat(totals.path("automationRate").asDouble())
                .isEqualTo(rate(
                        store.get(Measures.CONVERSATIONS) - store.get(Measures.WITH_PERSON),
                        store.get(Measures.CONVERSATIONS)));
        assertThat(totals.path("unhelpful").asLong()).isEqualTo(store.get(Measures.UNHELPFUL));
        assertThat(totals.path("botMicroUsd").asLong())
                .isEqualTo(store.getOrDefault("micro-usd:local_classification", 0L)
                        + store.getOrDefault("micro-usd:llm_input_tokens", 0L)
                        + store.getOrDefault("micro-usd:llm_output_tokens", 0L))
                .isPositive();
        assertThat(totals.path("allLlmMicroUsd").asLong()).isEqualTo(store.get("micro-usd:all_llm_baseline"));
        String version = served.liveFaq().current().label();
        assertThat(report.path("byVersion").path(version).path("conversations").asLong())
                .isEqualTo(todayBucket().of(version, Measures.CONVERSATIONS));
        assertThat(report.path("topIntents").findValuesAsString("intent")).contains("change_pin");
        assertThat(report.path("mostThumbsDown").get(0).path("intent").asString())
                .isEqualTo("change_pin");
    }

    @Test
    void the_csv_has_a_row_per_bucket_for_all_versions_and_one_per_version() {
        long before = flushed().total(Measures.CONVERSATIONS);
        try (Visitor ana = Visitor.start(port)) {
            ana.ask("How do I change my PIN?");
        }
        Instant day = Granularity.DAY.start(Instant.now());
        String range = "granularity=day&from=" + day + "&to=" + day.plus(Duration.ofDays(1));
        Eventually.within(
                Duration.ofSeconds(5), () -> assertThat(today()).containsEntry(Measures.CONVERSATIONS, before + 1));

        HttpResponse<String> csv = fetch("/api/analytics/export.csv?" + range, LEAD, LEAD_PASSWORD);
        Map<String, Long> store = today();

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("attachment; filename=\"penny-analytics-day-"));
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).startsWith("start,catalog_version,conversations,visitor_messages,answers_faq,");
        String version = served.liveFaq().current().label();
        CountedBucket bucket = todayBucket();
        assertThat(lines).hasSize(2 + bucket.byVersion().size());
        String[] all = lines.get(1).split(",", -1);
        assertThat(all[0]).isEqualTo(day.toString());
        assertThat(all[1]).isEqualTo("all");
        assertThat(Long.parseLong(all[2])).isEqualTo(store.get(Measures.CONVERSATIONS));
        assertThat(Long.parseLong(all[4])).isEqualTo(store.get(Measures.answers(Route.FAQ)));
        assertThat(all).hasSize(lines.get(0).split(",").length);
        String versionRow = day + "," + version + "," + bucket.of(version, Measures.CONVERSATIONS) + ","
                + bucket.of(version, Measures.VISITOR_MESSAGES) + "," + bucket.of(version, Measures.answers(Route.FAQ))
                + ",";
        assertThat(lines.subList(2, lines.size()))
                .anySatisfy(line -> assertThat(line).startsWith(versionRow));
    }

    @Test
    void leads_and_editors_may_read_the_analytics_agents_and_strangers_may_not() {
        assertThat(fetch("/api/analytics", LEAD, LEAD_PASSWORD).statusCode()).isEqualTo(200);
        assertThat(fetch("/api/analytics", CatalogEditor.USER, CatalogEditor.PASSWORD)
                        .statusCode())
                .isEqualTo(200);
        assertThat(fetch("/api/analytics", "alice", RunningPenny.ALICE_PASSWORD).statusCode())
                .isEqualTo(403);
        assertThat(fetch("/api/analytics/export.csv", "alice", RunningPenny.ALICE_PASSWORD)
                        .statusCode())
                .isEqualTo(403);
        assertThat(fetch("/api/analytics", null, null).statusCode()).isEqualTo(401);
        assertThat(fetch("/api/analytics", LEAD, "wrong").statusCode()).isEqualTo(401);
        // the page signs in with the login form (the browser test signs in there), never with Basic
        HttpResponse<String> stranger = fetch("/analytics/", LEAD, LEAD_PASSWORD);
        assertThat(stranger.statusCode()).isEqualTo(302);
        assertThat(stranger.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        // the lead is not an agent
        assertThat(fetch("/api/conversations/waiting", LEAD, LEAD_PASSWORD).statusCode())
                .isEqualTo(403);
    }

    @Test
    void a_range_that_is_not_understood_is_refused_with_a_stable_code() {
        for (String query : List.of(
                "granularity=week",
                "from=yesterday",
                "from=2026-12-06&to=2026-12-05",
                "granularity=hour&from=2025-01-01&to=2026-12-06")) {
            RunningPenny.Response refused = RunningPenny.get(port, "/api/analytics?" + query, LEAD, LEAD_PASSWORD);
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.body().path("code").asString()).as(query).isEqualTo("invalid_range");
        }
    }

    @Test
    void prometheus_shows_the_same_counts_as_meters() {
        try (Visitor ana = Visitor.start(port)) {
            ana.ask("How do I change my PIN?");
        }
        String version = served.liveFaq().current().label();
        Eventually.within(Duration.ofSeconds(5), () -> {
            String scrape = fetch("/actuator/prometheus", "alice", RunningPenny.ALICE_PASSWORD)
                    .body();
            // one node, one context: the meters count what the store counted since this Penny started
            long conversations = todayBucket().of(version, Measures.CONVERSATIONS);
            assertThat(scrape)
                    .containsPattern("(?m)^penny_analytics_total\\{catalog_version=\"" + version
                            + "\",measure=\"conversations\"\\} " + conversations + "\\.0$")
                    .containsPattern("(?m)^penny_analytics_total\\{catalog_version=\"" + version
                            + "\",measure=\"answers:faq\"\\} [1-9]")
                    .doesNotContain("measure=\"intent:");
        });
    }

    @Test
    void a_publish_splits_the_counts_by_catalog_version() {
        String before = served.liveFaq().current().label();
        try (Visitor ana = Visitor.start(port)) {
            ana.ask("How do I change my PIN?");
        }
        CatalogEditor editor = new CatalogEditor(port, CatalogEditor.USER, CatalogEditor.PASSWORD);
        int live = editor.get("").body().path("live").path("version").asInt();
        assertThat(editor.post("/publish", Map.of("expectedLive", live)).status())
                .isEqualTo(200);
        Eventually.within(
                Duration.ofSeconds(30),
                () -> assertThat(served.liveFaq().current().label()).isNotEqualTo(before));
        String after = served.liveFaq().current().label();
        long beforeCounted = flushed().of(before, Measures.CONVERSATIONS);
        try (Visitor bo = Visitor.start(port)) {
            bo.ask("How do I change my PIN?");
        }

        Instant day = Granularity.DAY.start(Instant.now());
        Eventually.within(Duration.ofSeconds(5), () -> {
            JsonNode byVersion = RunningPenny.get(
                            port,
                            "/api/analytics?granularity=day&from=" + day + "&to=" + day.plus(Duration.ofDays(1)),
                            LEAD,
                            LEAD_PASSWORD)
                    .body()
                    .path("byVersion");
            assertThat(byVersion.path(after).path("conversations").asLong()).isEqualTo(1);
            assertThat(byVersion.path(after).path("answers").path("faq").asLong())
                    .isEqualTo(1);
            assertThat(byVersion.path(before).path("conversations").asLong()).isEqualTo(beforeCounted);
        });
    }

    private static double rate(long part, long whole) {
        return Math.round(10_000.0 * part / whole) / 10_000.0;
    }

    private HttpResponse<String> fetch(String path, String user, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (user != null) {
            request.header(
                    "Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes()));
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
