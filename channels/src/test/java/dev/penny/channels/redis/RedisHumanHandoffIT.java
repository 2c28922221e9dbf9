package dev.penny.channels.redis;

import dev.penny.core.handoff.HandoffExpiry;
import dev.penny.core.handoff.HumanHandoff;
import dev.penny.core.handoff.HumanHandoffContract;
import java.time.Clock;
import java.time.Duration;

class RedisHumanHandoffIT extends HumanHandoffContract {

    private final RedisTestServer redis = RedisTestServer.get();

    @Override
    protected HumanHandoff newHandoff(Clock clock, HandoffExpiry expiry) {
        redis.flush();
        return new RedisHumanHandoff(redis.template(), clock, expiry);
    }

    @Override
    protected void letTimePass(Duration duration) {
        super.letTimePass(duration);
        Sleep.through(duration);
    }
}
