package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two nodes on one real Redis: an owner publishes an edited answer on node A, and a visitor chatting with node B over
 * the real WebSocket gets the new answer without either node restarting. Node B checks the store only every minute,
 * so reaching it within seconds is the pub/sub announcement's doing.
 */
class CatalogOnTwoNodesIT {

    private static final String QUESTION = "Can I change my PIN abroad?";
    private static final String NEW_ANSWER = "Change your PIN in the app under **Card** → **PIN**; no ATM needed.";

    private static CatalogNode nodeA;
    private static CatalogNode nodeB;

    @BeforeAll
    static void startTwoNodes() {
        CatalogKeys.clear();
        nodeA = CatalogNode.start(TwoNodesOnRedisIT.redisUrl(), "--penny.publishing.check-every=60s");
        // The visitor asks every 200 ms until the answer changes: more than the default rate limit allows.
        nodeB = CatalogNode.start(
                TwoNodesOnRedisIT.redisUrl(),
                "--penny.publishing.check-every=60s",
                "--penny.limits.rate-limit-messages=1000");
    }

    @AfterAll
    static void stopNodes() {
        for (CatalogNode node : new CatalogNode[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
        CatalogKeys.clear();
    }

    @Test
    void a_publish_on_one_node_changes_the_answers_of_the_other_without_a_restart() throws Exception {
        CatalogEditor editor = nodeA.editor();
        try (Visitor visitor = Visitor.start(nodeB.port())) {
            JsonNode before = visitor.ask(QUESTION).path("payload");
            assertThat(before.path("route").asString()).isEqualTo("faq");
            assertThat(before.path("text").asString()).startsWith("Change your PIN at any Penny Bank ATM");

            JsonNode pin = editor.get("/draft/intents/change_pin").body();
            Map<String, Object> edited = SocketClient.JSON.convertValue(pin, Map.class);
            edited.put("answer", NEW_ANSWER);
            assertThat(editor.put("/draft/intents/change_pin", edited).status()).isEqualTo(200);
            int live = editor.get("").body().path("live").path("version").asInt();
            CatalogEditor.Reply published = editor.post("/publish", Map.of("expectedLive", live));
            assertThat(published.status()).isEqualTo(200);
            assertThat(published.body().path("diff").path("changed").get(0).asString())
                    .isEqualTo("change_pin");
            long publishedAt = System.nanoTime();

            String answer = before.path("text").asString();
            while (!answer.equals(NEW_ANSWER)
                    && System.nanoTime() - publishedAt < Duration.ofSeconds(20).toNanos()) {
                Thread.sleep(200);
                JsonNode reply = visitor.ask(QUESTION).path("payload");
                assertThat(reply.path("route").asString()).isEqualTo("faq");
                answer = reply.path("text").asString();
                // Old or new, never anything else: a half-swapped version would answer otherwise.
                assertThat(answer).isIn(before.path("text").asString(), NEW_ANSWER);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - publishedAt);
            assertThat(answer).as("node B answers from the new version").isEqualTo(NEW_ANSWER);
            assertThat(took).as("well before node B's own check (60s)").isLessThan(Duration.ofSeconds(20));
            System.out.println("Node B answered from the new version " + took.toMillis() + " ms after the publish");
        }
        JsonNode health = RunningPenny.get(nodeB.port(), "/actuator/health", "alice", RunningPenny.ALICE_PASSWORD)
                .body();
        assertThat(health.path("components")
                        .path("model")
                        .path("details")
                        .path("catalogVersion")
                        .asInt())
                .isEqualTo(2);
    }
}
