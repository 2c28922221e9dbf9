package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.PennyApplication;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Redis going away while a visitor chats: their message is refused with an error frame on an open socket, and once
 * Redis is back, sending it again (same id) gets it answered, once.
 */
class RedisOutageIT {

    private static TcpProxy redis;
    private static ConfigurableApplicationContext node;

    @BeforeAll
    static void start() {
        CatalogKeys.clear(); // so the node serves the test catalog, whatever an earlier test published
        URI real = URI.create(TwoNodesOnRedisIT.redisUrl());
        redis = new TcpProxy(real.getHost(), real.getPort() < 0 ? 6379 : real.getPort());
        String userInfo = real.getRawUserInfo() == null ? "" : real.getRawUserInfo() + "@";
        node = new SpringApplicationBuilder(PennyApplication.class)
                .run(
                        "--server.port=0",
                        "--penny.catalog=classpath:catalog/test-bank.yml",
                        "--penny.redis.url=redis://" + userInfo + "127.0.0.1:" + redis.port() + "/15",
                        "--penny.redis.timeout=500ms",
                        "--penny.llm.base-url=",
                        "--penny.demo=true"); // signs in as the demo agent
    }

    @AfterAll
    static void stop() throws Exception {
        if (node != null) {
            node.close();
        }
        redis.close();
    }

    @Test
    void a_message_refused_while_redis_is_down_is_answered_once_when_sent_again() throws Exception {
        int port = CatalogNode.port(node);
        try (Visitor visitor = Visitor.start(port)) {
            assertThat(visitor.ask("How do I change my PIN?")
                            .path("payload")
                            .path("route")
                            .asString())
                    .isEqualTo("faq");

            redis.cut();
            visitor.socket.send(
                    "user.message", visitor.conversationId, "during-outage", Map.of("text", "How do I change my PIN?"));
            JsonNode refused = visitor.socket.error("internal");
            assertThat(refused.path("id").asString()).isEqualTo("during-outage");

            redis.restore();
            JsonNode answer = null;
            for (int attempt = 0; attempt < 10 && answer == null; attempt++) {
                visitor.socket.send(
                        "user.message",
                        visitor.conversationId,
                        "during-outage",
                        Map.of("text", "How do I change my PIN?"));
                JsonNode next = visitor.socket.next(
                        f -> f.path("type").asString().equals("error")
                                || f.path("payload").path("replyTo").asString().equals("during-outage"),
                        "an answer or an error");
                if (next.path("type").asString().equals("bot.message")) {
                    answer = next;
                } else {
                    Thread.sleep(500);
                }
            }
            assertThat(answer).as("answered once Redis is back").isNotNull();
            assertThat(answer.path("payload").path("route").asString()).isEqualTo("faq");

            ConversationTurns turns = new ConversationTurns(port, visitor.conversationId);
            assertThat(turns.count("during-outage")).isEqualTo(1);
        }
    }

    /** The stored transcript, read back over REST as an agent would. */
    private record ConversationTurns(int port, String conversationId) {
        long count(String messageId) {
            JsonNode turns = RunningPenny.get(
                            port, "/api/conversations/" + conversationId + "/transcript", "agent", "penny-demo")
                    .body()
                    .path("turns");
            return turns.valueStream()
                    .filter(t -> t.path("id").asString().equals(messageId))
                    .count();
        }
    }
}
