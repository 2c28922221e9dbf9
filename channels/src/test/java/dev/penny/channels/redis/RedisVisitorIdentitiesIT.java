package dev.penny.channels.redis;

import dev.penny.core.desk.VisitorIdentities;
import dev.penny.core.desk.VisitorIdentitiesContract;
import java.time.Clock;
import java.time.Duration;

class RedisVisitorIdentitiesIT extends VisitorIdentitiesContract {

    private final RedisTestServer redis = RedisTestServer.get();

    @Override
    protected VisitorIdentities newIdentities(Clock clock, Duration ttl) {
        return new RedisVisitorIdentities(redis.template(), ttl);
    }

    @Override
    protected void letTimePass(Duration duration) {
        super.letTimePass(duration);
        Sleep.through(duration);
    }
}
