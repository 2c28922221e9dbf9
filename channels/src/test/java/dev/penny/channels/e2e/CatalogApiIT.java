package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.e2e.CatalogEditor.Reply;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The catalog API of docs/catalog-api.md on one node over real Redis (database 15 of REDIS_URL), with the small test
 * catalog as version 1. Each test leaves the draft as valid as it found it.
 */
class CatalogApiIT {

    private static CatalogNode node;
    private static CatalogEditor editor;

    @BeforeAll
    static void start() {
        CatalogKeys.clear();
        node = CatalogNode.start(TwoNodesOnRedisIT.redisUrl());
        editor = node.editor();
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
        CatalogKeys.clear();
    }

    static Map<String, Object> intent(String id, String answer, String... examples) {
        Map<String, Object> intent = new LinkedHashMap<>();
        intent.put("id", id);
        intent.put("title", null);
        intent.put("examples", List.of(examples));
        intent.put("answer", answer);
        intent.put("tags", List.of("savings"));
        return intent;
    }

    static Map<String, Object> savings(String id) {
        return intent(
                id,
                "Open a savings account in the app under **Accounts** → **New savings account**.",
                "How do I open a savings account?",
                "I want to open a savings account",
                "Can I get a savings account with you?",
                "Where do I start a new savings account?",
                "Open a savings pot for me",
                "I'd like to put money aside in a savings account");
    }

    static int live() {
        return editor.get("").body().path("live").path("version").asInt();
    }

    @Test
    void the_catalog_file_is_version_1_published_by_the_file_and_the_draft() {
        JsonNode versions = editor.get("/versions").body();
        JsonNode first = versions.get(versions.size() - 1);
        assertThat(first.path("version").asInt()).isEqualTo(1);
        assertThat(first.path("publishedBy").asString()).isEqualTo("penny (catalog file)");
        assertThat(first.path("diff").path("added").valueStream().map(JsonNode::asString))
                .contains("card_arrival", "change_pin");
        assertThat(editor.get("/draft/intents")
                        .body()
                        .valueStream()
                        .map(i -> i.path("id").asString()))
                .contains("card_arrival", "change_pin");
    }

    @Test
    void creates_edits_renames_adds_examples_to_and_deletes_an_intent() {
        Reply created = editor.post("/draft/intents", savings("savings_edit"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("revision").asLong()).isEqualTo(1);
        assertThat(created.body().path("title").asString()).isEqualTo("Savings edit");

        Map<String, Object> edited = savings("savings_edit");
        edited.put("answer", "Savings accounts open in the app.");
        edited.put("revision", 1);
        Reply updated = editor.put("/draft/intents/savings_edit", edited);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.body().path("revision").asLong()).isEqualTo(2);
        assertThat(editor.get("/draft/intents/savings_edit")
                        .body()
                        .path("answer")
                        .asString())
                .isEqualTo("Savings accounts open in the app.");

        Map<String, Object> renamed = new LinkedHashMap<>(edited);
        renamed.put("id", "savings_renamed");
        renamed.put("revision", 2);
        Reply rename = editor.put("/draft/intents/savings_edit", renamed);
        assertThat(rename.status()).isEqualTo(200);
        assertThat(rename.body().path("id").asString()).isEqualTo("savings_renamed");
        assertThat(rename.body().path("revision").asLong()).isEqualTo(3);
        assertThat(editor.get("/draft/intents/savings_edit").code()).isEqualTo("unknown_intent");

        Reply added = editor.post(
                "/draft/intents/savings_renamed/examples",
                Map.of("examples", List.of("savings account please", "new savings account"), "revision", 3));
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.body().path("examples").valueStream().map(JsonNode::asString))
                .hasSize(8)
                .endsWith("savings account please", "new savings account");

        JsonNode listed =
                editor.get("/draft/intents?q=SAVINGS%20ACCOUNT%20PLEASE").body();
        assertThat(listed.valueStream().map(i -> i.path("id").asString())).containsExactly("savings_renamed");
        assertThat(listed.get(0).path("examples").asInt()).isEqualTo(8);

        assertThat(editor.delete("/draft/intents/savings_renamed?revision=3").code())
                .isEqualTo("edit_conflict");
        assertThat(editor.delete("/draft/intents/savings_renamed?revision=4").status())
                .isEqualTo(204);
        assertThat(editor.get("/draft/intents/savings_renamed").status()).isEqualTo(404);
    }

    @Test
    void an_invalid_intent_is_refused_with_every_problem_naming_its_field() {
        Map<String, Object> bad = intent("Bad Id!", "", "Can I change my PIN abroad?", " ");
        Reply refused = editor.post("/draft/intents", bad);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("invalid_intent");
        List<String> fields = refused.body()
                .path("problems")
                .valueStream()
                .map(p -> p.path("field").asString())
                .toList();
        assertThat(fields).contains("id", "answer").anyMatch(f -> f.startsWith("examples"));
        assertThat(refused.body()
                        .path("problems")
                        .valueStream()
                        .map(p -> p.path("message").asString()))
                .anyMatch(m -> m.contains("change_pin")); // the example another intent claims
        assertThat(editor.get("/draft/intents")
                        .body()
                        .valueStream()
                        .map(i -> i.path("id").asString()))
                .doesNotContain("Bad Id!");
    }

    @Test
    void creating_or_renaming_onto_an_existing_id_is_refused() {
        assertThat(editor.post("/draft/intents", savings("change_pin")).code()).isEqualTo("intent_exists");
        assertThat(editor.post("/draft/intents", savings("savings_taken")).status())
                .isEqualTo(201);
        Map<String, Object> onto = savings("card_arrival");
        onto.put("revision", 1);
        Reply refused = editor.put("/draft/intents/savings_taken", onto);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("intent_exists");
        assertThat(editor.get("/draft/intents/card_arrival")
                        .body()
                        .path("answer")
                        .asString())
                .startsWith("Cards arrive");
        assertThat(editor.delete("/draft/intents/savings_taken?revision=1").status())
                .isEqualTo(204);
    }

    @Test
    void of_two_owners_editing_the_same_revision_the_second_gets_edit_conflict_and_nothing_is_overwritten()
            throws Exception {
        editor.post("/draft/intents", savings("savings_race"));
        Map<String, Object> first = savings("savings_race");
        first.put("answer", "First owner's answer.");
        first.put("revision", 1);
        Map<String, Object> second = savings("savings_race");
        second.put("answer", "Second owner's answer.");
        second.put("revision", 1);

        ExecutorService owners = Executors.newFixedThreadPool(2);
        try {
            List<Future<Reply>> replies = owners.invokeAll(List.<Callable<Reply>>of(
                    () -> editor.put("/draft/intents/savings_race", first),
                    () -> editor.put("/draft/intents/savings_race", second)));
            List<Reply> done = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                done.add(reply.get());
            }
            assertThat(done).extracting(Reply::status).containsExactlyInAnyOrder(200, 409);
            Reply won = done.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
            Reply lost =
                    done.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
            assertThat(lost.code()).isEqualTo("edit_conflict");
            assertThat(lost.body().path("current").path("revision").asLong()).isEqualTo(2);
            assertThat(lost.body().path("current").path("answer").asString())
                    .isEqualTo(won.body().path("answer").asString());
            JsonNode stored = editor.get("/draft/intents/savings_race").body();
            assertThat(stored.path("answer").asString())
                    .isEqualTo(won.body().path("answer").asString());
            assertThat(stored.path("revision").asLong()).isEqualTo(2);
        } finally {
            owners.shutdown();
        }
        assertThat(editor.delete("/draft/intents/savings_race?revision=2").status())
                .isEqualTo(204);
    }

    @Test
    void malformed_and_giant_imports_are_refused_and_change_nothing() {
        String before = editor.get("/draft/export").text();

        Reply malformed = editor.post(
                "/draft/import",
                Map.of("yaml", "locale: en\nintents:\n  - id: a\n    examples: [\"unclosed\n    answer: x\n"));
        assertThat(malformed.status()).isEqualTo(422);
        assertThat(malformed.code()).isEqualTo("invalid_catalog");
        assertThat(malformed.body().path("problems").get(0).path("line").asInt())
                .isPositive();

        Reply invalid = editor.post(
                "/draft/import",
                Map.of(
                        "yaml",
                        "intents:\n  - id: a\n    examples: [one]\n    answer: ''\n  - id: a\n    examples: [two, three]\n"
                                + "    answer: fine\n"));
        assertThat(invalid.code()).isEqualTo("invalid_catalog");
        assertThat(invalid.body().path("problems").size()).isGreaterThanOrEqualTo(3);

        StringBuilder giant = new StringBuilder("intents:\n");
        for (int i = 0; giant.length() < 6 * 1024 * 1024; i++) {
            giant.append("  - id: intent_")
                    .append(i)
                    .append("\n    examples: [\"question ")
                    .append(i)
                    .append(" one\", \"question ")
                    .append(i)
                    .append(" two\"]\n    answer: \"answer ")
                    .append(i)
                    .append("\"\n");
        }
        Reply huge = editor.post("/draft/import", Map.of("yaml", giant.toString()));
        assertThat(huge.status()).isEqualTo(422);
        assertThat(huge.code()).isEqualTo("invalid_catalog");
        assertThat(huge.body().path("message").asString()).isNotBlank();

        assertThat(editor.post("/draft/import", "{\"yaml\": ").code()).isEqualTo("bad_payload");
        assertThat(editor.get("/draft/export").text()).isEqualTo(before);
    }

    @Test
    void a_valid_import_replaces_the_draft_and_export_reads_back_the_same() {
        String before = editor.get("/draft/export").text();
        Reply imported = editor.post("/draft/import", Map.of("yaml", before));
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.body().path("intents").asInt()).isEqualTo(9);
        assertThat(editor.get("/draft/export").text()).isEqualTo(before);
    }

    @Test
    void writes_take_only_json_and_only_editors() {
        Reply form = editor.send(editor.request("/publish")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("expectedLive=1")));
        assertThat(form.status()).isEqualTo(415);
        Reply text = editor.send(editor.request("/draft/intents")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(text.status()).isEqualTo(415);

        CatalogEditor agent = new CatalogEditor(node.port(), "alice", RunningPenny.ALICE_PASSWORD);
        assertThat(agent.get("").status()).isEqualTo(403);
        CatalogEditor stranger = new CatalogEditor(node.port(), "olivia", "wrong");
        assertThat(stranger.get("").status()).isEqualTo(401);
        assertThat(RunningPenny.get(node.port(), "/api/agent/me", CatalogEditor.USER, CatalogEditor.PASSWORD)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void the_quality_report_cross_validates_the_draft_and_prices_each_threshold_from_the_cost_settings() {
        Reply report = editor.post("/draft/report", Map.of("folds", 3));
        assertThat(report.status()).isEqualTo(200);
        JsonNode body = report.body();
        assertThat(body.path("folds").asInt()).isEqualTo(3);
        assertThat(body.path("examples").asInt()).isEqualTo(108);
        assertThat(body.path("accuracy").asDouble()).isBetween(0.5, 1.0);
        assertThat(body.path("chosenThreshold").isNull()).isTrue();
        List<JsonNode> curve = body.path("curve").valueStream().toList();
        assertThat(curve).hasSizeGreaterThan(5);
        assertThat(curve.stream().map(p -> p.path("threshold").asDouble()).toList())
                .isSorted();
        // application.yml's prices: (800 + 20) prompt tokens at $0.15/M and 150 answer tokens at $0.60/M is 123 + 90
        // micro-dollars an LLM escalation; 6 agent minutes at $30/h is $3 a handoff; 1 micro-dollar a classification.
        for (JsonNode point : curve) {
            double escalated = 1 - point.path("automationRate").asDouble();
            assertThat(point.path("llmCostPer1000").asLong()).isEqualTo(Math.round(1000 * (1 + escalated * 213)));
            assertThat(point.path("agentCostPer1000").asLong())
                    .isEqualTo(Math.round(1000 * (1 + escalated * 3_000_000)));
        }

        editor.put("/draft/threshold", Map.of("minAnswerConfidence", 0.5));
        try {
            assertThat(editor.post("/draft/report", "{}")
                            .body()
                            .path("chosenThreshold")
                            .asDouble())
                    .isEqualTo(0.5);
        } finally {
            editor.put("/draft/threshold", "null");
        }
        assertThat(editor.post("/draft/report", Map.of("folds", 1)).code()).isEqualTo("bad_payload");
    }

    @Test
    void a_body_over_the_limit_is_refused_unread() {
        String huge = "{\"yaml\": \"" + "x".repeat(17 * 1024 * 1024) + "\"}";
        Reply refused = editor.post("/draft/import", huge);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("bad_payload");
    }

    @Test
    void the_editor_page_sends_strangers_to_the_login_form_under_a_strict_content_policy() throws Exception {
        java.net.http.HttpResponse<String> page = java.net.http.HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + node.port() + "/editor/"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'none'")
                .contains("connect-src 'self'");
    }

    @Test
    void try_it_against_the_draft_and_the_live_version() {
        editor.post("/draft/intents", savings("savings_try"));
        editor.put("/draft/threshold", Map.of("minAnswerConfidence", 0.3));
        try {
            Reply draft =
                    editor.post("/try", Map.of("text", "I would like to open a savings account", "against", "draft"));
            assertThat(draft.status()).isEqualTo(200);
            assertThat(draft.body().path("version").isNull()).isTrue();
            assertThat(draft.body().path("intents").get(0).path("id").asString())
                    .isEqualTo("savings_try");
            assertThat(draft.body().path("intents").get(0).path("title").asString())
                    .isEqualTo("Savings try");
            assertThat(draft.body().path("route").asString()).isEqualTo("FAQ");
            assertThat(draft.body().path("reason").asString())
                    .contains("savings_try")
                    .contains("0.30");
            assertThat(draft.body().path("answer").path("text").asString()).startsWith("Open a savings account");

            Reply live =
                    editor.post("/try", Map.of("text", "I would like to open a savings account", "against", "live"));
            assertThat(live.body().path("version").asInt()).isEqualTo(live());
            assertThat(live.body()
                            .path("intents")
                            .valueStream()
                            .map(i -> i.path("id").asString()))
                    .doesNotContain("savings_try");
            assertThat(live.body().path("answer").path("text").asString()).doesNotStartWith("Open a savings");

            Reply pin = editor.post("/try", Map.of("text", "How do I change my PIN?", "against", "live"));
            assertThat(pin.body().path("route").asString()).isEqualTo("FAQ");
            assertThat(pin.body().path("answer").path("text").asString()).startsWith("Change your PIN");

            assertThat(editor.post("/try", Map.of("text", " ", "against", "live"))
                            .code())
                    .isEqualTo("bad_payload");
            assertThat(editor.post("/try", Map.of("text", "hi", "against", "v7"))
                            .code())
                    .isEqualTo("bad_payload");
        } finally {
            editor.put("/draft/threshold", "{\"minAnswerConfidence\": null}");
            editor.delete("/draft/intents/savings_try?revision=1");
        }
        assertThat(editor.get("")
                        .body()
                        .path("draft")
                        .path("minAnswerConfidence")
                        .isNull())
                .isTrue();
    }

    @Test
    void publishing_makes_a_version_with_its_diff_and_rollback_publishes_an_earlier_one_again() {
        int before = live();
        editor.post("/draft/intents", savings("savings_pub"));
        editor.put("/draft/threshold", Map.of("minAnswerConfidence", 0.3));
        assertThat(editor.get("").body().path("draft").path("changedSinceLive").asBoolean())
                .isTrue();

        Reply published = editor.post("/publish", Map.of("expectedLive", before));
        assertThat(published.status()).isEqualTo(200);
        int version = published.body().path("version").asInt();
        assertThat(version).isEqualTo(before + 1);
        assertThat(published.body().path("publishedBy").asString()).isEqualTo(CatalogEditor.USER);
        assertThat(published.body().path("minAnswerConfidence").asDouble()).isEqualTo(0.3);
        assertThat(published.body().path("diff").path("added").valueStream().map(JsonNode::asString))
                .containsExactly("savings_pub");
        assertThat(editor.get("").body().path("draft").path("changedSinceLive").asBoolean())
                .isFalse();

        JsonNode versions = editor.get("/versions").body();
        assertThat(versions.get(0).path("version").asInt()).isEqualTo(version);
        assertThat(versions.valueStream().map(v -> v.path("version").asInt()).toList())
                .isSortedAccordingTo((a, b) -> b - a);
        assertThat(editor.get("/versions/" + version)
                        .body()
                        .path("diff")
                        .path("added")
                        .get(0)
                        .asString())
                .isEqualTo("savings_pub");
        assertThat(editor.get("/versions/" + version + "/export").text()).contains("id: savings_pub");
        assertThat(editor.get("/versions/999").code()).isEqualTo("unknown_version");

        JsonNode served = editor.post(
                        "/try", Map.of("text", "I would like to open a savings account", "against", "live"))
                .body();
        assertThat(served.path("version").asInt()).isEqualTo(version);
        assertThat(served.path("route").asString()).isEqualTo("FAQ");
        assertThat(served.path("answer").path("text").asString()).startsWith("Open a savings account");

        Reply stale = editor.post("/publish", Map.of("expectedLive", before));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("publish_conflict");
        assertThat(stale.body().path("liveVersion").asInt()).isEqualTo(version);

        Reply rollback = editor.post("/versions/" + before + "/rollback", Map.of("expectedLive", version));
        assertThat(rollback.status()).isEqualTo(200);
        assertThat(rollback.body().path("version").asInt()).isEqualTo(version + 1);
        assertThat(rollback.body().path("diff").path("removed").valueStream().map(JsonNode::asString))
                .containsExactly("savings_pub");
        JsonNode after = editor.post(
                        "/try", Map.of("text", "I would like to open a savings account", "against", "live"))
                .body();
        assertThat(after.path("version").asInt()).isEqualTo(version + 1);
        assertThat(after.path("intents").valueStream().map(i -> i.path("id").asString()))
                .doesNotContain("savings_pub");
        assertThat(editor.get("/draft/intents/savings_pub").status())
                .as("rollback leaves the draft")
                .isEqualTo(200);

        editor.put("/draft/threshold", "null");
        editor.delete("/draft/intents/savings_pub?revision=1");
    }

    @Test
    void of_two_publishes_racing_one_wins_and_the_other_gets_publish_conflict() throws Exception {
        int before = live();
        ExecutorService owners = Executors.newFixedThreadPool(2);
        try {
            Callable<Reply> publish = () -> editor.post("/publish", Map.of("expectedLive", before));
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> reply : owners.invokeAll(List.of(publish, publish))) {
                replies.add(reply.get());
            }
            assertThat(replies).extracting(Reply::status).containsExactlyInAnyOrder(200, 409);
            assertThat(replies).extracting(Reply::code).contains("publish_conflict");
        } finally {
            owners.shutdown();
        }
        assertThat(live()).isEqualTo(before + 1);
        List<Integer> numbers = editor.get("/versions")
                .body()
                .valueStream()
                .map(v -> v.path("version").asInt())
                .toList();
        assertThat(numbers).first().isEqualTo(before + 1);
        assertThat(numbers).doesNotHaveDuplicates().hasSize(before + 1);
    }

    @Test
    void a_failed_training_leaves_the_live_version_serving() {
        int before = live();
        String draft = editor.get("/draft/export").text();
        Reply imported = editor.post(
                "/draft/import",
                Map.of(
                        "yaml",
                        "intents:\n  - id: only_one\n    examples: [\"a lonely question\", \"another lonely question\"]\n"
                                + "    answer: \"The one answer.\"\n"));
        assertThat(imported.status()).isEqualTo(200);
        try {
            Reply failed = editor.post("/publish", Map.of("expectedLive", before));
            assertThat(failed.status()).isEqualTo(500);
            assertThat(failed.code()).isEqualTo("training_failed");
            assertThat(failed.body().path("message").asString()).contains("live version keeps serving");

            assertThat(live()).isEqualTo(before);
            assertThat(editor.get("/versions").body().size()).isEqualTo(before);
            JsonNode served = editor.post("/try", Map.of("text", "How do I change my PIN?", "against", "live"))
                    .body();
            assertThat(served.path("version").asInt()).isEqualTo(before);
            assertThat(served.path("route").asString()).isEqualTo("FAQ");
        } finally {
            editor.post("/draft/reset", Map.of("version", before));
        }
        assertThat(editor.get("/draft/export").text()).isEqualTo(draft);
    }
}
