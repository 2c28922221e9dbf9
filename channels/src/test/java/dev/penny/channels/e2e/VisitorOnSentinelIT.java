package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.PennyApplication;
import dev.penny.channels.redis.RedisSentinelNodes;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A visitor chatting with a Penny node on a real Sentinel-managed Redis across a failover: the message answered before
 * it and the one sent after it (again with the same id, if refused while Jedis switched primaries) are both in the
 * stored transcript, once each.
 */
class VisitorOnSentinelIT {

    private static RedisSentinelNodes redis;
    private static ConfigurableApplicationContext node;

    @BeforeAll
    static void start() {
        redis = RedisSentinelNodes.start();
        node = new SpringApplicationBuilder(PennyApplication.class)
                .run(
                        "--server.port=0",
                        "--penny.catalog=classpath:catalog/test-bank.yml",
                        "--penny.redis.url=",
                        "--spring.data.redis.sentinel.master=" + RedisSentinelNodes.MASTER,
                        "--spring.data.redis.sentinel.nodes=" + redis.sentinel(),
                        "--penny.redis.timeout=500ms",
                        "--penny.llm.base-url=",
                        "--penny.demo=true"); // signs in as the demo agent
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void no_accepted_message_is_lost_across_a_failover() throws Exception {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        try (Visitor visitor = Visitor.start(port)) {
            String before = visitor.send("user.message", "How do I change my PIN?");
            assertThat(visitor.answerTo(before).path("payload").path("route").asString())
                    .isEqualTo("faq");
            int primary = redis.primaryPort();
            assertThat(redis.cli(primary, "WAIT", "1", "1000").strip()).isEqualTo("1");

            redis.failover();

            String after = "after-failover";
            JsonNode answer = null;
            for (int attempt = 0; attempt < 30 && answer == null; attempt++) {
                visitor.socket.send(
                        "user.message", visitor.conversationId, after, Map.of("text", "How do I change my PIN?"));
                JsonNode next = visitor.socket.next(
                        f -> f.path("type").asString().equals("error")
                                || f.path("payload").path("replyTo").asString().equals(after),
                        "an answer or an error");
                if (next.path("type").asString().equals("bot.message")) {
                    answer = next;
                } else {
                    Thread.sleep(500);
                }
            }
            assertThat(answer).as("answered after the failover").isNotNull();

            JsonNode turns = RunningPenny.get(
                            port, "/api/conversations/" + visitor.conversationId + "/transcript", "agent", "penny-demo")
                    .body()
                    .path("turns");
            assertThat(turns.valueStream()
                            .filter(t -> t.path("id").asString().equals(before))
                            .count())
                    .isEqualTo(1);
            assertThat(turns.valueStream()
                            .filter(t -> t.path("id").asString().equals(after))
                            .count())
                    .isEqualTo(1);
        }
    }
}
