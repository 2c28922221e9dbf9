package dev.penny.channels.redis;

import java.net.URI;
import java.time.Duration;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.jedis.JedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The real Redis integration tests run against: a Testcontainers Redis where Docker is available, else the Redis named
 * by env {@code REDIS_URL} (default {@code redis://127.0.0.1:6379}). Tests use logical database 15 only, and {@link
 * #flush()} empties that database, never the one Penny or anything else runs on.
 */
public final class RedisTestServer {

    static final int TEST_DATABASE = 15;

    private final String url;
    private final JedisConnectionFactory factory;
    private final StringRedisTemplate template;

    private RedisTestServer(String url) {
        this.url = url;
        this.factory = RedisConnections.factory(url, Duration.ofSeconds(5));
        factory.afterPropertiesSet();
        factory.start();
        RedisConnections.requireReachable(factory, url);
        this.template = new StringRedisTemplate(factory);
    }

    /** The one server of this test run, started on first use. */
    public static RedisTestServer get() {
        return Holder.SERVER;
    }

    /** The URL of the test database, e.g. {@code redis://127.0.0.1:6379/15}. */
    public String url() {
        return url;
    }

    public StringRedisTemplate template() {
        return template;
    }

    /** A template of its own on the same connections, counting how often it takes a connection (a round trip each). */
    CountingTemplate countingTemplate() {
        CountingTemplate counting = new CountingTemplate(factory);
        counting.afterPropertiesSet();
        return counting;
    }

    /** Empties the test database, so each test starts without keys. */
    public void flush() {
        try (RedisConnection connection = factory.getConnection()) {
            connection.serverCommands().flushDb();
        }
    }

    /** A started listener container of its own, as a separate node would have; stop it with {@code destroy()}. */
    RedisMessageListenerContainer newListenerContainer() {
        RedisMessageListenerContainer container = new RedisEventContainer(factory);
        container.afterPropertiesSet();
        container.start();
        return container;
    }

    private static final class Holder {
        static final RedisTestServer SERVER = new RedisTestServer(testDatabase(baseUrl()));

        private static String baseUrl() {
            if (dockerAvailable()) {
                GenericContainer<?> redis =
                        new GenericContainer<>(DockerImageName.parse("redis:7-alpine")).withExposedPorts(6379);
                redis.start(); // stopped by Testcontainers' reaper when the test JVM exits
                return "redis://" + redis.getHost() + ":" + redis.getMappedPort(6379);
            }
            String env = System.getenv("REDIS_URL");
            return env == null || env.isBlank() ? "redis://127.0.0.1:6379" : env;
        }

        private static boolean dockerAvailable() {
            try {
                return DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                return false;
            }
        }

        private static String testDatabase(String url) {
            URI uri = URI.create(url);
            String userInfo = uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo() + "@";
            String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
            return uri.getScheme() + "://" + userInfo + uri.getHost() + port + "/" + TEST_DATABASE;
        }
    }
}
