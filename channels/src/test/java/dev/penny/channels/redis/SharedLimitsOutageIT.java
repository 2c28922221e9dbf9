package dev.penny.channels.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.e2e.TcpProxy;
import dev.penny.channels.security.SignInFailures;
import dev.penny.channels.visitor.Allowances;
import dev.penny.core.testing.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.jedis.JedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Redis going away under the limits shared on it (abuse allowances, failed sign-ins): they fail open to this node's
 * own count, which still refuses a flood, and a metric counts the acts counted locally; once Redis answers, the shared
 * count, which the outage did not touch, holds again.
 */
class SharedLimitsOutageIT {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Allowances.Kind MESSAGES = new Allowances.Kind("messages", 3, Duration.ofMinutes(30));

    private final MutableClock clock = MutableClock.at("2025-03-14T09:00:00Z");
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private TcpProxy proxy;
    private JedisConnectionFactory factory;
    private StringRedisTemplate redis;

    @BeforeEach
    void start() {
        RedisTestServer.get().flush();
        URI real = URI.create(RedisTestServer.get().url());
        proxy = new TcpProxy(real.getHost(), real.getPort() < 0 ? 6379 : real.getPort());
        String userInfo = real.getRawUserInfo() == null ? "" : real.getRawUserInfo() + "@";
        factory = RedisConnections.factory(
                "redis://" + userInfo + "127.0.0.1:" + proxy.port() + real.getPath(), Duration.ofMillis(500));
        factory.afterPropertiesSet();
        factory.start();
        redis = new StringRedisTemplate(factory);
    }

    @AfterEach
    void stop() throws Exception {
        factory.destroy();
        proxy.close();
    }

    @Test
    void counts_on_the_node_while_redis_is_down_and_shares_again_when_it_is_back() throws Exception {
        RedisAllowances allowances = new RedisAllowances(redis, clock, new HolderHash("k"), meters);
        assertThat(takes(allowances, 2)).isEqualTo(2);

        proxy.cut();
        assertThat(takes(allowances, 5))
                .as("the node's own burst, then refused")
                .isEqualTo(3);
        assertThat(meters.counter("penny.abuse.allowances.local", "kind", "messages")
                        .count())
                .isEqualTo(5);

        proxy.restore();
        awaitRedis();
        assertThat(takes(allowances, 5)).as("what the shared count had left").isEqualTo(1);
        assertThat(meters.counter("penny.abuse.allowances.local", "kind", "messages")
                        .count())
                .isEqualTo(5);
    }

    @Test
    void sign_in_failures_are_counted_on_the_node_while_redis_is_down() throws Exception {
        RedisSignInFailures failures = new RedisSignInFailures(redis, clock, new HolderHash("k"), meters);
        failures.add("user alice", WINDOW);
        failures.add("user alice", WINDOW);

        proxy.cut();
        assertThat(failures.window("user alice")).as("nothing counted here yet").isEqualTo(SignInFailures.Window.NONE);
        failures.add("user alice", WINDOW);
        assertThat(failures.window("user alice").failures()).isEqualTo(1);
        assertThat(meters.counter("penny.security.sign-in-failures.local", "act", "add")
                        .count())
                .isEqualTo(1);

        proxy.restore();
        awaitRedis();
        assertThat(failures.window("user alice").failures())
                .as("the shared count")
                .isEqualTo(2);
        failures.clear("user alice");
        assertThat(failures.window("user alice")).isEqualTo(SignInFailures.Window.NONE);
    }

    private long takes(Allowances allowances, int times) {
        return IntStream.range(0, times)
                .filter(i -> allowances.tryTake(MESSAGES, "203.0.113.50"))
                .count();
    }

    /** The pool's connections died with the cut; the next ones are made anew once Redis answers. */
    private void awaitRedis() throws InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            try {
                redis.hasKey("penny:ping");
                return;
            } catch (DataAccessException e) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("Redis did not answer through the restored proxy");
    }
}
