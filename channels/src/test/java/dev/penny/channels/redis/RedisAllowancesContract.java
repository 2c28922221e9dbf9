package dev.penny.channels.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.visitor.Allowances;
import dev.penny.channels.visitor.AllowancesContract;
import dev.penny.core.conversation.ConversationId;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The allowance contract on a Redis, and what only a shared store can do: nodes taking from one allowance, keys that
 * name no address and expire within the period.
 */
abstract class RedisAllowancesContract extends AllowancesContract {

    static final String KEY = "test-address-key";

    /** The template of an emptied Redis. */
    abstract StringRedisTemplate emptiedRedis();

    @Override
    protected Allowances newAllowances(Clock clock) {
        return node(emptiedRedis(), clock);
    }

    static RedisAllowances node(StringRedisTemplate redis, Clock clock) {
        return new RedisAllowances(redis, clock, new HolderHash(KEY), new SimpleMeterRegistry());
    }

    @Test
    void a_flood_split_across_two_nodes_is_refused_after_the_count_in_total() {
        StringRedisTemplate redis = emptiedRedis();
        RedisAllowances one = node(redis, clock);
        RedisAllowances two = node(redis, clock);
        Allowances.Kind messages = new Allowances.Kind("messages", 60, Duration.ofMinutes(1));

        long taken = IntStream.range(0, 200)
                .filter(i -> (i % 2 == 0 ? one : two).tryTake(messages, "198.51.100.9"))
                .count();

        assertThat(taken).isEqualTo(60);
        assertThat(one.tryTake(messages, "198.51.100.9")).isFalse();
        assertThat(two.tryTake(messages, "198.51.100.9")).isFalse();
    }

    @Test
    void concurrent_floods_on_two_nodes_share_one_allowance() throws Exception {
        StringRedisTemplate redis = emptiedRedis();
        List<RedisAllowances> nodes = List.of(node(redis, clock), node(redis, clock));
        Allowances.Kind conversations = new Allowances.Kind("conversations", 25, Duration.ofHours(1));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Long>> floods = IntStream.range(0, 4)
                    .mapToObj(t -> (Callable<Long>) () -> takes(nodes.get(t % 2), conversations, "198.51.100.10", 30))
                    .toList();
            long taken = 0;
            for (Future<Long> flood : threads.invokeAll(floods)) {
                taken += flood.get();
            }
            assertThat(taken).isEqualTo(25);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void a_conversations_allowance_left_on_one_node_is_not_renewed_on_another() {
        StringRedisTemplate redis = emptiedRedis();
        Allowances.Kind left = new Allowances.Kind("left-messages", 3, Duration.ofHours(1));
        ConversationId id = ConversationId.random();

        assertThat(takes(node(redis, clock), left, id, 2)).isEqualTo(2);

        assertThat(takes(node(redis, clock), left, id, 5)).isEqualTo(1);
    }

    @Test
    void keys_name_a_keyed_hash_of_the_address_and_expire_within_the_period() {
        StringRedisTemplate redis = emptiedRedis();
        Allowances allowances = node(redis, clock);
        Allowances.Kind messages = new Allowances.Kind("messages", 60, Duration.ofMinutes(1));
        allowances.tryTake(messages, "203.0.113.77");
        allowances.tryTake(messages, "203.0.113.77");

        String hash = new HolderHash(KEY).address("203.0.113.77");
        String key = "penny:allowance:{" + hash + "}:messages";
        assertThat(hash).hasSize(32).isNotEqualTo(new HolderHash("").address("203.0.113.77"));
        assertThat(redis.opsForValue().get(key)).isEqualTo(Long.toString(clock.millis() + 2 * 1000));
        assertThat(redis.getExpire(key, java.util.concurrent.TimeUnit.MILLISECONDS))
                .isPositive()
                .isLessThanOrEqualTo(2000);
    }

    @Test
    void a_conversations_key_names_a_hash_of_it_and_expires_within_the_period() {
        StringRedisTemplate redis = emptiedRedis();
        ConversationId id = ConversationId.random();
        Allowances.Kind left = new Allowances.Kind("left-messages", 3, Duration.ofHours(1));

        node(redis, clock).tryTake(left, id);

        String key = "penny:allowance:{" + new HolderHash(KEY).conversation(id) + "}:left-messages";
        assertThat(redis.getExpire(key))
                .isPositive()
                .isLessThanOrEqualTo(Duration.ofMinutes(20).toSeconds());
    }
}
