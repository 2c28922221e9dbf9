package dev.penny.channels.redis;

import dev.penny.core.cost.CostLedger;
import dev.penny.core.cost.CostLedgerContract;
import java.time.Clock;
import java.time.Duration;

class RedisCostLedgerIT extends CostLedgerContract {

    private final RedisTestServer redis = RedisTestServer.get();

    @Override
    protected CostLedger newLedger(Clock clock, Duration conversationRetention) {
        redis.flush();
        return new RedisCostLedger(redis.template(), clock, conversationRetention, 30);
    }

    @Override
    protected void letTimePass(Duration duration) {
        super.letTimePass(duration);
        Sleep.through(duration);
    }
}
