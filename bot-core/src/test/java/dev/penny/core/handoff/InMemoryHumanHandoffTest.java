package dev.penny.core.handoff;

import java.time.Clock;

class InMemoryHumanHandoffTest extends HumanHandoffContract {

    @Override
    protected HumanHandoff newHandoff(Clock clock, HandoffExpiry expiry) {
        return new InMemoryHumanHandoff(clock, expiry);
    }
}
