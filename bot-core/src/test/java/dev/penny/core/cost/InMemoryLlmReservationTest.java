package dev.penny.core.cost;

import java.time.Clock;
import java.time.Duration;

class InMemoryLlmReservationTest extends LlmReservationContract {

    @Override
    protected CostLedger newLedger(Clock clock) {
        return new InMemoryCostLedger(clock, Duration.ofHours(1), 30);
    }
}
