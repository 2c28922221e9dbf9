package dev.penny.channels.redis;

import java.time.Duration;
import java.util.HashSet;
import org.springframework.boot.data.redis.autoconfigure.DataRedisProperties;
import org.springframework.data.redis.connection.RedisClusterConfiguration;
import org.springframework.data.redis.connection.RedisPassword;
import org.springframework.data.redis.connection.RedisSentinelConfiguration;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.jedis.JedisConnectionFactory;

/**
 * Connections as Spring Boot's {@code spring.data.redis.*} describe them, used when {@code penny.redis.url} is not
 * set: a Cluster ({@code cluster.nodes}), a Sentinel-managed primary ({@code sentinel.master} and {@code
 * sentinel.nodes}), or a single server ({@code url}, or {@code host}, {@code port} and {@code database}); with ACL
 * {@code username} and {@code password} and {@code ssl.enabled} in each case. The pool and time limits are Penny's,
 * as for the URL ({@code timeout} when set, else {@code penny.redis.timeout}).
 */
final class SpringDataRedisConnections {

    private SpringDataRedisConnections() {}

    /** What the settings name, for messages: never a password. */
    static String describe(DataRedisProperties redis) {
        if (cluster(redis)) {
            return "the Redis Cluster at " + redis.getCluster().getNodes();
        }
        if (sentinel(redis)) {
            return "the Redis primary " + redis.getSentinel().getMaster() + " of the Sentinels at "
                    + redis.getSentinel().getNodes();
        }
        return redis.getUrl() != null
                ? RedisConnections.redacted(redis.getUrl())
                : "the Redis at " + redis.getHost() + ":" + redis.getPort();
    }

    private static boolean cluster(DataRedisProperties redis) {
        return redis.getCluster() != null && !redis.getCluster().getNodes().isEmpty();
    }

    private static boolean sentinel(DataRedisProperties redis) {
        return redis.getSentinel() != null && redis.getSentinel().getMaster() != null;
    }

    static JedisConnectionFactory factory(DataRedisProperties redis, Duration pennyTimeout, int maxConnections) {
        Duration timeout = redis.getTimeout() == null ? pennyTimeout : redis.getTimeout();
        boolean ssl = redis.getSsl().isEnabled();
        if (cluster(redis)) {
            RedisClusterConfiguration cluster =
                    new RedisClusterConfiguration(redis.getCluster().getNodes());
            if (redis.getCluster().getMaxRedirects() != null) {
                cluster.setMaxRedirects(redis.getCluster().getMaxRedirects());
            }
            cluster.setUsername(redis.getUsername());
            cluster.setPassword(RedisPassword.of(redis.getPassword()));
            return RedisConnections.factory(cluster, timeout, ssl, maxConnections);
        }
        if (sentinel(redis)) {
            RedisSentinelConfiguration sentinel = new RedisSentinelConfiguration(
                    redis.getSentinel().getMaster(),
                    new HashSet<>(redis.getSentinel().getNodes()));
            sentinel.setDatabase(redis.getDatabase());
            sentinel.setUsername(redis.getUsername());
            sentinel.setPassword(RedisPassword.of(redis.getPassword()));
            sentinel.setSentinelUsername(redis.getSentinel().getUsername());
            sentinel.setSentinelPassword(RedisPassword.of(redis.getSentinel().getPassword()));
            return RedisConnections.factory(sentinel, timeout, ssl, maxConnections);
        }
        if (redis.getUrl() != null) {
            return RedisConnections.factory(redis.getUrl(), timeout, maxConnections);
        }
        RedisStandaloneConfiguration server = new RedisStandaloneConfiguration(redis.getHost(), redis.getPort());
        server.setDatabase(redis.getDatabase());
        server.setUsername(redis.getUsername());
        server.setPassword(RedisPassword.of(redis.getPassword()));
        return RedisConnections.factory(server, timeout, ssl, maxConnections);
    }
}
