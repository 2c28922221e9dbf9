package dev.penny.channels.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.security.SignInFailures;
import dev.penny.channels.security.SignInFailuresContract;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The sign-in failure contract on a Redis, and what only a shared store can do: nodes counting into one window, a
 * success on one node clearing what another counted, keys that name no account or address and expire with the window.
 */
abstract class RedisSignInFailuresContract extends SignInFailuresContract {

    static final String KEY = "test-address-key";

    /** The template of an emptied Redis. */
    abstract StringRedisTemplate emptiedRedis();

    @Override
    protected SignInFailures newFailures(Clock clock) {
        return node(emptiedRedis(), clock);
    }

    static RedisSignInFailures node(StringRedisTemplate redis, Clock clock) {
        return new RedisSignInFailures(redis, clock, new HolderHash(KEY), new SimpleMeterRegistry());
    }

    @Test
    void two_nodes_count_into_one_window_and_a_success_on_either_clears_it() {
        StringRedisTemplate redis = emptiedRedis();
        RedisSignInFailures one = node(redis, clock);
        RedisSignInFailures two = node(redis, clock);

        for (int i = 0; i < 4; i++) {
            (i % 2 == 0 ? one : two).add("user alice", WINDOW);
        }
        assertThat(one.window("user alice").failures()).isEqualTo(4);
        assertThat(two.window("user alice")).isEqualTo(one.window("user alice"));

        two.clear("user alice");
        assertThat(one.window("user alice")).isEqualTo(SignInFailures.Window.NONE);
    }

    @Test
    void keys_name_a_keyed_hash_of_the_holder_and_expire_with_the_window() {
        StringRedisTemplate redis = emptiedRedis();
        RedisSignInFailures failures = node(redis, clock);
        failures.add("address 203.0.113.77", WINDOW);
        failures.add("address 203.0.113.77", WINDOW);

        String hash = new HolderHash(KEY).of("address 203.0.113.77");
        String key = "penny:sign-in-failures:{" + hash + "}";
        assertThat(hash).hasSize(32).isNotEqualTo(new HolderHash("").of("address 203.0.113.77"));
        assertThat(redis.opsForHash().get(key, "failures")).isEqualTo("2");
        assertThat(redis.getExpire(key, TimeUnit.MILLISECONDS)).isPositive().isLessThanOrEqualTo(WINDOW.toMillis());
    }
}
