package dev.penny.channels.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.visitor.Allowances;
import dev.penny.core.conversation.ConversationId;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The allowance contract on a standalone Redis, and what one act costs. */
class RedisAllowancesIT extends RedisAllowancesContract {

    private final RedisTestServer redis = RedisTestServer.get();

    @Override
    StringRedisTemplate emptiedRedis() {
        redis.flush();
        return redis.template();
    }

    @Test
    void each_act_is_one_round_trip_taken_or_refused() {
        redis.flush();
        CountingTemplate counting = redis.countingTemplate();
        RedisAllowances allowances = node(counting, clock);
        Allowances.Kind messages = new Allowances.Kind("messages", 3, Duration.ofMinutes(1));
        allowances.tryTake(messages, "203.0.113.90"); // the first call loads the script
        counting.roundTrips();

        takes(allowances, messages, "203.0.113.90", 5);
        takes(allowances, messages, ConversationId.random(), 5);

        assertThat(counting.roundTrips()).isEqualTo(10);
    }
}
