package dev.penny.channels.redis;

import dev.penny.core.cost.CostLedger;
import dev.penny.core.cost.LlmReservationContract;
import java.time.Clock;
import java.time.Duration;

class RedisLlmReservationIT extends LlmReservationContract {

    private final RedisTestServer redis = RedisTestServer.get();

    @Override
    protected CostLedger newLedger(Clock clock) {
        redis.flush();
        return new RedisCostLedger(redis.template(), clock, Duration.ofHours(1), 30);
    }
}
