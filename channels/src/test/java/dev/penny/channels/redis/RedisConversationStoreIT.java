package dev.penny.channels.redis;

import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.ConversationStoreContract;
import java.time.Clock;
import java.time.Duration;

class RedisConversationStoreIT extends ConversationStoreContract {

    private final RedisTestServer redis = RedisTestServer.get();

    @Override
    protected ConversationStore newStore(Clock clock, Duration timeToLive) {
        redis.flush();
        return new RedisConversationStore(redis.template(), timeToLive);
    }

    @Override
    protected void letTimePass(Duration duration) {
        super.letTimePass(duration);
        Sleep.through(duration);
    }
}
