package dev.penny.core.feedback;

import java.time.Clock;
import java.time.Duration;

class InMemoryFeedbackStoreTest extends FeedbackStoreContract {

    @Override
    protected FeedbackStore newStore(Clock clock, Duration conversationTtl) {
        return new InMemoryFeedbackStore(clock, conversationTtl);
    }
}
