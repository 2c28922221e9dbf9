package dev.penny.core.cost;

import java.time.Clock;
import java.time.Duration;

class InMemoryCostLedgerTest extends CostLedgerContract {

    @Override
    protected CostLedger newLedger(Clock clock, Duration conversationRetention) {
        return new InMemoryCostLedger(clock, conversationRetention, 400);
    }
}
