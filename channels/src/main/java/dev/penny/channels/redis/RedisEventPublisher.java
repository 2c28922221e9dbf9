package dev.penny.channels.redis;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.springframework.data.redis.connection.jedis.JedisClusterConnection;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import redis.clients.jedis.Connection;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * Publishes on Redis pub/sub so that what one thread publishes in turn reaches every subscriber in that order. On a
 * Cluster a {@code PUBLISH} names no key, so Jedis sends each to any node, and the nodes forward it to each other over
 * separate links: two messages sent to two nodes overtake each other. Every message of a channel therefore goes to the
 * node serving the slot of the channel's name, whose one link to each other node keeps the order.
 */
final class RedisEventPublisher {

    private final StringRedisTemplate redis;

    RedisEventPublisher(StringRedisTemplate redis) {
        this.redis = Objects.requireNonNull(redis, "redis");
    }

    void publish(String channel, String message) {
        // exposed: the template otherwise hands the callback a proxy that is not the cluster connection
        redis.execute(
                (RedisCallback<Long>) connection -> {
                    if (connection instanceof JedisClusterConnection cluster) {
                        try (Connection node = cluster.getNativeConnection()
                                .getConnectionFromSlot(JedisClusterCRC16.getSlot(channel))) {
                            return new Jedis(node).publish(channel, message);
                        }
                    }
                    return connection.publish(
                            channel.getBytes(StandardCharsets.UTF_8), message.getBytes(StandardCharsets.UTF_8));
                },
                true);
    }
}
