package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.e2e.CatalogEditor.Reply;
import dev.penny.core.policy.PolicySettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Trying phrases, the quality report, publishing, versions, rollback, racing publishes and failed training. */
class CatalogPublishingIT extends CatalogOnRedis {

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
    void the_quality_report_cross_validates_the_draft_and_prices_each_threshold_from_the_cost_settings() {
        Reply report = editor.post("/draft/report", Map.of("folds", 3));
        assertThat(report.status()).isEqualTo(200);
        JsonNode body = report.body();
        assertThat(body.path("folds").asInt()).isEqualTo(3);
        assertThat(body.path("examples").asInt()).isEqualTo(108);
        assertThat(body.path("accuracy").asDouble()).isBetween(0.5, 1.0);
        assertThat(body.path("chosenThreshold").isNull()).isTrue();
        // a draft without articles quotes none from the articles' calibration: the default, and the report says so
        assertThat(body.path("passageThreshold").path("score").asDouble())
                .isEqualTo(PolicySettings.DEFAULT_MIN_PASSAGE_SCORE);
        assertThat(body.path("passageThreshold").path("origin").asString()).isEqualTo("default");
        assertThat(body.path("passageThreshold").path("calibrated").asBoolean()).isFalse();
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
    void the_draft_diff_shows_what_publishing_will_change_as_the_published_version_then_records_it() {
        int before = live();
        editor.post("/draft/reset", Map.of("version", before));
        assertThat(editor.get("/draft/diff").body())
                .as("a draft just made from the live version changes nothing")
                .isEqualTo(SocketClient.JSON.readTree("{\"added\": [], \"removed\": [], \"changed\": [],"
                        + " \"articles\": {\"added\": [], \"removed\": [], \"changed\": []}}"));

        editor.post("/draft/intents", savings("savings_diff"));
        ObjectNode pin = (ObjectNode) editor.get("/draft/intents/change_pin").body();
        String answerBefore = pin.path("answer").asString();
        pin.put("answer", "Change your PIN at any of our cash machines.");
        ((ArrayNode) pin.path("examples")).add("How can I pick a new PIN?");
        assertThat(editor.put("/draft/intents/change_pin", pin).status()).isEqualTo(200);
        editor.delete("/draft/intents/exchange_rate?revision="
                + editor.get("/draft/intents/exchange_rate")
                        .body()
                        .path("revision")
                        .asLong());

        Reply diff = editor.get("/draft/diff");
        assertThat(diff.status()).isEqualTo(200);
        assertThat(diff.body().path("added").valueStream().map(JsonNode::asString))
                .containsExactly("savings_diff");
        assertThat(diff.body().path("removed").valueStream().map(JsonNode::asString))
                .containsExactly("exchange_rate");
        List<JsonNode> changed = diff.body().path("changed").valueStream().toList();
        assertThat(changed).hasSize(1);
        JsonNode change = changed.get(0);
        assertThat(change.path("intentId").asString()).isEqualTo("change_pin");
        assertThat(change.path("changedFields").valueStream().map(JsonNode::asString))
                .containsExactly("answer", "examples");
        assertThat(change.path("examplesAdded").valueStream().map(JsonNode::asString))
                .containsExactly("How can I pick a new PIN?");
        assertThat(change.path("examplesRemoved").isEmpty()).isTrue();
        assertThat(change.path("answerBefore").asString()).isEqualTo(answerBefore);
        assertThat(change.path("answerAfter").asString()).isEqualTo("Change your PIN at any of our cash machines.");

        try {
            Reply published = editor.post("/publish", Map.of("expectedLive", before));
            assertThat(published.status()).isEqualTo(200);
            int version = published.body().path("version").asInt();
            assertThat(editor.get("/versions/" + version).body().path("diff"))
                    .as("what the draft diff promised is what the version records")
                    .isEqualTo(diff.body());
            assertThat(editor.get("/draft/diff").body().path("changed").isEmpty())
                    .isTrue();
            assertThat(editor.post("/versions/" + before + "/rollback", Map.of("expectedLive", version))
                            .status())
                    .isEqualTo(200);
        } finally {
            editor.post("/draft/reset", Map.of("version", before));
        }
        assertThat(editor.get("/draft/diff").body().path("added").isEmpty()).isTrue();
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
