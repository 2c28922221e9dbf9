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
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Editing the draft through the catalog API: intents, validation, conflicts, imports, and who may do it. */
class CatalogEditingIT extends CatalogOnRedis {

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
}
