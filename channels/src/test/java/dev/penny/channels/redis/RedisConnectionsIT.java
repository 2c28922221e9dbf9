package dev.penny.channels.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.jedis.JedisConnectionFactory;

class RedisConnectionsIT {

    @Test
    void keeps_its_connections_when_more_threads_than_eight_used_them_at_once() {
        JedisConnectionFactory factory =
                RedisConnections.factory(RedisTestServer.get().url(), Duration.ofSeconds(2));
        factory.afterPropertiesSet();
        factory.start();
        try {
            useAtOnce(factory, 20);
            long opened = connectionsRedisAccepted(factory);
            useAtOnce(factory, 20);
            // Commons-pool's default of 8 idle connections had closed 12 of them, and the second round opened 12.
            assertThat(connectionsRedisAccepted(factory) - opened).isZero();
        } finally {
            factory.destroy();
        }
    }

    private static void useAtOnce(JedisConnectionFactory factory, int connections) {
        List<RedisConnection> held = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            RedisConnection connection = factory.getConnection();
            connection.ping();
            held.add(connection);
        }
        held.forEach(RedisConnection::close);
    }

    private static long connectionsRedisAccepted(JedisConnectionFactory factory) {
        try (RedisConnection connection = factory.getConnection()) {
            Properties stats = connection.serverCommands().info("stats");
            return Long.parseLong(stats.getProperty("total_connections_received"));
        }
    }
}
