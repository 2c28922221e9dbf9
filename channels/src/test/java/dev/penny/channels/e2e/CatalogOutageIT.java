package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Redis going away under the catalog: a publish or an edit on a node that cannot reach Redis gets 503
 * store_unavailable and changes nothing; and a node that missed a publish's announcement while cut off catches up by
 * its periodic check once Redis is back.
 */
class CatalogOutageIT {

    private static TcpProxy redis;
    private static CatalogNode direct;
    private static CatalogNode cutOff;

    @BeforeAll
    static void start() {
        CatalogKeys.clear();
        URI real = URI.create(TwoNodesOnRedisIT.redisUrl());
        redis = new TcpProxy(real.getHost(), real.getPort() < 0 ? 6379 : real.getPort());
        String userInfo = real.getRawUserInfo() == null ? "" : real.getRawUserInfo() + "@";
        direct = CatalogNode.start(TwoNodesOnRedisIT.redisUrl());
        cutOff = CatalogNode.start(
                "redis://" + userInfo + "127.0.0.1:" + redis.port() + "/15",
                "--penny.redis.timeout=500ms",
                "--penny.publishing.check-every=1s");
    }

    @AfterAll
    static void stop() throws Exception {
        for (CatalogNode node : new CatalogNode[] {cutOff, direct}) {
            if (node != null) {
                node.close();
            }
        }
        redis.close();
        CatalogKeys.clear();
    }

    @Test
    void a_publish_or_edit_while_redis_is_away_gets_503_and_changes_nothing() throws Exception {
        CatalogEditor editor = cutOff.editor();
        JsonNode pin = editor.get("/draft/intents/change_pin").body();
        int before = direct.editor().get("").body().path("live").path("version").asInt();
        String draftBefore = direct.editor().get("/draft/export").text();

        redis.cut();
        try {
            CatalogEditor.Reply publish = editor.post("/publish", Map.of("expectedLive", before));
            assertThat(publish.status()).isEqualTo(503);
            assertThat(publish.code()).isEqualTo("store_unavailable");
            Map<String, Object> edited = SocketClient.JSON.convertValue(pin, Map.class);
            edited.put("answer", "Lost in the outage.");
            CatalogEditor.Reply edit = editor.put("/draft/intents/change_pin", edited);
            assertThat(edit.status()).isEqualTo(503);
            assertThat(edit.code()).isEqualTo("store_unavailable");
        } finally {
            redis.restore();
        }

        assertThat(direct.editor().get("").body().path("live").path("version").asInt())
                .isEqualTo(before);
        assertThat(direct.editor().get("/versions").body().size()).isEqualTo(before);
        assertThat(direct.editor().get("/draft/export").text()).isEqualTo(draftBefore);
        JsonNode served = awaitLive(editor, before);
        assertThat(served.path("answer").path("text").asString()).startsWith("Change your PIN at any Penny Bank ATM");
    }

    @Test
    void a_node_that_missed_the_announcement_while_redis_was_away_catches_up() throws Exception {
        CatalogEditor owner = direct.editor();
        int before = owner.get("").body().path("live").path("version").asInt();
        redis.cut();
        int published;
        try {
            Map<String, Object> threshold = Map.of("minAnswerConfidence", 0.05);
            assertThat(owner.put("/draft/threshold", threshold).status()).isEqualTo(200);
            CatalogEditor.Reply reply = owner.post("/publish", Map.of("expectedLive", before));
            assertThat(reply.status()).isEqualTo(200);
            published = reply.body().path("version").asInt();
            Thread.sleep(1500); // the cut-off node's periodic checks fail meanwhile
        } finally {
            redis.restore();
            owner.put("/draft/threshold", "null");
        }
        long restored = System.nanoTime();
        JsonNode served = awaitLive(cutOff.editor(), published);
        assertThat(served.path("version").asInt()).isEqualTo(published);
        System.out.println("The cut-off node served v" + published + " "
                + Duration.ofNanos(System.nanoTime() - restored).toMillis() + " ms after Redis came back");
    }

    /** Tries a phrase against the node's live version until it is {@code version}, for up to 20 s. */
    private static JsonNode awaitLive(CatalogEditor editor, int version) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            CatalogEditor.Reply reply =
                    editor.post("/try", Map.of("text", "Can I change my PIN abroad?", "against", "live"));
            if (reply.status() == 200) {
                last = reply.body();
                if (last.path("version").asInt() == version) {
                    return last;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the node never served v" + version + "; last answer " + last);
    }
}
