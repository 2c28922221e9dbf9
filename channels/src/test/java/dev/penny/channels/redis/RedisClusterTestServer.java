package dev.penny.channels.redis;

import java.time.Duration;
import java.util.List;
import org.springframework.data.redis.connection.RedisClusterConfiguration;
import org.springframework.data.redis.connection.jedis.JedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;

/**
 * The one {@link RedisClusterNodes} of a test run, started on first use and stopped when the test JVM exits, with a
 * template on it as Penny's Redis adapters use one.
 */
final class RedisClusterTestServer {

    private final JedisConnectionFactory factory;
    private final StringRedisTemplate template;
    private final List<String> nodes;

    private RedisClusterTestServer(RedisClusterNodes nodes) {
        this.nodes = nodes.nodes();
        this.factory = RedisConnections.factory(
                new RedisClusterConfiguration(nodes.nodes()),
                Duration.ofSeconds(5),
                false,
                RedisConnections.OUTSIDE_DISPATCH);
        factory.afterPropertiesSet();
        factory.start();
        this.template = new StringRedisTemplate(factory);
    }

    static RedisClusterTestServer get() {
        return Holder.SERVER;
    }

    /** {@code 127.0.0.1:port} of every node. */
    List<String> nodes() {
        return nodes;
    }

    StringRedisTemplate template() {
        return template;
    }

    /** A started listener container of its own, as a separate node would have; stop it with {@code destroy()}. */
    RedisMessageListenerContainer newListenerContainer() {
        RedisMessageListenerContainer container = new RedisEventContainer(factory);
        container.afterPropertiesSet();
        container.start();
        return container;
    }

    /**
     * Empties every master. Each node is asked directly rather than through the cluster client, whose cached
     * topology may not yet list a node that {@code CLUSTER NODES} already shows.
     */
    void flush() {
        for (String node : nodes) {
            HostAndPort address = HostAndPort.from(node);
            try (Jedis jedis = new Jedis(address.getHost(), address.getPort())) {
                if (jedis.info("replication").contains("role:master")) {
                    jedis.flushDB();
                }
            }
        }
    }

    private static final class Holder {
        static final RedisClusterTestServer SERVER = start();

        private static RedisClusterTestServer start() {
            RedisClusterNodes nodes = RedisClusterNodes.start();
            Runtime.getRuntime().addShutdownHook(new Thread(nodes::close, "penny-cluster-stop"));
            return new RedisClusterTestServer(nodes);
        }
    }
}
