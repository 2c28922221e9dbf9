package dev.penny.channels.redis;

import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.handoff.HandoffExpiry;
import dev.penny.core.handoff.HandoffQueueContract;
import dev.penny.core.handoff.HumanHandoff;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;

class RedisHandoffQueueIT extends HandoffQueueContract {

    private final RedisTestServer redis = RedisTestServer.get();

    @BeforeEach
    void emptyDatabase() {
        redis.flush();
    }

    @Override
    protected HumanHandoff newHandoff(Clock clock, HandoffExpiry expiry, int maxWaiting) {
        return new RedisHumanHandoff(redis.template(), clock, expiry, maxWaiting);
    }

    @Override
    protected ConversationStore newStore(Clock clock) {
        return new RedisConversationStore(redis.template(), Duration.ofHours(1));
    }
}
