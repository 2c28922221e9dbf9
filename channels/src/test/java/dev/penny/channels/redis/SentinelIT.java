package dev.penny.channels.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.config.PennyProperties;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.conversation.Turn;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.redis.connection.jedis.JedisConnectionFactory;

/**
 * Penny on a real Sentinel-managed Redis ({@link RedisSentinelNodes}), configured by {@code
 * spring.data.redis.sentinel.*} alone: its conversations go to the primary the Sentinel names, and survive a failover
 * to the replica, after which new turns are stored on the new primary.
 */
class SentinelIT {

    private static RedisSentinelNodes nodes;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(PennySettings.class, RedisConfiguration.class)
            .withPropertyValues(
                    "penny.redis.url=",
                    "spring.data.redis.sentinel.master=" + RedisSentinelNodes.MASTER,
                    "spring.data.redis.sentinel.nodes=" + nodes.sentinel());

    @EnableConfigurationProperties(PennyProperties.class)
    static class PennySettings {}

    @BeforeAll
    static void startSentinel() {
        nodes = RedisSentinelNodes.start();
    }

    @AfterAll
    static void stopSentinel() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void conversations_live_on_the_primary_the_sentinel_names_and_survive_a_failover() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            JedisConnectionFactory factory =
                    context.getBean("pennyRedisConnectionFactory", JedisConnectionFactory.class);
            assertThat(factory.getSentinelConfiguration()).isNotNull();
            ConversationStore store = context.getBean(ConversationStore.class);

            int primary = nodes.primaryPort();
            assertThat(primary).isEqualTo(nodes.firstPrimaryPort());
            ConversationId id = ConversationId.random();
            Turn before = Turn.visitor(MessageId.random(), id, "before", Instant.parse("2025-03-14T09:00:00Z"));
            store.appendAll(List.of(before));
            assertThat(store.transcript(id)).containsExactly(before);
            // the turn is on the primary the Sentinel named, not on some other Redis
            assertThat(keysOf(primary, id)).isNotBlank();
            // acknowledged by the replica before the failover, as a failover only keeps replicated writes
            assertThat(nodes.cli(primary, "WAIT", "1", "1000").strip()).isEqualTo("1");

            int promoted = nodes.failover();
            assertThat(promoted).isEqualTo(nodes.firstReplicaPort());

            Turn after = Turn.visitor(MessageId.random(), id, "after", Instant.parse("2025-03-14T09:01:00Z"));
            // Jedis learns of the switch from the Sentinel's +switch-master message: appends may fail until then
            RedisSentinelNodes.await(() -> appended(store, after), "Penny to append on the new primary");
            assertThat(store.transcript(id)).containsExactly(before, after);
            assertThat(keysOf(promoted, id)).isNotBlank();
        });
    }

    @Test
    void without_the_sentinel_settings_penny_does_not_find_this_redis() {
        // the Sentinel's port is no Redis data node: a Penny that took it for one would fail to start or to store
        new ApplicationContextRunner()
                .withUserConfiguration(PennySettings.class, RedisConfiguration.class)
                .withPropertyValues(
                        "penny.redis.url=",
                        "spring.data.redis.host=127.0.0.1",
                        "spring.data.redis.port="
                                + nodes.sentinel().substring(nodes.sentinel().lastIndexOf(':') + 1))
                .run(context -> {
                    if (context.getStartupFailure() != null) {
                        return;
                    }
                    ConversationId id = ConversationId.random();
                    Turn turn = Turn.visitor(MessageId.random(), id, "lost", Instant.parse("2025-03-14T09:00:00Z"));
                    assertThat(appended(context.getBean(ConversationStore.class), turn))
                            .isFalse();
                });
    }

    private static boolean appended(ConversationStore store, Turn turn) {
        try {
            store.appendAll(List.of(turn));
            return store.transcript(turn.conversationId()).contains(turn);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String keysOf(int port, ConversationId id) {
        return nodes.cli(port, "--scan", "--pattern", "*" + id + "*");
    }
}
