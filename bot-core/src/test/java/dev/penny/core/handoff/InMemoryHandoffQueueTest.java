package dev.penny.core.handoff;

import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.InMemoryConversationStore;
import java.time.Clock;
import java.time.Duration;

class InMemoryHandoffQueueTest extends HandoffQueueContract {

    @Override
    protected HumanHandoff newHandoff(Clock clock, HandoffExpiry expiry, int maxWaiting) {
        return new InMemoryHumanHandoff(clock, expiry, maxWaiting);
    }

    @Override
    protected ConversationStore newStore(Clock clock) {
        return new InMemoryConversationStore(clock, Duration.ofHours(1));
    }
}
