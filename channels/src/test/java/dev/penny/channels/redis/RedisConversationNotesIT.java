package dev.penny.channels.redis;

import dev.penny.core.desk.ConversationNotes;
import dev.penny.core.desk.ConversationNotesContract;
import java.time.Clock;
import java.time.Duration;

class RedisConversationNotesIT extends ConversationNotesContract {

    private final RedisTestServer redis = RedisTestServer.get();

    @Override
    protected ConversationNotes newNotes(Clock clock, Duration ttl) {
        return new RedisConversationNotes(redis.template(), ttl);
    }

    @Override
    protected void letTimePass(Duration duration) {
        super.letTimePass(duration);
        Sleep.through(duration);
    }
}
