package dev.penny.channels.redis;

import dev.penny.channels.config.DispatchProperties;
import dev.penny.channels.dispatch.DispatchThreads;
import java.net.URI;
import java.time.Duration;
import org.springframework.data.redis.connection.RedisClusterConfiguration;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.RedisSentinelConfiguration;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.jedis.JedisClientConfiguration;
import org.springframework.data.redis.connection.jedis.JedisConnectionFactory;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPoolConfig;
import redis.clients.jedis.util.JedisURIHelper;

/**
 * Connections to the Redis named by a {@code redis://[user:password@]host[:port][/db]} URL ({@code rediss://} for
 * TLS), with time limits on connecting, reading and waiting for a pooled connection, so a Redis that went away fails
 * calls instead of hanging them.
 */
final class RedisConnections {

    /**
     * Connections for the threads outside dispatch: web requests of the agent desk and editor, agent sockets, event
     * relays, claim renewals.
     */
    static final int OUTSIDE_DISPATCH = 32;

    private RedisConnections() {}

    /** A factory for the URL with a pool of {@link #OUTSIDE_DISPATCH} connections; Spring, or the caller, starts it. */
    static JedisConnectionFactory factory(String url, Duration timeout) {
        return factory(url, timeout, OUTSIDE_DISPATCH);
    }

    /**
     * The most connections a node needs: one for each dispatch thread that may call Redis at the same moment, and
     * those outside dispatch. A pool smaller than the threads makes busy threads wait for a connection, and fail once
     * they have waited the timeout, while Redis itself is idle.
     */
    static int poolSize(DispatchProperties dispatch) {
        return DispatchThreads.usingTheStore(dispatch) + OUTSIDE_DISPATCH;
    }

    /** A factory for the URL with a pool of {@code maxConnections}; Spring, or the caller, starts it. */
    static JedisConnectionFactory factory(String url, Duration timeout, int maxConnections) {
        URI uri = parse(url);
        HostAndPort address = JedisURIHelper.getHostAndPort(uri);
        RedisStandaloneConfiguration server = new RedisStandaloneConfiguration(address.getHost(), address.getPort());
        server.setDatabase(JedisURIHelper.getDBIndex(uri));
        server.setUsername(JedisURIHelper.getUser(uri));
        server.setPassword(JedisURIHelper.getPassword(uri));
        return new JedisConnectionFactory(
                server, client(timeout, JedisURIHelper.isRedisSSLScheme(uri), maxConnections));
    }

    /** A factory for a Redis Cluster reached through any of its nodes; Spring, or the caller, starts it. */
    static JedisConnectionFactory factory(
            RedisClusterConfiguration cluster, Duration timeout, boolean ssl, int maxConnections) {
        return new JedisConnectionFactory(cluster, client(timeout, ssl, maxConnections));
    }

    /** A factory for the primary a set of Sentinels names; Spring, or the caller, starts it. */
    static JedisConnectionFactory factory(
            RedisSentinelConfiguration sentinel, Duration timeout, boolean ssl, int maxConnections) {
        return new JedisConnectionFactory(sentinel, client(timeout, ssl, maxConnections));
    }

    /** A factory for one server; Spring, or the caller, starts it. */
    static JedisConnectionFactory factory(
            RedisStandaloneConfiguration server, Duration timeout, boolean ssl, int maxConnections) {
        return new JedisConnectionFactory(server, client(timeout, ssl, maxConnections));
    }

    private static JedisClientConfiguration client(Duration timeout, boolean ssl, int maxConnections) {
        JedisPoolConfig pool = new JedisPoolConfig();
        pool.setMaxTotal(maxConnections);
        // Commons-pool keeps only 8 idle connections by default: with more threads than that answering at once, every
        // connection returned beyond the eighth was closed and the next borrow opened a new one (a TCP connect and
        // SELECT per command, thousands per benchmark run). Idle connections stay until the pool is closed.
        pool.setMaxIdle(maxConnections);
        pool.setMaxWait(timeout);
        JedisClientConfiguration.JedisClientConfigurationBuilder client =
                JedisClientConfiguration.builder().connectTimeout(timeout).readTimeout(timeout);
        if (ssl) {
            client.useSsl();
        }
        client.usePooling().poolConfig(pool);
        return client.build();
    }

    /** PINGs Redis, or fails with a message that says what to do. */
    static void requireReachable(RedisConnectionFactory factory, String where) {
        try (RedisConnection connection = factory.getConnection()) {
            connection.ping();
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "Redis (" + redacted(where) + ") is unreachable: " + rootMessage(e)
                            + " — start Redis, or unset REDIS_URL and spring.data.redis.* to run on the embedded"
                            + " in-memory store",
                    e);
        }
    }

    /** The URL without its password, for messages and logs. */
    static String redacted(String url) {
        return url.replaceFirst("//[^/@]*@", "//***@");
    }

    private static URI parse(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (JedisURIHelper.isRedisScheme(uri) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below, without echoing a password
        }
        throw new IllegalArgumentException(
                "penny.redis.url (REDIS_URL) must look like redis://host:6379/0, not " + redacted(url));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
