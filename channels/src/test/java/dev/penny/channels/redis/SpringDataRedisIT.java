package dev.penny.channels.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.config.PennyProperties;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.conversation.Turn;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.redis.connection.RedisClusterConnection;
import org.springframework.data.redis.connection.jedis.JedisConnectionFactory;

/** Penny on Redis through Spring Boot's {@code spring.data.redis.*} settings alone, without {@code penny.redis.url}. */
class SpringDataRedisIT {

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(PennySettings.class, RedisConfiguration.class);

    @EnableConfigurationProperties(PennyProperties.class)
    static class PennySettings {}

    @Test
    void a_cluster_named_by_its_nodes_holds_the_conversations() {
        RedisClusterTestServer cluster = RedisClusterTestServer.get();
        runner.withPropertyValues("spring.data.redis.cluster.nodes=" + String.join(",", cluster.nodes()))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    JedisConnectionFactory factory =
                            context.getBean("pennyRedisConnectionFactory", JedisConnectionFactory.class);
                    try (var connection = factory.getConnection()) {
                        assertThat(connection).isInstanceOf(RedisClusterConnection.class);
                    }
                    assertThat(storesAndReads(context.getBean(ConversationStore.class)))
                            .isTrue();
                });
    }

    @Test
    void an_acl_user_and_password_on_a_host_and_port_are_used() {
        URI server = URI.create(RedisTestServer.get().url());
        String user = "penny-it-" + Long.toHexString(System.nanoTime());
        RedisTestServer.get().template().execute((org.springframework.data.redis.core.RedisCallback<Object>)
                c -> c.execute(
                        "ACL",
                        bytes("SETUSER"),
                        bytes(user),
                        bytes("on"),
                        bytes(">s3cret"),
                        bytes("~*"),
                        bytes("&*"),
                        bytes("+@all")));
        try {
            runner.withPropertyValues(
                            "spring.data.redis.host=" + server.getHost(),
                            "spring.data.redis.port=" + server.getPort(),
                            "spring.data.redis.database=" + RedisTestServer.TEST_DATABASE,
                            "spring.data.redis.username=" + user,
                            "spring.data.redis.password=s3cret")
                    .run(context -> {
                        assertThat(context).hasNotFailed();
                        assertThat(storesAndReads(context.getBean(ConversationStore.class)))
                                .isTrue();
                    });
            runner.withPropertyValues(
                            "spring.data.redis.host=" + server.getHost(),
                            "spring.data.redis.port=" + server.getPort(),
                            "spring.data.redis.username=" + user,
                            "spring.data.redis.password=wrong")
                    .run(context -> assertThat(context)
                            .hasFailed()
                            .getFailure()
                            .hasStackTraceContaining("is unreachable")
                            .satisfies(e -> assertThat(e.toString()).doesNotContain("wrong")));
        } finally {
            RedisTestServer.get().template().execute((org.springframework.data.redis.core.RedisCallback<Object>)
                    c -> c.execute("ACL", bytes("DELUSER"), bytes(user)));
        }
    }

    private static boolean storesAndReads(ConversationStore store) {
        ConversationId id = ConversationId.random();
        Turn turn = Turn.visitor(MessageId.random(), id, "hello", Instant.parse("2025-03-14T09:00:00Z"));
        store.appendAll(List.of(turn));
        return store.transcript(id).equals(List.of(turn));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
