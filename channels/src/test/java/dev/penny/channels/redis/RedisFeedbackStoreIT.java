package dev.penny.channels.redis;

import dev.penny.core.feedback.FeedbackStore;
import dev.penny.core.feedback.FeedbackStoreContract;
import java.time.Clock;
import java.time.Duration;

class RedisFeedbackStoreIT extends FeedbackStoreContract {

    private final RedisTestServer redis = RedisTestServer.get();

    @Override
    protected FeedbackStore newStore(Clock clock, Duration conversationTtl) {
        return new RedisFeedbackStore(redis.template(), conversationTtl, Duration.ofDays(1));
    }

    @Override
    protected void letTimePass(Duration duration) {
        super.letTimePass(duration);
        Sleep.through(duration);
    }
}
