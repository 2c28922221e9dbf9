package dev.penny.channels.redis;

import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.UnifiedJedis;

/**
 * Commands on keys of many slots in one pipeline per Redis node: one round trip on a single Redis or a Sentinel-managed
 * primary, one per master holding the keys on a Cluster. Spring Data Redis does not pipeline on a Jedis Cluster
 * connection, so this uses Jedis's own pipelines, which route each command by its key's slot. A script in a pipeline
 * must name keys of one slot only, as everywhere on a Cluster.
 */
final class RedisPipelines {

    private RedisPipelines() {}

    /**
     * Queues the commands {@code commands} issues, sends them, and returns what its supplier reads from the responses
     * once they all arrived.
     */
    static <T> T run(StringRedisTemplate redis, Function<AbstractPipeline, Supplier<T>> commands) {
        return redis.execute((RedisCallback<T>) connection -> {
            try (AbstractPipeline pipeline = open(connection.getNativeConnection())) {
                Supplier<T> result = commands.apply(pipeline);
                pipeline.sync();
                return result.get();
            }
        });
    }

    private static AbstractPipeline open(Object connection) {
        if (connection instanceof Jedis jedis) {
            return jedis.pipelined();
        }
        if (connection instanceof UnifiedJedis cluster) {
            return cluster.pipelined();
        }
        throw new IllegalStateException("Penny pipelines on Jedis connections, not " + connection.getClass());
    }
}
