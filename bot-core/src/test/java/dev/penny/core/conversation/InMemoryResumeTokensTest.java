package dev.penny.core.conversation;

import java.time.Clock;
import java.time.Duration;

class InMemoryResumeTokensTest extends ResumeTokensContract {

    @Override
    protected ResumeTokens newTokens(Clock clock, Duration timeToLive) {
        return new InMemoryResumeTokens(clock, timeToLive);
    }
}
