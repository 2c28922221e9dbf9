package dev.penny.core.conversation;

import java.time.Clock;
import java.time.Duration;

class InMemoryConversationStoreTest extends ConversationStoreContract {

    @Override
    protected ConversationStore newStore(Clock clock, Duration timeToLive) {
        return new InMemoryConversationStore(clock, timeToLive);
    }
}
